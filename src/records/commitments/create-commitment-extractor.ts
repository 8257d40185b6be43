/**
 * The commitment stage: for each commitment cue of a document ("plans to", "agreed to", "will", "plans for",
 * "are being implemented"), the ordered steps of steps/index.ts decide whether it is a promise and fill in
 * action, object, actors, deadline, figure, sectors and status. Sentences without a cue word are skipped by one
 * regex test; times are extracted only in sentences that hold a commitment.
 */
import {
  type CueExtractor,
  type CueLanguage,
  type CueMention,
  createCueExtractor,
} from '../../mentions/cues/index.js';
import { plainApostrophes, type TokenList } from '../../mentions/entities/index.js';
import type {
  Commitment,
  Document,
  Entity,
  ExtractContext,
  Extractor,
  Figure,
  Sentence,
  TimeMention,
} from '../../types.js';
import { runSteps } from '../_run-steps.js';
import { clauseStart, DETERMINERS } from './_clause.js';
import type { CommitmentDraft, CommitmentEnv, CommitmentStep } from './_draft.js';
import { defaultTimes } from './default-times.js';
import { loadSectors, type SectorTable } from './sectors.js';
import { cuesOf, mainPairOf, makeView, namedBySentence, once, type SentenceView } from './sentence-view.js';
import { COMMITMENT_STEPS } from './steps/index.js';

/** Options of the commitment stage: cue and time extractors, the sectors file, other steps (tests). */
export interface CommitmentExtractorOptions {
  cues?: CueExtractor;
  times?: Extractor<TimeMention>;
  /** A sectors file (same shape as data/sectors.json) or a loaded table; default the built-in file. */
  sectors?: string | SectorTable;
  steps?: readonly CommitmentStep[];
}

/** A commitment with the index of its sentence. */
export interface CommitmentRecord extends Commitment {
  sentenceIndex: number;
}

/** The commitment stage of a document, given its figures and entities. */
export interface CommitmentExtractor {
  name: 'commitments';
  /** `figures` are the document's figures (the index of a carried target is into this list); `entities` its entities. */
  extractDocument(
    document: Document,
    figures: readonly Figure[],
    entities: readonly Entity[],
    ctx?: Partial<ExtractContext>,
  ): CommitmentRecord[];
}

const noDebug = (): void => {};

