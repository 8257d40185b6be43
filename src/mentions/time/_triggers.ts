/**
 * One pass over a sentence that tells which parsers can match: each parser names the literal words
 * (or digit shapes) every match of it contains, and only parsers whose words occur are run. Twenty small
 * regex calls per sentence cost more than the parsers themselves; one scan costs a fifth of that.
 */
import { isDigit, isSpace } from '../quantities/_chars.js';
import type { TimeParser } from './_candidate.js';
import { escapeRegExp } from './_patterns.js';

/** The trigger that stands for any digit. */
export const DIGIT = '0-9';

/** The trigger that stands for four digits or more in a row, as every written year has. */
export const YEAR_DIGITS = '0000';

/** Four digits or more, then up to two spaces and a dash or slash: "2019-", "2023 /" (year ranges, ISO dates). */
export const YEAR_DASH = '0000-';

/** A full stop right before four digits or more: the ".2024" of "03.07.2024". */
export const DOT_YEAR = '.0000';

/** Four digits or more ending in 0, then "s", "'s" or "’s": "2020s", "1990's". */
export const DECADE_DIGITS = '0000s';

/** A digit with a capital Q right before or after it: "Q3", "3Q". */
export const Q_DIGIT = 'Q0';

/** A digit with a capital H right before or after it: "H1", "1H". */
export const H_DIGIT = 'H0';

/** The triggers that are digit shapes, not words. */
const SHAPES: readonly string[] = [DIGIT, YEAR_DIGITS, YEAR_DASH, DOT_YEAR, DECADE_DIGITS, Q_DIGIT, H_DIGIT];

/** Bitmask of the parsers (by index) worth running on one text. */
export type TriggerScan = (text: string) => number;

/** Most parsers a bitmask can tell apart. */
const MAX_PARSERS = 31;

/** The code unit at `i`, or -1 past the end (a read past the end would deoptimize the scan). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function isDigitAt(text: string, i: number): boolean {
  return isDigit(codeAt(text, i));
}

/** What `\s` matches in a regular expression (the parsers' patterns write spaces as `\s`). */
function isSpaceAt(text: string, i: number): boolean {
  return isSpace(codeAt(text, i));
}

/** True for the dash or slash between two years: "-", "–", "—", "/". */
function isYearSeparator(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 47;
}

/** The parsers (as a bitmask) each digit shape triggers. */
type ShapeMasks = Record<string, number>;

/**
 * The parsers that the run of digits text[start, end) triggers by its shapes (SHAPES):
 * the run "2019" of "in 2019-2023" has DIGIT, YEAR_DIGITS and YEAR_DASH.
 */
function digitRunMask(text: string, start: number, end: number, masks: ShapeMasks): number {
  let mask = masks[DIGIT] ?? 0;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = codeAt(text, end);
  if (before === 81 || after === 81) mask |= masks[Q_DIGIT] ?? 0;
  if (before === 72 || after === 72) mask |= masks[H_DIGIT] ?? 0;
  if (end - start < 4) return mask;
  mask |= masks[YEAR_DIGITS] ?? 0;
  if (before === 46) mask |= masks[DOT_YEAR] ?? 0;
  let gap = end;
  while (gap < end + 2 && isSpaceAt(text, gap)) gap++;
  if (isYearSeparator(codeAt(text, gap))) mask |= masks[YEAR_DASH] ?? 0;
  const quote = after === 39 || after === 0x2019;
  if (text.charCodeAt(end - 1) === 48 && codeAt(text, quote ? end + 1 : end) === 115) {
    mask |= masks[DECADE_DIGITS] ?? 0;
  }
  return mask;
}

/**
 * Builds the scan for an ordered parser list: `createTriggerScan(PARSERS)('last year')` has the bit of
 * every parser with the trigger "year" or "last". Throws when the list is too long (a programming error).
 */
export function createTriggerScan(parsers: readonly TimeParser[]): TriggerScan {
  if (parsers.length > MAX_PARSERS)
    throw new Error(`time: at most ${MAX_PARSERS} parsers, got ${parsers.length}`);
  const isWord = (trigger: string) => !SHAPES.includes(trigger);
  const words = [...new Set(parsers.flatMap((parser) => parser.triggers.filter(isWord)))];
  const masks = new Map<string, number>();
  const shapeMasks: ShapeMasks = {};
  parsers.forEach((parser, index) => {
    for (const shape of SHAPES) {
      if (parser.triggers.includes(shape)) shapeMasks[shape] = (shapeMasks[shape] ?? 0) | (1 << index);
    }
    // A longer trigger that contains this one ("quarters" holds "quarter") consumes it in the scan: it counts too.
    for (const word of words) {
      if (parser.triggers.some((trigger) => isWord(trigger) && word.includes(trigger))) {
        masks.set(word, (masks.get(word) ?? 0) | (1 << index));
      }
    }
  });
  const alternatives = words.sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A trigger word that opens with a letter counts only at the start of a word ("day" of "Tuesday", "end" of "trend"
  // trigger nothing): every pattern puts a word boundary, a space or a hyphen before its trigger words ("\bsince",
  // "\s{1,3}year", "year-end"), so no match holds one glued to a letter, digit or "_". That spares the parsers a run
  // for "Tuesday", "income" or "latest", and the scan runs twice as fast. Other triggers ("年") count anywhere.
  // Matches "year", "Since"; must not match "年".
  const opensWithLetter = (word: string) => /^[a-z]/i.test(word);
  const atWordStart = alternatives.filter(opensWithLetter);
  const anywhere = alternatives.filter((word) => !opensWithLetter(word));
  const wordPart = [...(atWordStart.length > 0 ? [`\\b(?:${atWordStart.join('|')})`] : []), ...anywhere];
  // Built here: matches "2023", "year", "Quarter", "年"; must not match "yea", "quartet" or the "day" of "Tuesday".
  const pattern = new RegExp(['\\d{1,8}', ...wordPart].join('|'), 'gi');
  return (text) => {
    let mask = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const found = match[0];
      const code = found.charCodeAt(0);
      if (code >= 48 && code <= 57) {
        // The whole run of digits, however long: the scan goes on after it.
        let end = match.index + found.length;
        while (isDigitAt(text, end)) end++;
        pattern.lastIndex = end;
        mask |= digitRunMask(text, match.index, end, shapeMasks);
      } else mask |= masks.get(found.toLowerCase()) ?? 0;
    }
    return mask;
  };
}
