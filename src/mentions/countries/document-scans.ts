/**
 * Whole-sentence country scans of the document being read, shared between stages: the figure stage scans whole
 * sentences (for its figures and the document's main pair), and the entity stage, which reads only the stretches of
 * a sentence that may name a country, takes their mentions from the scan already made instead of scanning them
 * again. That second scan held 2.9% of the pipeline's CPU samples on generated news text; sharing it cut the
 * pipeline's instructions by 1.0% a pass (callgrind, 300 KB).
 *
 * Kept for the last DOCUMENTS_KEPT documents (createRecentDocumentsCache: the figure stage goes through a whole group
 * before the entity stage reads it), by sentence object, with the text and table the scan read, so a changed
 * sentence or another table is never answered from it.
 */
import type { CountryMention } from '../../types.js';
import { createRecentDocumentsCache } from '../_last-document.js';
import { charClass, isApostrophe, isWordClass } from './_chars.js';
import type { CountryTable } from './country-table.js';

/** One sentence as scanCountries read it whole. */
export interface SentenceScan {
  text: string;
  table: CountryTable;
  /** Document offset of the sentence (the mentions' offsets less this are sentence offsets). */
  offset: number;
  mentions: CountryMention[];
  /** Spans of matched forms that name no country, as [start, end] pairs in sentence offsets. */
  blocked: number[];
}

const scans = createRecentDocumentsCache<object, Map<object, SentenceScan>>();

/** Notes the whole-sentence scan of `sentence` (an object of `document`), replacing any earlier one. */
export function keepScan(document: object, sentence: object, scan: SentenceScan): void {
  let bySentence = scans.get(document);
  if (!bySentence) {
    bySentence = new Map();
    scans.set(document, bySentence);
  }
  bySentence.set(sentence, scan);
}

/** The scan noted for `sentence` of `document` when it read `text` with `table`; else undefined. */
export function keptScan(
  document: object,
  sentence: object,
  text: string,
  table: CountryTable,
): SentenceScan | undefined {
  const scan = scans.get(document)?.get(sentence);
  return scan && scan.text === text && scan.table === table ? scan : undefined;
}

/** True when a span [start, end) of the scan has `at` strictly inside it. */
function spansAcross(scan: SentenceScan, at: number): boolean {
  for (const mention of scan.mentions) {
    const start = mention.start - scan.offset;
    if (start < at && mention.end - scan.offset > at) return true;
  }
  for (let k = 0; k < scan.blocked.length; k += 2) {
    if ((scan.blocked[k] as number) < at && (scan.blocked[k + 1] as number) > at) return true;
  }
  return false;
}

/**
 * What scanCountries gives on text[from, to) alone, read from the scan of the whole text, or null when the two may
 * differ. They agree when (1) no matched span (a mention, or a blocked form) crosses `from` or `to`, (2) no word
 * character comes right before `from` (the stretch's first candidate is then judged as at the start of a text), and
 * (3) what follows `to` lets a match end there as the end of a text does (no word character, "$" or apostrophe).
 * Between the two ends, both scans then visit the same candidates and read the same characters: a form that runs
 * past `to` fails in the stretch, and in the whole text it either fails too or makes a span crossing `to`.
 */
export function mentionsInWindow(scan: SentenceScan, from: number, to: number): CountryMention[] | null {
  const { text } = scan;
  if (from > 0 && isWordClass(charClass(text.charCodeAt(from - 1)))) return null;
  if (to < text.length) {
    const code = text.charCodeAt(to);
    if (isWordClass(charClass(code)) || code === 36 || isApostrophe(code)) return null;
  }
  if ((from > 0 && spansAcross(scan, from)) || (to < text.length && spansAcross(scan, to))) return null;
  const found: CountryMention[] = [];
  for (const mention of scan.mentions) {
    const start = mention.start - scan.offset;
    if (start >= from && mention.end - scan.offset <= to) found.push(mention);
  }
  return found;
}
