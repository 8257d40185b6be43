/**
 * Period builders: calendar units to {label, start, end} with ISO dates. Pure; other stages use them
 * to build periods of their own (a target year, an "as of" date).
 */
import type { Period } from '../../types.js';

/** A calendar date as numbers; month and day are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Two-digit zero padding: `pad2(7)` is "07". */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (Gregorian): `daysInMonth(2024, 2)` is 29, `daysInMonth(1900, 2)` is 28. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** ISO date from numbers: `isoDate(2024, 7, 3)` is "2024-07-03". */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** True when the numbers make a real calendar date: `isValidDate(2023, 2, 29)` is false. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// Matches "2024-07-03"; must not match "2024-7-3" or "2024-07-03T10:00".
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last date read: a report's date is read once per mention, so one entry saves most of the work. */
let lastText: string | null = null;
let lastDate: CalendarDate | null = null;

/** Reads an ISO date, or null when it is not one: `parseIsoDate('2024-07-03')` is {2024, 7, 3}. */
export function parseIsoDate(text: string | null | undefined): CalendarDate | null {
  if (typeof text !== 'string') return null;
  if (text === lastText) return lastDate === null ? null : { ...lastDate };
  const match = ISO_DATE.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  lastText = text;
  lastDate = match && isValidDate(year, month, day) ? { year, month, day } : null;
  return lastDate === null ? null : { ...lastDate };
}

/** The date `years` and `months` later, day clamped to the month: `addToDate('2024-02-29', 1, 0)` is "2025-02-28". */
export function addToDate(iso: string, years: number, months = 0): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const total = date.year * 12 + (date.month - 1) + years * 12 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < 1 || year > 9999) return null;
  return isoDate(year, month, Math.min(date.day, daysInMonth(year, month)));
}

/** The day before an ISO date: `dayBefore('2030-01-01')` is "2029-12-31". */
export function dayBefore(iso: string): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const previous = new Date(Date.UTC(date.year, date.month - 1, date.day - 1));
  return isoDate(previous.getUTCFullYear(), previous.getUTCMonth() + 1, previous.getUTCDate());
}

/** A calendar year: `yearPeriod(2023)` is {label '2023', start '2023-01-01', end '2023-12-31'}. */
export function yearPeriod(year: number): Period {
  return { label: String(year), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** A run of calendar years: `yearRangePeriod(2019, 2023)` is {label '2019-2023', 2019-01-01..2023-12-31}. */
export function yearRangePeriod(from: number, to: number): Period {
  return { label: `${from}-${to}`, start: isoDate(from, 1, 1), end: isoDate(to, 12, 31) };
}

/** A month: `monthPeriod(2024, 5)` is {label '2024-05', start '2024-05-01', end '2024-05-31'}. */
export function monthPeriod(year: number, month: number): Period {
  return {
    label: `${year}-${pad2(month)}`,
    start: isoDate(year, month, 1),
    end: isoDate(year, month, daysInMonth(year, month)),
  };
}

/**
 * Months `from`..`to` of one year, labelled as the quarter, half or year they equal:
 * `monthRangePeriod(2024, 1, 5)` is {label '2024-01..2024-05', 2024-01-01..2024-05-31}; (2024, 1, 6) is '2024-H1'.
 */
export function monthRangePeriod(year: number, from: number, to: number): Period {
  if (from === to) return monthPeriod(year, from);
  if (from === 1 && to === 12) return yearPeriod(year);
  if (to - from === 5 && (from === 1 || from === 7)) return halfPeriod(year, from === 1 ? 1 : 2);
  if (to - from === 2 && from % 3 === 1) return quarterPeriod(year, (from + 2) / 3);
  return {
    label: `${year}-${pad2(from)}..${year}-${pad2(to)}`,
    start: isoDate(year, from, 1),
    end: isoDate(year, to, daysInMonth(year, to)),
  };
}

/** A quarter: `quarterPeriod(2023, 3)` is {label '2023-Q3', start '2023-07-01', end '2023-09-30'}. */
export function quarterPeriod(year: number, quarter: number): Period {
  const last = quarter * 3;
  return {
    label: `${year}-Q${quarter}`,
    start: isoDate(year, last - 2, 1),
    end: isoDate(year, last, daysInMonth(year, last)),
  };
}

/** A half year: `halfPeriod(2024, 1)` is {label '2024-H1', start '2024-01-01', end '2024-06-30'}. */
export function halfPeriod(year: number, half: number): Period {
  return half === 1
    ? { label: `${year}-H1`, start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) }
    : { label: `${year}-H2`, start: isoDate(year, 7, 1), end: isoDate(year, 12, 31) };
}

/** One day: `dayPeriod(2024, 7, 3)` is {label '2024-07-03', start and end '2024-07-03'}. */
export function dayPeriod(year: number, month: number, day: number): Period {
  const iso = isoDate(year, month, day);
  return { label: iso, start: iso, end: iso };
}

/** A decade: `decadePeriod(2020)` is {label '2020s', start '2020-01-01', end '2029-12-31'}. */
export function decadePeriod(first: number): Period {
  return { label: `${first}s`, start: isoDate(first, 1, 1), end: isoDate(first + 9, 12, 31) };
}

/** Part of a year. */
export type YearPart = 'start' | 'early' | 'mid' | 'late' | 'end';

const PART_MONTHS: Record<YearPart, [number, number]> = {
  start: [1, 1],
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  end: [12, 12],
};

/** Part of a year, by months: `yearPartPeriod(2025, 'end')` is {label 'end-2025', 2025-12-01..2025-12-31}. */
export function yearPartPeriod(year: number, part: YearPart): Period {
  const [from, to] = PART_MONTHS[part];
  const label = part === 'start' || part === 'end' || part === 'mid' ? `${part}-${year}` : `${part} ${year}`;
  return { label, start: isoDate(year, from, 1), end: isoDate(year, to, daysInMonth(year, to)) };
}

/** Seasons, as meteorological seasons of the northern hemisphere, where the reports Accord reads come from. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** First month of each season; a season is three months, winter running into the next year. */
export const SEASON_FIRST_MONTH: Readonly<Record<Season, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
};

