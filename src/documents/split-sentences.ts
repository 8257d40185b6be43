import type { Sentence } from '../types.js';

/**
 * Sentence segmentation: the Unicode sentence rules (Intl.Segmenter, ICU) per line, then a repair step
 * that joins the splits ICU makes after abbreviations ("Dr. Smith", "St. Petersburg", "Jan. 5").
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Abbreviations that are never the end of a sentence (a name, number or date always follows). */
const ALWAYS_JOINED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'hon',
  'rev',
  'lt',
  'col',
  'capt',
  'no',
  'nos',
  'art',
  'arts',
  'sec',
  'fig',
  'vol',
  'p',
  'pp',
  'para',
  'ch',
  'approx',
  'ca',
  'cf',
  'vs',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Abbreviations that may end a sentence: joined only when the next word does not start a new sentence. */
const SOMETIMES_JOINED = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'u.s.a',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
]);

/** Words that typically open a sentence; after "U.S." they mean the sentence did end there. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'i',
  'in',
  'on',
  'at',
  'but',
  'and',
  'however',
  'meanwhile',
  'also',
  'there',
  'its',
  'his',
  'her',
  'their',
  'our',
  'according',
  'as',
  'after',
  'before',
  'during',
  'since',
  'while',
  'both',
  'for',
  'by',
  'last',
  'this',
  'next',
]);

// Matches the last word of "He met Mr." ("Mr") and "in the U.S." ("U.S"); must not match "talks." (no such word).
const LAST_WORD = /(?:^|[\s(["'“‘])([\p{L}.]+)\.\s*$/u;
// Matches "Xi in" (first word "Xi"); must not match "  " (no word).
const FIRST_WORD = /^\s*([\p{L}\p{N}]+)/u;

function shouldJoin(previous: string, next: string): boolean {
  // `previous` is only the tail of the sentence so far: the whole would make a long run quadratic.
  const word = LAST_WORD.exec(previous)?.[1];
  if (!word) return false;
  const last = word.toLowerCase();
  if (ALWAYS_JOINED.has(last)) return true;
  // A single initial, as in "J. Smith".
  if (word.length === 1 && word !== last) return true;
  if (SOMETIMES_JOINED.has(last)) {
    const first = FIRST_WORD.exec(next)?.[1];
    if (!first) return false;
    return !SENTENCE_OPENERS.has(first.toLowerCase());
  }
  return false;
}

/**
 * Splits text into sentences with offsets:
 * `splitSentences("Trade with the U.S. Department grew. Dr. Li agreed.")` gives two sentences.
 */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const segmenter = segmenterFor(lang);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (lineEnd > lineStart) segmentLine(text, lineStart, lineEnd, segmenter, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/**
 * V8's segmenter slows down quadratically with the number of sentences in one string, so long lines are
 * handed over in chunks of about this many characters, cut after a sentence-ending mark where possible.
 */
const CHUNK_CHARS = 2000;

// Matches ". " and "? " and "。" (a likely sentence end); must not match "4.7" (no space after the point).
const CHUNK_CUT = /[.!?。！？]["'”’)]*\s+|[。！？]/g;

/** End of the chunk that starts at `from`, and whether the cut falls on a likely sentence end. */
function chunkEnd(line: string, from: number): { end: number; atBoundary: boolean } {
  if (line.length - from <= CHUNK_CHARS) return { end: line.length, atBoundary: true };
  const window = line.slice(from, from + CHUNK_CHARS);
  let cut = -1;
  CHUNK_CUT.lastIndex = 0;
  for (let m = CHUNK_CUT.exec(window); m; m = CHUNK_CUT.exec(window)) cut = m.index + m[0].length;
  if (cut > 0) return { end: from + cut, atBoundary: true };
  return { end: from + CHUNK_CHARS, atBoundary: false };
}

function segmentLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  segmenter: Intl.Segmenter,
  out: Sentence[],
): void {
  const line = text.slice(lineStart, lineEnd);
  let pending: { start: number; end: number } | null = null;
  let mustJoin = false;
  for (let from = 0; from < line.length; ) {
    const { end: to, atBoundary } = chunkEnd(line, from);
    for (const segment of segmenter.segment(line.slice(from, to))) {
      const start = lineStart + from + segment.index;
      const end = start + segment.segment.length;
      const tail = pending ? text.slice(Math.max(pending.start, pending.end - 24), pending.end) : '';
      if (pending && (mustJoin || shouldJoin(tail, segment.segment))) {
        pending.end = end;
        mustJoin = false;
        continue;
      }
      if (pending) pushTrimmed(text, pending.start, pending.end, out);
      pending = { start, end };
      mustJoin = false;
    }
    // A chunk cut in the middle of a sentence continues in the next chunk.
    mustJoin = !atBoundary;
    from = to;
  }
  if (pending) pushTrimmed(text, pending.start, pending.end, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
