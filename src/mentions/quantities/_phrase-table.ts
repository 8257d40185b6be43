/**
 * Phrase tables: a list of phrases (scale words, currency names, units) compiled to one sticky regex, read right
 * after a number. Two cheap checks come before the regex: the first two characters, and the first word.
 */
import { isSpace } from './_chars.js';

/** A phrase table compiled to one sticky regex (longest phrase first) and a map from the normalised match. */
export interface PhraseTable<V> {
  /** Sticky: run with lastIndex at the position after a number; group 1 is the gap, group 2 the phrase. */
  re: RegExp;
  get(phrase: string): V | undefined;
  /** First two characters of every phrase (lower case unless exact), as c1 * 65536 + c2; c2 = 0 for one-char phrases. */
  starts: Set<number>;
  /**
   * firstToken() of every phrase: a text whose first token is not here cannot match. Null where the check would
   * not be exact: languages without spaces, phrases opening with a hyphen, letters that fold to ASCII ("ſ").
   */
  tokens: Set<number> | null;
  /**
   * By firstToken(): the phrases that are one ASCII word no other phrase continues ("billion", "tonnes"), read
   * without the regex, which they are the only possible match of. Null where `tokens` is.
   */
  words: Map<number, SingleWord<V>> | null;
  /**
   * By firstToken(): the phrases that token may open, in the regex's order, read without the regex when they are all
   * printable ASCII (see readPhrases); null for a token one of whose phrases is not. Null where `tokens` is.
   */
  byToken: Map<number, readonly string[] | null> | null;
  exact: boolean;
  hyphen: boolean;
}

/** A phrase of one ASCII word (lower case unless the table is exact) and its value. */
interface SingleWord<V> {
  word: string;
  value: V;
}

