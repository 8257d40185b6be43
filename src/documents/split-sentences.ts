import type { Sentence } from '../types.js';
import { agreesWithSegmenter, sentenceBreaks } from './sentence-breaks.js';

/**
 * Sentence segmentation: the Unicode sentence rules per line (sentence-breaks.ts, the rules Intl.Segmenter applies,
 * read without allocating; Intl.Segmenter itself for text outside its table), then a repair step that joins the
 * splits the rules make after abbreviations ("Dr. Smith", "St. Petersburg", "Jan. 5").
 */

/** The segmenter of a language, and whether sentence-breaks.ts gives the same boundaries (checked once on probes). */
interface Segmenter {
  icu: Intl.Segmenter;
  exact: boolean;
}

const segmenters = new Map<string, Segmenter>();

function segmenterFor(lang: string): Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    const icu = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenter = { icu, exact: agreesWithSegmenter(icu) };
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

/** How much of the sentence so far `shouldJoin` reads: the whole would make a long run quadratic. */
const TAIL_CHARS = 24;

/** Longest abbreviation joined ("approx"): a longer last word is never one. */
const LONGEST_ABBREVIATION = Math.max(...[...ALWAYS_JOINED, ...SOMETIMES_JOINED].map((word) => word.length));

/** True for the ASCII characters of LAST_WORD's word: letters and ".". */
function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}

/** True for what `\s` matches in a regular expression: `isRegexSpace(0xa0)` is true. */
function isRegexSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when the sentence text[start, end) ends in an abbreviation that the one at text[nextStart, nextEnd) continues. */
function shouldJoin(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  const from = Math.max(start, end - TAIL_CHARS);
  // LAST_WORD needs a full stop before the closing spaces: most sentences end otherwise and need no regex.
  let last = end;
  while (last > from && isRegexSpace(text.charCodeAt(last - 1))) last--;
  if (last === from || text.charCodeAt(last - 1) !== 46) return false;
  // More ASCII letters before the full stop than any abbreviation has: LAST_WORD's word would be longer still.
  let letters = last - 1;
  while (
    letters > from &&
    last - 1 - letters <= LONGEST_ABBREVIATION &&
    isAsciiWordChar(text.charCodeAt(letters - 1))
  )
    letters--;
  if (last - 1 - letters > LONGEST_ABBREVIATION) return false;
  const word = LAST_WORD.exec(text.slice(from, end))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (ALWAYS_JOINED.has(lower)) return true;
  // A single initial, as in "J. Smith".
  if (word.length === 1 && word !== lower) return true;
  if (SOMETIMES_JOINED.has(lower)) {
    const first = FIRST_WORD.exec(text.slice(nextStart, nextEnd))?.[1];
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

/** End (in `text`) of the chunk of a line that starts at `from`, and whether the cut falls on a likely sentence end. */
function chunkEnd(text: string, from: number, lineEnd: number): { end: number; atBoundary: boolean } {
  if (lineEnd - from <= CHUNK_CHARS) return { end: lineEnd, atBoundary: true };
  const window = text.slice(from, from + CHUNK_CHARS);
  let cut = -1;
  CHUNK_CUT.lastIndex = 0;
  for (let m = CHUNK_CUT.exec(window); m; m = CHUNK_CUT.exec(window)) cut = m.index + m[0].length;
  if (cut > 0) return { end: from + cut, atBoundary: true };
  return { end: from + CHUNK_CHARS, atBoundary: false };
}

/** Boundaries of the sentences of text[from, to), first `from` and last `to`, as the segmenter finds them. */
function chunkBoundaries(text: string, from: number, to: number, segmenter: Segmenter, out: number[]): void {
  out.length = 0;
  out.push(from);
  if (!segmenter.exact || !sentenceBreaks(text, from, to, out)) {
    out.length = 1;
    for (const segment of segmenter.icu.segment(text.slice(from, to))) {
      if (segment.index > 0) out.push(from + segment.index);
    }
  }
  out.push(to);
}

/** Reused between calls: boundaries of the current chunk. */
const boundaries: number[] = [];

function segmentLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  segmenter: Segmenter,
  out: Sentence[],
): void {
  let pendingStart = -1;
  let pendingEnd = -1;
  let mustJoin = false;
  for (let from = lineStart; from < lineEnd; ) {
    const { end: to, atBoundary } = chunkEnd(text, from, lineEnd);
    chunkBoundaries(text, from, to, segmenter, boundaries);
    for (let k = 1; k < boundaries.length; k++) {
      const start = boundaries[k - 1] as number;
      const end = boundaries[k] as number;
      if (pendingStart >= 0 && (mustJoin || shouldJoin(text, pendingStart, pendingEnd, start, end))) {
        pendingEnd = end;
        mustJoin = false;
        continue;
      }
      if (pendingStart >= 0) pushTrimmed(text, pendingStart, pendingEnd, out);
      pendingStart = start;
      pendingEnd = end;
      mustJoin = false;
    }
    // A chunk cut in the middle of a sentence continues in the next chunk.
    mustJoin = !atBoundary;
    from = to;
  }
  if (pendingStart >= 0) pushTrimmed(text, pendingStart, pendingEnd, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
  while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
