/** The time stage: ordered parsers, then refiners, then periods resolved against the report's date. */
import type { Extractor, TimeMention } from '../../types.js';
import type { Candidate, TimeParser, TimeRefiner } from './_candidate.js';
import { continuesWord, isWordCharAt } from './_patterns.js';
import { createTriggerScan } from './_triggers.js';
import { buildMention } from './build-mention.js';
import { PARSERS } from './parsers/index.js';
import { REFINERS } from './refiners/index.js';

/** Options of the time stage; the defaults are the English parsers and all refiners. */
export interface TimeExtractorOptions {
  parsers?: readonly TimeParser[];
  refiners?: readonly TimeRefiner[];
}

/** Runs one parser over a sentence: every match its build() accepts, tagged with the parser's name. */
function runParser(parser: TimeParser, text: string, found: Candidate[]): void {
  const pattern = parser.pattern;
  const checkStart = parser.wordStart !== false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    if (checkStart && (continuesWord(text, match.index) || isWordCharAt(text, match.index + match[0].length)))
      continue;
    const built = parser.build(match, text);
    if (!built) continue;
    // Completed in place: build() returns a fresh object, so no copy is needed.
    const candidate = built as Candidate;
    candidate.rule = parser.name;
    candidate.preposition = null;
    found.push(candidate);
  }
}

/**
 * Builds the time extractor: `extract({text: 'Trade reached $41 billion last year.', start: 0, ...}, {published: '2024-07-03'})`
 * gives one mention "last year", period {label '2023', start '2023-01-01', end '2023-12-31'}, role 'point'.
 */
export function createTimeExtractor({
  parsers = PARSERS,
  refiners = REFINERS,
}: TimeExtractorOptions = {}): Extractor<TimeMention> {
  const scan = createTriggerScan(parsers);
  return {
    name: 'time',
    extract(sentence, ctx) {
      const text = sentence.text;
      try {
        const worthRunning = scan(text);
        if (worthRunning === 0) return [];
        let candidates: Candidate[] = [];
        for (let index = 0; index < parsers.length; index++) {
          if (worthRunning & (1 << index)) runParser(parsers[index] as TimeParser, text, candidates);
        }
        if (candidates.length === 0) return [];
        for (const refine of refiners) candidates = refine(candidates, text, ctx.published);
        return candidates.map((candidate) => buildMention(candidate, text, sentence.start, ctx.published));
      } catch (error) {
        ctx.debug(
          () =>
            `time: sentence ${sentence.index} skipped: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [];
      }
    },
  };
}
