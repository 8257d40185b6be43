/**
 * Sentence boundaries by the Unicode sentence rules (UAX #29, rules SB6-SB11), the ones Intl.Segmenter applies,
 * for the characters of one table: ASCII, Latin-1, Latin Extended-A/B, Cyrillic, common quotes and dashes,
 * CJK ideographs and their punctuation. Line and paragraph separators, combining marks and format characters
 * are not in the table: a text holding one is left to Intl.Segmenter (`sentenceBreaks` returns false).
 * `splitSentences` checks once that this agrees with the running ICU on probes and uses ICU if it does not.
 */

/** Not in the table: the caller segments with Intl.Segmenter. */
const NONE = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;

const classes = new Uint8Array(65536);

function fill(from: number, to: number, value: number): void {
  classes.fill(value, from, to + 1);
}

function fillChars(chars: string, value: number): void {
  for (let i = 0; i < chars.length; i++) classes[chars.charCodeAt(i)] = value;
}

// Matches "É", "ǅ" (titlecase) and "Ж"; must not match "é" or "ж".
const UPPER_LETTER = /^[\p{Lu}\p{Lt}]$/u;
// Matches "é" and "ж"; must not match "É" or "ƻ".
const LOWER_LETTER = /^\p{Ll}$/u;
// Matches "ƻ" and "ǀ"; must not match "é" or "1".
const OTHER_LETTER = /^\p{Lo}$/u;

/** Letters of a block by their category; anything that is not a letter stays out of the table. */
function fillLetters(from: number, to: number): void {
  for (let code = from; code <= to; code++) {
    const char = String.fromCharCode(code);
    if (UPPER_LETTER.test(char)) classes[code] = UPPER;
    else if (LOWER_LETTER.test(char)) classes[code] = LOWER;
    else if (OTHER_LETTER.test(char)) classes[code] = OLETTER;
  }
}

fill(0x21, 0x7e, OTHER);
fillChars(' \t', SP);
fill(0x41, 0x5a, UPPER);
fill(0x61, 0x7a, LOWER);
fill(0x30, 0x39, NUMERIC);
fillChars('.', ATERM);
fillChars('!?', STERM);
fillChars('"\'()[]{}', CLOSE);
fillChars(',-:;', SCONTINUE);

fill(0xa1, 0xbf, OTHER);
fillChars('\u00a0', SP);
fillChars('\u00ab\u00bb', CLOSE);
fillChars('\u00aa\u00b5\u00ba', LOWER);
classes[0xad] = NONE; // soft hyphen: a format character
fill(0xc0, 0xde, UPPER);
fill(0xdf, 0xff, LOWER);
fillChars('\u00d7\u00f7', OTHER);
fillLetters(0x100, 0x24f);
fillLetters(0x400, 0x481);
fillLetters(0x48a, 0x4ff);

fillChars('\u2013\u2014', SCONTINUE);
fill(0x2018, 0x201f, CLOSE);
fillChars('\u2010\u2011\u2012\u2015\u2020\u2021\u2022\u2026\u2030\u2116\u2122', OTHER);
fill(0x20a0, 0x20c0, OTHER);

fillChars('\u3000', SP);
fillChars('\u3001\uff0c', SCONTINUE);
fillChars('\u3002\uff01\uff1f', STERM);
fillChars('\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09', CLOSE);
fill(0x4e00, 0x9fff, OLETTER);

/** A regex source character class body of the code units whose class `keep` accepts, as ranges. */
function rangesOf(keep: (value: number) => boolean): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let source = '';
  for (let code = 0; code < 65536; code++) {
    if (!keep(classes[code] as number)) continue;
    let last = code;
    while (last + 1 < 65536 && keep(classes[last + 1] as number)) last++;
    source += last === code ? hex(code) : `${hex(code)}-${hex(last)}`;
    code = last;
  }
  return source;
}

// Where the rules have something to decide: a terminator, or a character outside the table. Built here from the
// table: matches "." , "!", "\n" and "\u0301"; must not match "a", " " or "”".
const STOP = new RegExp(
  `[^${rangesOf((value) => value !== NONE && value !== ATERM && value !== STERM)}]`,
  'g',
);

/**
 * True when the rule SB8 keeps the sentence going at `from`: the first letter or terminator after it is a
 * lower-case letter ("e.g. the", "approx. 8% more").
 */
function lowerFollows(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const value = classes[text.charCodeAt(j)] as number;
    if (value === LOWER) return true;
    if (value === UPPER || value === OLETTER || value === ATERM || value === STERM || value === NONE)
      return false;
  }
  return false;
}

