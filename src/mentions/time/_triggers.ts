/**
 * One pass over a sentence that tells which parsers can match: each parser names the literal words
 * (or digits) every match of it contains, and only parsers whose words occur are run. Twenty small
 * regex calls per sentence cost more than the parsers themselves; one scan costs a fifth of that.
 */
import type { TimeParser } from './_candidate.js';
import { escapeRegExp } from './_patterns.js';

/** The trigger that stands for any digit. */
export const DIGIT = '0-9';

/** The trigger that stands for four digits or more in a row, as every written year has. */
export const YEAR_DIGITS = '0000';

/** Bitmask of the parsers (by index) worth running on one text. */
export type TriggerScan = (text: string) => number;

/** Most parsers a bitmask can tell apart. */
const MAX_PARSERS = 31;

/**
 * Builds the scan for an ordered parser list: `createTriggerScan(PARSERS)('last year')` has the bit of
 * every parser with the trigger "year" or "last". Throws when the list is too long (a programming error).
 */
export function createTriggerScan(parsers: readonly TimeParser[]): TriggerScan {
  if (parsers.length > MAX_PARSERS)
    throw new Error(`time: at most ${MAX_PARSERS} parsers, got ${parsers.length}`);
  const isWord = (trigger: string) => trigger !== DIGIT && trigger !== YEAR_DIGITS;
  const words = [...new Set(parsers.flatMap((parser) => parser.triggers.filter(isWord)))];
  const masks = new Map<string, number>();
  let digitMask = 0;
  let yearMask = 0;
  parsers.forEach((parser, index) => {
    if (parser.triggers.includes(DIGIT)) digitMask |= 1 << index;
    if (parser.triggers.includes(YEAR_DIGITS)) yearMask |= 1 << index;
    // A longer trigger that contains this one ("quarters" holds "quarter") consumes it in the scan: it counts too.
    for (const word of words) {
      if (parser.triggers.some((trigger) => isWord(trigger) && word.includes(trigger))) {
        masks.set(word, (masks.get(word) ?? 0) | (1 << index));
      }
    }
  });
  const alternatives = words.sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Built here: matches "2023", "year", "Quarter", "年"; must not match "yea" or "quartet".
  const pattern = new RegExp(`\\d{1,8}|${alternatives.join('|')}`, 'gi');
  return (text) => {
    let mask = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const found = match[0];
      const code = found.charCodeAt(0);
      if (code >= 48 && code <= 57) mask |= found.length >= 4 ? digitMask | yearMask : digitMask;
      else mask |= masks.get(found.toLowerCase()) ?? 0;
    }
    return mask;
  };
}
