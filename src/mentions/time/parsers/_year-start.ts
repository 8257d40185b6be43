/** What may stand right before a four-digit year, shared by the year and year-range parsers. */
import { continuesWord, extendLeft } from '../_patterns.js';

// Matches "$", "€", "#", "№", ".", ",", "/", "-" right before a number; must not match " " or "(".
const NOT_BEFORE_YEAR = /[$€£¥₸₽#№.,/-]/;

// Matches "FY" right before "2023" in "FY2023"; must not match "xFY".
const GLUED_FY = /\bFY$/;

// Matches "fiscal ", "fiscal year ", "FY ", "the year " before a year; must not match "fiscally " or "years ".
const FISCAL_BEFORE = /(?:\b(?:fiscal(?:\s{1,3}years?)?|(?:the\s{1,3})?year)\s{1,3}|\bFY\s{0,2})$/i;

/**
 * Where the text of a year starting at `index` starts, and whether a fiscal/year word stands before it;
 * null when the digits belong to something else ("$2023", "2,023", "x2023"): `yearStart('FY2023', 2)` is {start 0, named true}.
 */
export function yearStart(text: string, index: number): { start: number; named: boolean } | null {
  const before = text.charAt(index - 1);
  if (NOT_BEFORE_YEAR.test(before)) return null;
  if (continuesWord(text, index) && !GLUED_FY.test(text.slice(Math.max(0, index - 3), index))) return null;
  const start = extendLeft(text, index, FISCAL_BEFORE, 20);
  return { start, named: start < index };
}