/**
 * Pushes to `out` the sentence boundaries strictly inside text[start, end), as Intl.Segmenter would find them on
 * text.slice(start, end) (offsets into `text`). Returns false, with `out` in an undefined state, when a character
 * outside the table occurs: `sentenceBreaks("Exports rose. Dr. Li agreed.", 0, 28, out)` pushes 14 and 18.
 */
export function sentenceBreaks(text: string, start: number, end: number, out: number[]): boolean {
  // The rules read the chunk alone, as the segmenter would; slicing a long string does not copy it.
  const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
  let i = 0;
  while (i < chunk.length) {
    STOP.lastIndex = i;
    if (STOP.exec(chunk) === null) return true;
    i = STOP.lastIndex - 1;
    const value = classes[chunk.charCodeAt(i)] as number;
    if (value === NONE) return false;
    // A terminator, then closing punctuation, then spaces (SB9, SB10): the boundary can only fall after them.
    let p = i + 1;
    while (p < chunk.length && classes[chunk.charCodeAt(p)] === CLOSE) p++;
    while (p < chunk.length && classes[chunk.charCodeAt(p)] === SP) p++;
    if (p >= chunk.length) return true;
    const next = classes[chunk.charCodeAt(p)] as number;
    if (next === NONE) return false;
    const aTerm = value === ATERM;
    const right = p === i + 1;
    const before = i > 0 ? (classes[chunk.charCodeAt(i - 1)] as number) : NONE;
    const kept =
      (aTerm && right && next === NUMERIC) || // SB6: "4.7"
      (aTerm && right && next === UPPER && (before === UPPER || before === LOWER)) || // SB7: "U.S"
      (aTerm && lowerFollows(chunk, p)) || // SB8: "approx. 8% more"
      next === SCONTINUE || // SB8a: "etc., and"
      next === ATERM ||
      next === STERM;
    if (!kept) out.push(start + p); // SB11
    i = p;
  }
  return true;
}

/**
 * Texts on which `sentenceBreaks` must agree with a segmenter before it stands in for it: one per rule and per
 * kind of character, and the abbreviations that an ICU locale with suppressions ("en-u-ss-standard") keeps whole.
 */
const PROBES: readonly string[] = [
  'Trade rose. Exports fell! Did imports grow? Yes.',
  'Growth reached 4.7 percent. The U.S. Department agreed. Mr. Smith left.',
  'He came, e.g. the minister. Approx. 8% more. Hi. ) B. Hi.) B',
  'Hi.;A b. Hi.,A b. Hi.:A b. Hi.-A b. Hi.\u2013A. Hi.\u2014A. Hi.\u2026A. Hi.#A. Hi.$A.',
  'Hi.\u00abA b. Hi.\u00bbA b. Hi.\u201cA b. Hi.\u2019A b. Hi.\u00a0A b. Hi.\tA b. Hi.\u3000A b.',
  '1.B c. a.B c. A.B c. x. 5 apples. x. 5 Apples. Hi..A. Hi!!A. Hi?.a. Hi!a b.',
  '\u00c9t\u00e9. \u00e9t\u00e9. \u01c5a. \u01bb. \u00aa. \u00b5. \u00b2. \u00bf. \u00a1. \u00d7. \u00f7. \u2022. \u20ac5.',
  '\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d \u0438 \u041a\u0438\u0442\u0430\u0439. \u0422\u043e\u0432\u0430\u0440\u043e\u043e\u0431\u043e\u0440\u043e\u0442 \u0432\u044b\u0440\u043e\u0441.',
  '\u4e2d\u54c8\u8d38\u6613\u3002\u53cc\u65b9\uff0c\u8ba1\u5212\uff01\u7ffb\u4e00\u756a\uff1f\u300c\u597d\u300d\u3002\u3010A\u3011',
  'Dr. Li. Jan. 5. No. 5. St. Petersburg. Inc. The. Corp. Ltd. Mrs. Ms. Prof. Gen. Sen. Rep. Gov. vs. etc. The end.',
];

/** True when `sentenceBreaks` finds the same boundaries as `segmenter` on every probe. */
export function agreesWithSegmenter(segmenter: Intl.Segmenter): boolean {
  const ours: number[] = [];
  for (const probe of PROBES) {
    ours.length = 0;
    if (!sentenceBreaks(probe, 0, probe.length, ours)) return false;
    const theirs: number[] = [];
    for (const segment of segmenter.segment(probe)) if (segment.index > 0) theirs.push(segment.index);
    if (ours.length !== theirs.length || ours.some((at, k) => at !== theirs[k])) return false;
  }
  return true;
}
