/**
 * Building blocks of the time regular expressions. Every quantifier is bounded ({1,3}, {4}), so a
 * match attempt does a bounded amount of work at each position and a scan stays linear in the text.
 */
import { MONTHS, NUMBER_WORDS, RELATIVE_OFFSETS } from './lang/en.js';

/** Escapes a literal for a regular expression: `escapeRegExp('U.S.')` is "U\\.S\\.". */
export function escapeRegExp(text: string): string {
  // Matches "." and "(" in "U.S. (2023)"; must not match letters or digits.
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of literals, longest first, spaces as bounded whitespace: `alternation(['a b', 'c'])` is "(?:a\\s{1,3}b|c)". */
export function alternation(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  // Matches the space in "near future"; must not match "-" in "long-term".
  return `(?:${sorted.map((word) => escapeRegExp(word).replace(/ /g, SP)).join('|')})`;
}

/** One to three whitespace characters of any kind (space, no-break space, U+3000 ...). */
export const SP = '\\s{1,3}';

/**
 * Start of a word or number (ASCII): "in" in " in 2023", not in "begin". A Unicode lookbehind here would
 * run at every position and cost 5x; the parser runner checks non-ASCII letters before a match instead.
 */
export const LEFT = '\\b';

/**
 * Not running on into a word or number on the right (ASCII): "2023" in "2023.", not in "2023rd". Case-insensitive
 * patterns cannot use the u flag (i with u is 4x slower in V8), so the runner checks non-ASCII letters after a match.
 */
export const RIGHT = '(?![A-Za-z0-9_])';

/** A year from 1800 to 2199: matches "2023", "1991"; must not match "1799" or "2200". */
export const YEAR = '(?:1[89]|2[01])\\d\\d';

/** A small count, as digits or a word: matches "15", "fifteen", "a"; must not match "1000". */
export const COUNT = `(?:\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;

/**
 * A year or a year relative to the report, one capture group: matches "2024", "this year",
 * "the previous year", "the year"; must not match "years" or "this month".
 */
export const YEAR_REF = `(${YEAR}|(?:this|last|next)${SP}year|the${SP}(?:(?:current|previous|past|following|same)${SP})?year)${RIGHT}`;

/** Reads a count: `parseCount('fifteen')` is 15, `parseCount('15')` is 15, anything else null. */
export function parseCount(text: string | undefined): number | null {
  if (text === undefined) return null;
  const lower = text.toLowerCase();
  // Matches "15"; must not match "1000" or "15a".
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

/** How a year is given: written out, relative to the report, or left to the report's year. */
export type YearRef = { kind: 'abs'; year: number } | { kind: 'rel'; offset: number } | { kind: 'implied' };

/** Reads a YEAR_REF capture: `parseYearRef('last year')` is {rel -1}, `parseYearRef('2024')` is {abs 2024}. */
export function parseYearRef(text: string | undefined): YearRef {
  if (text === undefined) return { kind: 'implied' };
  // Matches "2024"; must not match "this year".
  if (/^\d{4}$/.test(text)) return { kind: 'abs', year: Number(text) };
  // Splits on whitespace runs: "the  previous year" into three words; never splits "previous".
  const words = text.toLowerCase().split(/\s+/);
  for (const word of words) {
    const offset = RELATIVE_OFFSETS[word];
    if (offset !== undefined) return { kind: 'rel', offset };
  }
  return { kind: 'rel', offset: 0 };
}

// Matches "д", "x", "7", "_"; must not match " ", "$" or "-".
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** True when the character (or surrogate pair) at `index` is a letter, digit or "_": `isWordCharAt('x2023', 0)` is true. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  let at = index;
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1);
    if (high >= 0xd800 && high <= 0xdbff) at = index - 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** True when the character before `index` is a letter, digit or "_": `continuesWord('x2023', 1)` is true. */
export function continuesWord(text: string, index: number): boolean {
  return isWordCharAt(text, index - 1);
}

/**
 * Start of the words `pattern` (anchored with $) finds right before `start`, else `start`:
 * with /\bthe\s{1,3}$/i, `extendLeft('in the past', 7, ...)` is 3.
 */
export function extendLeft(text: string, start: number, pattern: RegExp, lookBack = 24): number {
  const match = pattern.exec(text.slice(Math.max(0, start - lookBack), start));
  return match ? start - match[0].length : start;
}

/** Optional "the " before an expression. */
// Matches "the " and "The  " at the end; must not match "other " or "the".
export const THE_BEFORE = /\bthe\s{1,3}$/i;

/** Regex for one of `words` right before a point (anchored with $): `wordsBefore(['over', 'in'])` matches "over " in "rose over ". */
export function wordsBefore(words: readonly string[]): RegExp {
  // Built here: matches "in the " for ['in the'] at the end of a slice; must not match "within the " for ['in the'].
  return new RegExp(`\\b${alternation(words)}${SP}$`, 'i');
}

const FULL_MONTHS = Object.keys(MONTHS).filter(
  (name) => name.length > 4 || name === 'May' || name === 'June' || name === 'July',
);
const SHORT_MONTHS = Object.keys(MONTHS).filter((name) => !FULL_MONTHS.includes(name));

/**
 * A month name, capitalized; abbreviations may take a dot: matches "January", "May", "Sept.", "Jan";
 * must not match "may", "Mayor" (with RIGHT after it) or the sentence's full stop in "in May.".
 */
export const MONTH_NAME = `(?:${alternation(FULL_MONTHS)}|${alternation(SHORT_MONTHS)}\\.?)`;

/** Month number of a MONTH_NAME match: `monthNumber('Sept.')` is 9, anything else 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.endsWith('.') ? name.slice(0, -1) : name] ?? 0;
}

/** True for a month written in full ("May", "June"), false for an abbreviation ("Jan", "Sept."). */
export function isFullMonth(name: string): boolean {
  return FULL_MONTHS.includes(name);
}

/** Scan triggers of month names: their distinct first three letters, lower case ("jan", "may"). */
export const MONTH_TRIGGERS: readonly string[] = [
  ...new Set(Object.keys(MONTHS).map((name) => name.slice(0, 3).toLowerCase())),
];
