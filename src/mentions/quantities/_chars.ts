/** Character classes and bounded word look-around shared by the quantity parsers (no regex, no allocation). */

/** Most spaces a parser skips between two tokens: keeps every look-around O(1). */
export const MAX_GAP = 3;
/** Longest word a look-around reads; longer letter runs are not words we know. */
export const MAX_WORD = 24;

/** "7" */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Latin (with accents), Greek, Cyrillic, CJK, Hangul and other scripts' letters; not digits or punctuation. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c <= 0x52f) return true;
  if (c >= 0x0530 && c <= 0x1fff) return true;
  if (c >= 0x3040 && c <= 0x9fff) return c !== 0x30fb;
  if (c >= 0xac00 && c <= 0xd7af) return true;
  return c >= 0xf900 && c <= 0xfaff;
}

/** Letters or digits: a character that continues a token ("G20", "5G", "30th"). */
export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Any Unicode space, including no-break (U+00A0), thin (U+2009) and narrow no-break (U+202F). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A space allowed inside a number between digit groups: "41 000", "41\u00a0000", "41\u202f000". */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || (c >= 0x2006 && c <= 0x200a) || c === 0x2007;
}

/** A dash between the ends of a range: "-" (hyphen), "–" (en dash), "—" (em dash), "‒" and "−" (minus). */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2212;
}

/** Index after at most `max` spaces from `pos`. */
export function skipSpaces(text: string, pos: number, max = MAX_GAP): number {
  let i = pos;
  const stop = Math.min(text.length, pos + max);
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index of the first of at most `max` spaces ending at `pos` (exclusive), never below `floor`. */
export function skipSpacesBack(text: string, pos: number, floor: number, max = MAX_GAP): number {
  let i = pos;
  const stop = Math.max(floor, pos - max);
  while (i > stop && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A word span: [start, end) and its lower-case text. */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

/** A letter character inside a word: letters, and "." / "'" / "’" between letters ("U.S", "Xi'an"). */
function isWordInner(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetter(c)) return true;
  if (c === 46 || c === 39 || c === 0x2019)
    return isLetter(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i - 1));
  return false;
}

/** The word starting at `pos` ("dollars" in "41 dollars"), or null; "U.S." keeps its final dot. */
export function wordAt(text: string, pos: number): Word | null {
  if (!isLetter(text.charCodeAt(pos))) return null;
  let i = pos + 1;
  const stop = Math.min(text.length, pos + MAX_WORD + 1);
  while (i < stop && isWordInner(text, i)) i++;
  if (i === stop && i < text.length && isLetter(text.charCodeAt(i))) return null;
  if (text.charCodeAt(i) === 46 && i - pos >= 2 && text.charCodeAt(i - 2) === 46) i++;
  return { start: pos, end: i, lower: text.slice(pos, i).toLowerCase() };
}

/** The word after at most MAX_GAP spaces from `pos`, or null when something else comes first. */
export function nextWord(text: string, pos: number): Word | null {
  return wordAt(text, skipSpaces(text, pos));
}

/** The word that ends right before `pos` (after at most MAX_GAP spaces), not reaching below `floor`; a final "." is kept ("No."). */
export function prevWord(text: string, pos: number, floor: number): Word | null {
  let end = skipSpacesBack(text, pos, floor);
  if (end === pos && pos > floor && isLetter(text.charCodeAt(pos - 1)) && isLetter(text.charCodeAt(pos)))
    return null;
  const withDot = end;
  if (end > floor && text.charCodeAt(end - 1) === 46) end--;
  let i = end;
  const stop = Math.max(floor, end - MAX_WORD);
  while (i > stop && (isLetter(text.charCodeAt(i - 1)) || (i - 1 > stop && isWordInner(text, i - 1)))) i--;
  if (i === end) return null;
  if (i === stop && i > floor && isLetter(text.charCodeAt(i - 1))) return null;
  return { start: i, end: withDot, lower: text.slice(i, withDot).toLowerCase() };
}