/**
 * A season: `seasonPeriod(2024, 'autumn')` is {label '2024-autumn', 2024-09-01..2024-11-30}; the winter of 2024 is
 * December 2024 to February 2025.
 */
export function seasonPeriod(year: number, season: Season): Period {
  const from = SEASON_FIRST_MONTH[season];
  const endYear = from + 2 > 12 ? year + 1 : year;
  const endMonth = ((from + 1) % 12) + 1;
  return {
    label: `${year}-${season}`,
    start: isoDate(year, from, 1),
    end: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/** "Currently" in a report: `asOf('2024-07-03')` is {label '2024', start null, end '2024-07-03'}; no date gives label 'now'. */
export function asOf(published: string | null): Period {
  const date = parseIsoDate(published);
  if (!date || !published) return { label: 'now', start: null, end: null };
  return { label: String(date.year), start: null, end: published };
}

/** From a period's start up to the report: `sincePeriod(yearPeriod(2013), '2024-07-03')` is {label 'since 2013', 2013-01-01..2024-07-03}. */
export function sincePeriod(from: Period, published: string | null): Period {
  const label = from.label.startsWith('start-') ? from.label.slice(6) : from.label;
  return { label: `since ${label}`, start: from.start, end: parseIsoDate(published) ? published : null };
}

/** The last `years` calendar years up to the report: `pastYearsPeriod(15, '2024-07-03')` is {label '2009-2024', 2009-01-01..2024-07-03}. */
export function pastYearsPeriod(years: number, published: string | null): Period | null {
  const date = parseIsoDate(published);
  if (!date || !published) return null;
  const first = date.year - years;
  return { label: `${first}-${date.year}`, start: isoDate(first, 1, 1), end: published };
}

/** The last `months` months up to the report: `pastMonthsPeriod(6, '2024-07-03')` is {label '2024-01..2024-07-03', 2024-01-01..2024-07-03}. */
export function pastMonthsPeriod(months: number, published: string | null): Period | null {
  const date = parseIsoDate(published);
  if (!date || !published) return null;
  const total = date.year * 12 + (date.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { label: `${year}-${pad2(month)}..${published}`, start: isoDate(year, month, 1), end: published };
}

/**
 * A deadline: `deadlinePeriod('by', yearPeriod(2030))` is {label 'by 2030', start null, end '2030-12-31'}. Before the
 * end of a span is by its last day: "before the end of the year" (2024) is {label 'before the end of 2024', end
 * '2024-12-31'}, not the day before its last month starts.
 */
export function deadlinePeriod(word: 'by' | 'until' | 'before', target: Period): Period {
  const ofEnd = target.label.startsWith('end-');
  const label = ofEnd ? target.label.slice(4) : target.label;
  if (word === 'before' && ofEnd)
    return { label: `before the end of ${label}`, start: null, end: target.end };
  const end = word === 'before' ? (target.start ? dayBefore(target.start) : null) : target.end;
  return { label: `${word} ${label}`, start: null, end };
}

/** A deadline some time after the report: `withinPeriod(5, 'year', '2024-07-03')` is {label 'within 5 years', end '2029-07-03'}. */
export function withinPeriod(amount: number, unit: 'year' | 'month', published: string | null): Period {
  const label = `within ${amount} ${unit}${amount === 1 ? '' : 's'}`;
  const end =
    published && parseIsoDate(published)
      ? addToDate(published, unit === 'year' ? amount : 0, unit === 'month' ? amount : 0)
      : null;
  return { label, start: null, end };
}