export function escapeRe(s: string): string {
  // Matches the "." of "u.s." and the "$" of "US$"; must not match letters or spaces.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses runs of spaces to one and lower-cases unless `exact`: "US  Dollars" -> "us dollars". */
function normalise(phrase: string, exact: boolean): string {
  // Matches the run of spaces in "US  dollars"; must not match the letters around it.
  const p = phrase.replace(/\s+/g, ' ').trim();
  return exact ? p : p.toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * A number for the first token of text at `pos`: its ASCII letters up to the first other character ("us" of "US
 * dollars", "km" of "km2"), or its first character when that is no ASCII letter ("$"); case folded unless `exact`.
 * Computed without a slice. -1 when a character beyond ASCII comes first or right after the letters ("São"), where
 * case folding could make a phrase match; two tokens may share a number (the check stays a filter).
 */
function firstToken(text: string, pos: number, exact: boolean): number {
  const first = text.charCodeAt(pos);
  if (Number.isNaN(first) || first >= 128) return -1;
  if (!isAsciiLetter(first)) return first;
  let hash = 128;
  let end = pos;
  for (; end < text.length; end++) {
    let c = text.charCodeAt(end);
    if (!isAsciiLetter(c)) break;
    if (!exact && c <= 90) c += 32;
    hash = (hash * 31 + c) & 0x3fffffff;
  }
  if (end < text.length && text.charCodeAt(end) >= 128) return -1;
  return hash;
}

// Matches "ſ" and "K" (Kelvin sign), which a case-insensitive regex reads as "s" and "k"; must not match "é".
const FOLDS_TO_ASCII = /^[a-z]$/iu;

/** The token set of `phrases`, or null when a token check could reject a text the regex would match. */
function tokensOf(phrases: readonly string[], exact: boolean, spaceless: boolean): Set<number> | null {
  if (spaceless) return null;
  const tokens = new Set<number>();
  for (const phrase of phrases) {
    const first = phrase.charCodeAt(0);
    if (first === 45 || isSpace(first)) return null;
    if (!exact) {
      for (const char of phrase) if (char.charCodeAt(0) >= 128 && FOLDS_TO_ASCII.test(char)) return null;
    }
    const token = firstToken(phrase, 0, exact);
    if (token >= 0) tokens.add(token);
  }
  return tokens;
}

/** The ASCII letters that open `phrase` ("us" of "us dollars", "" of "$"). */
function asciiPrefix(phrase: string): string {
  let end = 0;
  while (end < phrase.length && isAsciiLetter(phrase.charCodeAt(end))) end++;
  return phrase.slice(0, end);
}

/** The one-word phrases of `map` no other phrase continues, by firstToken(); words whose numbers clash are left out. */
function singleWords<V>(map: ReadonlyMap<string, V>, exact: boolean): Map<number, SingleWord<V>> {
  const continued = new Set<string>();
  for (const phrase of map.keys()) {
    const prefix = asciiPrefix(phrase);
    if (prefix.length < phrase.length) continued.add(prefix);
  }
  const words = new Map<number, SingleWord<V>>();
  const clashes = new Set<number>();
  for (const [phrase, value] of map) {
    if (phrase === '' || asciiPrefix(phrase) !== phrase || continued.has(phrase)) continue;
    const token = firstToken(phrase, 0, exact);
    if (words.has(token)) clashes.add(token);
    words.set(token, { word: phrase, value });
  }
  for (const token of clashes) words.delete(token);
  return words;
}

/** True when text[pos, pos + word.length) is `word` (ASCII letters; case folded unless `exact`). */
function spells(text: string, pos: number, word: string, exact: boolean): boolean {
  if (pos + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(pos + k);
    if (!exact && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** True when every character of `phrase` is printable ASCII (" " to "~"). */
function isPrintableAscii(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

/**
 * The phrases of each first token (firstToken()), in `ordered` order; null for a token that opens a phrase beyond
 * printable ASCII. Phrases opening with a character beyond ASCII have no token and are left out: a text whose first
 * token has a number cannot match them.
 */
function phrasesByToken(ordered: readonly string[], exact: boolean): Map<number, readonly string[] | null> {
  const byToken = new Map<number, string[] | null>();
  for (const phrase of ordered) {
    const token = firstToken(phrase, 0, exact);
    if (token < 0) continue;
    const list = byToken.get(token);
    if (list === null) continue;
    if (!isPrintableAscii(phrase)) byToken.set(token, null);
    else if (list) list.push(phrase);
    else byToken.set(token, [phrase]);
  }
  return byToken;
}

/**
 * Builds a phrase table. The regex matches: a gap of at most two spaces (or a hyphen when `hyphen`),
 * then the longest phrase, then no further letter or digit unless the language is spaceless.
 */
export function phraseTable<V>(
  entries: Iterable<[string, V]>,
  options: { exact: boolean; spaceless: boolean; hyphen?: boolean },
): PhraseTable<V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(normalise(k, options.exact), v);
  const ordered = [...map.keys()].sort((a, b) => b.length - a.length);
  // Matches the space in "per cent" (becomes \s{1,2}); must not match "percent".
  const alts = ordered.map((k) => escapeRe(k).replace(/ /g, '\\s{1,2}'));
  const gap = options.hyphen ? '(\\s{0,2}|-)' : '(\\s{0,2})';
  const tail = options.spaceless ? '' : '(?![\\p{L}\\p{N}])';
  // Matches at lastIndex: " billion" in "41 billion," ; must not match "billionaire" (letter after the phrase).
  const source = alts.length > 0 ? `${gap}(${alts.join('|')})${tail}` : '(?!)()()';
  const re = new RegExp(source, options.exact ? 'uy' : 'iuy');
  const tokens = tokensOf([...map.keys()], options.exact, options.spaceless);
  const starts = new Set<number>();
  for (const k of map.keys()) starts.add(k.charCodeAt(0) * 65536 + (k.length > 1 ? k.charCodeAt(1) : 0));
  return {
    re,
    get: (phrase: string) => map.get(normalise(phrase, options.exact)),
    starts,
    tokens,
    words: tokens ? singleWords(map, options.exact) : null,
    byToken: tokens ? phrasesByToken(ordered, options.exact) : null,
    exact: options.exact,
    hyphen: options.hyphen === true,
  };
}

/** Runs a sticky phrase table at `pos`: {gap, phrase, end} or null. matchAt(scales, " bn", 0)?.phrase === "bn". */
export function matchAt<V>(
  table: PhraseTable<V>,
  text: string,
  pos: number,
): { gap: string; phrase: string; end: number; value: V } | null {
  // Cheap filters before the regex: the first two characters after the gap must start some phrase, and the first
  // token must be the first token of some phrase (the regex tries hundreds of currency names one by one).
  // (Reads stay inside the text: a read past its end would cost optimized code a deoptimization.)
  let p = pos;
  const limit = Math.min(pos + 2, text.length);
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p === pos && table.hyphen && p < text.length && text.charCodeAt(p) === 45) p++;
  if (p >= text.length) return null;
  const second = p + 1 < text.length;
  let c1 = text.charCodeAt(p);
  let c2 = second ? text.charCodeAt(p + 1) : 0;
  if (!table.exact) {
    if (c1 >= 65 && c1 <= 90) c1 += 32;
    if (c2 >= 65 && c2 <= 90) c2 += 32;
  }
  if (!(second && table.starts.has(c1 * 65536 + c2)) && !table.starts.has(c1 * 65536)) return null;
  if (table.tokens) {
    const token = firstToken(text, p, table.exact);
    if (token >= 0 && !table.tokens.has(token)) return null;
    // A phrase of one word that no other phrase continues: the text's whole first token must be that word, and
    // no digit may follow it (the regex's tail); then the regex could match nothing else.
    const single = token >= 0 ? table.words?.get(token) : undefined;
    if (single && spells(text, p, single.word, table.exact)) {
      const end = p + single.word.length;
      const after = end < text.length ? text.charCodeAt(end) : 32;
      if (!isAsciiLetter(after) && !(after >= 48 && after <= 57)) {
        return { gap: text.slice(pos, p), phrase: text.slice(p, end), end, value: single.value };
      }
    }
    const phrases = token >= 0 ? table.byToken?.get(token) : undefined;
    if (phrases) return readPhrases(table, text, pos, p, phrases);
  }
  return matchRegex(table, text, pos);
}

/** True when the code unit `c` of a text matches the phrase character `want` (lower case unless exact) as the regex reads it. */
function sameChar(c: number, want: number, exact: boolean): boolean {
  if (c === want || exact) return c === want;
  if (want >= 97 && want <= 122)
    return c === want - 32 || (want === 115 && c === 0x17f) || (want === 107 && c === 0x212a);
  return false;
}

/**
 * End of `phrase` (printable ASCII) read at `at` as the table's regex reads it, or -1: a space is one or two spaces
 * (the regex's \s{1,2}: two when there are two, since no phrase has a space after a space), and without `exact` a
 * letter is either case, or "ſ" and the Kelvin sign, which case-insensitive Unicode regexes read as "s" and "k".
 */
function readPhrase(text: string, at: number, phrase: string, exact: boolean): number {
  let i = at;
  for (let k = 0; k < phrase.length; k++) {
    if (i >= text.length) return -1;
    const want = phrase.charCodeAt(k);
    if (want === 32) {
      if (!isSpace(text.charCodeAt(i))) return -1;
      i++;
      if (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (sameChar(text.charCodeAt(i), want, exact)) i++;
    else return -1;
  }
  return i;
}

// Matches "é", "٣" and "𝐀"; must not match "-" or " ". The regex's tail, for a character beyond ASCII.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** True when a letter or digit of any script starts at `i` (what the regex's tail rules out after a phrase). */
function letterOrNumberAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * What matchRegex gives when the text's first token after the gap (at `p`) opens only `phrases`, all printable ASCII,
 * read without the regex: the first phrase in the regex's order that matches at `p` and is followed by no letter or
 * digit. The regex of hundreds of currency names took microseconds a call ("US dollars", "Kazakh students" after a
 * number), and compiling it to native code made the first documents slower; this reads a few characters. With
 * plainName's cheaper test: 0.6% fewer instructions a pass of the pipeline, 2.8% fewer on the first pass.
 */
function readPhrases<V>(
  table: PhraseTable<V>,
  text: string,
  pos: number,
  p: number,
  phrases: readonly string[],
): { gap: string; phrase: string; end: number; value: V } | null {
  for (const wanted of phrases) {
    const end = readPhrase(text, p, wanted, table.exact);
    if (end < 0 || letterOrNumberAt(text, end)) continue;
    const phrase = text.slice(p, end);
    const value = table.get(phrase);
    return value === undefined ? null : { gap: text.slice(pos, p), phrase, end, value };
  }
  return null;
}

function matchRegex<V>(
  table: PhraseTable<V>,
  text: string,
  pos: number,
): { gap: string; phrase: string; end: number; value: V } | null {
  table.re.lastIndex = pos;
  const m = table.re.exec(text);
  if (!m) return null;
  const gap = m[1] ?? '';
  const phrase = m[2] ?? '';
  const value = table.get(phrase);
  if (value === undefined) return null;
  return { gap, phrase, end: pos + m[0].length, value };
}
