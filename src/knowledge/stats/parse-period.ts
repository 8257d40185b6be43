import {
  dayPeriod,
  halfPeriod,
  monthPeriod,
  parseIsoDate,
  quarterPeriod,
  yearPeriod,
  yearRangePeriod,
} from '../../mentions/time/index.js';
import type { Period } from '../../types.js';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Matches "2023"; must not match "23" or "2023a".
const YEAR = /^(\d{4})$/;
// Matches "202301" (Comtrade) and "2023-01"; must not match "2023-1" or "202313" (checked below).
const MONTH = /^(\d{4})-?(\d{2})$/;
// Matches "2024-Q3", "2024Q3", "2024 Q3"; must not match "2024-Q5".
const QUARTER = /^(\d{4})[-\s]?Q([1-4])$/i;
// Matches "2024-H1", "2024H2"; must not match "2024-H3".
const HALF = /^(\d{4})[-\s]?H([12])$/i;
// Matches "2019-2023", "2019–2023"; must not match "2019-23".
const YEAR_RANGE = /^(\d{4})\s*[-–]\s*(\d{4})$/;
// Matches "2023-05-17"; must not match "2023-5-17".
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isYear = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/**
 * A period as statistics files write it, or null: `parsePeriod('202301')` is {label '2023-01',
 * 2023-01-01..2023-01-31}; also '2023', '2023-01', '2024-Q3', '2024-H1', '2019-2023', '2023-05-17'.
 * Labels follow the time mentions ('2023-01', '2024-H1') so that figures and observations meet.
 */
export function parsePeriod(text: string): Period | null {
  const label = text.trim();
  let match = YEAR.exec(label);
  if (match) return isYear(Number(match[1])) ? yearPeriod(Number(match[1])) : null;
  match = MONTH.exec(label);
  if (match) return monthOf(Number(match[1]), Number(match[2]));
  match = QUARTER.exec(label);
  if (match) return isYear(Number(match[1])) ? quarterPeriod(Number(match[1]), Number(match[2])) : null;
  match = HALF.exec(label);
  if (match) return isYear(Number(match[1])) ? halfPeriod(Number(match[1]), Number(match[2])) : null;
  match = YEAR_RANGE.exec(label);
  if (match) return yearsOf(Number(match[1]), Number(match[2]));
  if (DAY.test(label)) {
    const date = parseIsoDate(label);
    return date && isYear(date.year) ? dayPeriod(date.year, date.month, date.day) : null;
  }
  return null;
}

/** A Comtrade year and month (refYear, refMonth); a month outside 1..12 (annual data says 52) is the year. */
export function yearMonthPeriod(year: number, month: number | null): Period | null {
  if (!Number.isInteger(year) || !isYear(year)) return null;
  return month !== null && month >= 1 && month <= 12 ? monthPeriod(year, month) : yearPeriod(year);
}

function monthOf(year: number, month: number): Period | null {
  return isYear(year) && month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
}

function yearsOf(from: number, to: number): Period | null {
  if (!isYear(from) || !isYear(to) || to < from) return null;
  return from === to ? yearPeriod(from) : yearRangePeriod(from, to);
}