// Matches quotation marks “ ” " « » „; must not match the apostrophe of "Xi’an".
const QUOTES = /^["“”«»„]$/;

// Matches the space between two words ("plan to"); must not match the quote of "another“Lu".
const SPACE = /\s/;
// Matches the space of "plants ," and "Astana )"; must not match "plants, oil".
const SPACE_BEFORE_MARK = /\s+([,;:)])/g;
// Matches "( " of "( SCO"; must not match "(SCO".
const SPACE_AFTER_BRACKET = /\(\s+/g;
// What either of the two would change, tested first: matches "plants ," and "( SCO"; must not match "plants, oil (SCO)".
const NEEDS_TIDYING = /\s[,;:)]|\(\s/;

// Words capitalized only because they open the sentence ("A branch of ... will open"); names keep their capitals.
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(
  [...DETERMINERS, 'another', 'some'].filter((word) => word !== 'that' && word !== 'our'),
);

// Matches what may come before a sentence's first word: spaces and opening quotes.
const SENTENCE_OPENING = /^[\s"“«„‘']*$/;

function opensSentence(text: string, start: number): boolean {
  return SENTENCE_OPENING.test(text.slice(0, start));
}

/** A determiner that opens the sentence in lower case ("A" to "a"); any other word as written. */
function sentenceStartWord(word: string): string {
  const lower = word.toLowerCase();
  return OPENING_DETERMINERS.has(lower) ? lower : word;
}

/** Object words as the record keeps them: as written (names keep their capitals), no quotation marks, plain apostrophes. */
export function objectText(text: string, tokens: TokenList, first: number, end: number): string {
  let out = '';
  let lastEnd = -1;
  for (let i = first; i < end; i++) {
    const word = tokens.word(i);
    if (QUOTES.test(word)) continue;
    const start = tokens.start(i);
    if (out !== '' && lastEnd < start && SPACE.test(text.slice(lastEnd, start))) out += ' ';
    lastEnd = tokens.end(i);
    out += plainApostrophes(i === first && opensSentence(text, start) ? sentenceStartWord(word) : word);
  }
  if (!NEEDS_TIDYING.test(out)) return out.trim();
  return out.replace(SPACE_BEFORE_MARK, '$1').replace(SPACE_AFTER_BRACKET, '(').trim();
}

/** Where the subject of cues[index] begins: the clause start, or after a reporting verb ("said China would open"). */
function subjectStart(
  tokens: TokenList,
  cues: readonly CueMention[],
  index: number,
  language: CueLanguage,
): number {
  const cue = cues[index] as CueMention;
  const start = clauseStart(tokens, cue.tokens[0], language);
  for (let k = index - 1; k >= 0; k--) {
    const other = cues[k] as CueMention;
    if (other.tokens[1] <= start) break;
    if (other.cue === 'report' && other.tokens[1] <= cue.tokens[0]) return other.tokens[1];
  }
  return start;
}

/** The record of a kept draft. */
function toCommitment(draft: CommitmentDraft): CommitmentRecord {
  const { tokens, sentence } = draft.view;
  const objectStart = sentence.start + tokens.start(draft.objectFirst);
  const objectStop = sentence.start + tokens.end(draft.objectEnd - 1);
  const start = Math.min(draft.cue.start, objectStart);
  let end = Math.max(draft.cue.end, objectStop);
  const deadline = draft.deadlineMention;
  if (deadline && deadline.start >= end && deadline.start - end <= 2) end = deadline.end;
  return {
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    start,
    end,
    actors: draft.actors,
    actorEntities: draft.actorEntities,
    action: draft.action ?? 'implement',
    object: objectText(sentence.text, tokens, draft.objectFirst, draft.objectEnd),
    sectors: draft.sectors,
    deadline: draft.deadline,
    figure: draft.figure,
    status: draft.status,
    cue: draft.cue.text,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
  };
}

/**
 * Builds the commitment extractor: on the seed report (with its figures and entities), `extractDocument` gives
 * seven commitments, the first "plans to double this figure in the near future" (action double, object "this
 * figure", actors CN and KZ, deadline "near future", figure 1, status "not yet rated").
 */
export function createCommitmentExtractor(options: CommitmentExtractorOptions = {}): CommitmentExtractor {
  const cues = options.cues ?? createCueExtractor();
  const times = options.times ?? defaultTimes();
  const sectors = typeof options.sectors === 'object' ? options.sectors : loadSectors(options.sectors);
  const steps = options.steps ?? COMMITMENT_STEPS;
  return {
    name: 'commitments',
    extractDocument(document, figures, entities, ctx = {}) {
      const context: ExtractContext = {
        published: document.published,
        lang: document.lang ?? 'en',
        debug: noDebug,
        ...ctx,
      };
      const table = cues.tableFor(context.lang);
      // Sentences with a promise first; their named spans only (a document names far more than it promises).
      const promising: [number, NonNullable<ReturnType<typeof cuesOf>>][] = [];
      for (let position = 0; position < document.sentences.length; position++) {
        const scanned = cuesOf(document, position, table);
        if (scanned?.cues.some((cue) => cue.cue === 'commit' || cue.cue === 'ongoing'))
          promising.push([position, scanned]);
      }
      if (promising.length === 0) return [];
      const env: CommitmentEnv = {
        ctx: context,
        language: table.language,
        figures,
        pair: mainPairOf(entities),
        sectors,
        times,
        timesOf(view: SentenceView) {
          return once(view, 'times', () => times.extract(view.sentence, context));
        },
        document,
      };
      const wanted = new Set(promising.map(([position]) => document.sentences[position]?.index ?? -1));
      const named = namedBySentence(entities, document.sentences, wanted);
      const records: CommitmentRecord[] = [];
      for (const [position, scanned] of promising) {
        const sentence = document.sentences[position] as Sentence;
        const view = makeView(sentence, scanned, named.get(sentence.index) ?? []);
        for (const [cueIndex, cue] of scanned.cues.entries()) {
          if (cue.cue !== 'commit' && cue.cue !== 'ongoing') continue;
          const draft: CommitmentDraft = {
            view,
            cue,
            cueIndex,
            subjectFirst: subjectStart(view.tokens, scanned.cues, cueIndex, table.language),
            action: null,
            objectFirst: cue.tokens[1],
            objectEnd: cue.tokens[1],
            actors: [],
            actorEntities: [],
            sectors: [],
            deadline: null,
            deadlineMention: null,
            figure: null,
            status: 'not yet rated',
            dropped: null,
          };
          if (runSteps(steps, draft, env)) {
            context.debug(
              () => `commitments: "${cue.text}" in sentence ${sentence.index} dropped: ${draft.dropped}`,
            );
            continue;
          }
          records.push(toCommitment(draft));
        }
      }
      return records;
    },
  };
}
