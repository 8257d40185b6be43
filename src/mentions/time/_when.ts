/**
 * What a time expression states, before the report's date fills in the rest (chrono's "assign"
 * versus "imply"), and the one function that turns it into a Period.
 */
import type { Period } from '../../types.js';
import type { YearRef } from './_patterns.js';
import {
  asOf,
  dayPeriod,
  decadePeriod,
  halfPeriod,
  isValidDate,
  monthPeriod,
  monthRangePeriod,
  parseIsoDate,
  pastMonthsPeriod,
  pastYearsPeriod,
  quarterPeriod,
  SEASON_FIRST_MONTH,
  type Season,
  seasonPeriod,
  withinPeriod,
  type YearPart,
  yearPartPeriod,
  yearPeriod,
  yearRangePeriod,
} from './resolve.js';

/** A calendar point: a unit of one year, stated or relative. */
export type CalendarWhen =
  | { unit: 'year'; year: YearRef }
  | { unit: 'month'; year: YearRef; month: number }
  | { unit: 'months'; year: YearRef; from: number; to: number }
  | { unit: 'day'; year: YearRef; month: number; day: number }
  | { unit: 'quarter'; year: YearRef; quarter: number }
  | { unit: 'half'; year: YearRef; half: number }
  | { unit: 'part'; year: YearRef; part: YearPart }
  | { unit: 'season'; year: YearRef; season: Season }
  | { unit: 'relative-month'; offset: number }
  | { unit: 'relative-quarter'; offset: number }
  | { unit: 'decade'; first: number };

/** Everything a parser can state. */
export type When =
  | CalendarWhen
  | { unit: 'range'; from: CalendarWhen; to: CalendarWhen }
  | { unit: 'now' }
  | { unit: 'past'; amount: number; of: 'year' | 'month' }
  | { unit: 'within'; amount: number; of: 'year' | 'month' }
  | { unit: 'label'; label: string };

/** The year a YearRef stands for, or null when it needs a missing report date: `yearOf({kind: 'rel', offset: -1}, 2024)` is 2023. */
export function yearOf(ref: YearRef, published: number | null): number | null {
  if (ref.kind === 'abs') return ref.year;
  if (published === null) return null;
  return ref.kind === 'rel' ? published + ref.offset : published;
}

/** Period of a calendar point, or null when it cannot be placed (no report date, impossible date). */
function calendarPeriod(when: CalendarWhen, published: string | null): Period | null {
  const date = parseIsoDate(published);
  const pubYear = date ? date.year : null;
  switch (when.unit) {
    case 'decade':
      return decadePeriod(when.first);
    case 'relative-month': {
      if (!date) return null;
      const total = date.year * 12 + date.month - 1 + when.offset;
      return monthPeriod(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'relative-quarter': {
      if (!date) return null;
      const total = date.year * 4 + Math.floor((date.month - 1) / 3) + when.offset;
      return quarterPeriod(Math.floor(total / 4), (total % 4) + 1);
    }
    default: {
      const year = yearOf(when.year, pubYear);
      if (year === null) return null;
      if (when.unit === 'season') {
        // In January or February, "this winter" began the December before.
        const early =
          when.season === 'winter' && when.year.kind !== 'abs' && date !== null && date.month <= 2;
        return seasonPeriod(early ? year - 1 : year, when.season);
      }
      if (when.unit === 'year') return yearPeriod(year);
      if (when.unit === 'month') return monthPeriod(year, when.month);
      if (when.unit === 'months') return monthRangePeriod(year, when.from, when.to);
      if (when.unit === 'quarter') return quarterPeriod(year, when.quarter);
      if (when.unit === 'half') return halfPeriod(year, when.half);
      if (when.unit === 'part') return yearPartPeriod(year, when.part);
      return isValidDate(year, when.month, when.day) ? dayPeriod(year, when.month, when.day) : null;
    }
  }
}

/** First month of a calendar point that has one, for ordering the two ends of a range. */
function firstMonth(when: CalendarWhen): number {
  if (when.unit === 'month' || when.unit === 'day') return when.month;
  if (when.unit === 'months') return when.from;
  if (when.unit === 'quarter') return when.quarter * 3 - 2;
  if (when.unit === 'half') return when.half * 6 - 5;
  if (when.unit === 'season') return SEASON_FIRST_MONTH[when.season];
  return 1;
}

/** "January-May 2024": the left end borrows the right end's year ("December-February 2024" starts in 2023). */
function borrowYear(from: CalendarWhen, to: CalendarWhen): CalendarWhen {
  if (!('year' in from) || from.year.kind !== 'implied' || !('year' in to) || to.year.kind !== 'abs')
    return from;
  const year = firstMonth(from) > firstMonth(to) ? to.year.year - 1 : to.year.year;
  return { ...from, year: { kind: 'abs', year } };
}

/** Period of a range: years join with '-', months of one year merge, anything else joins with '..'. */
function rangePeriod(from: CalendarWhen, to: CalendarWhen, published: string | null): Period | null {
  const left = calendarPeriod(borrowYear(from, to), published);
  const right = calendarPeriod(to, published);
  if (!left || !right || !left.start || !right.end || left.start > right.end) return null;
  if (from.unit === 'year' && to.unit === 'year')
    return yearRangePeriod(Number(left.label), Number(right.label));
  const sameYear = left.start.slice(0, 4) === right.end.slice(0, 4);
  if (from.unit === 'month' && to.unit === 'month' && sameYear) {
    return monthRangePeriod(
      Number(left.start.slice(0, 4)),
      Number(left.start.slice(5, 7)),
      Number(right.end.slice(5, 7)),
    );
  }
  return { label: `${left.label}..${right.label}`, start: left.start, end: right.end };
}

/** True for a range of months or smaller units inside one calendar year ("January-May 2024"): a reporting period. */
export function isWithinOneYear(period: Period): boolean {
  return period.start !== null && period.end !== null && period.start.slice(0, 4) === period.end.slice(0, 4);
}

/**
 * Period of what a parser stated, or null when the report date is needed and missing (the caller
 * then keeps the text as the label): `resolveWhen({unit: 'year', year: {kind: 'rel', offset: -1}}, '2024-07-03')` is 2023.
 */
export function resolveWhen(when: When, published: string | null): Period | null {
  switch (when.unit) {
    case 'range':
      return rangePeriod(when.from, when.to, published);
    case 'now':
      return asOf(published);
    case 'past':
      return when.of === 'year'
        ? pastYearsPeriod(when.amount, published)
        : pastMonthsPeriod(when.amount, published);
    case 'within':
      return withinPeriod(when.amount, when.of, published);
    case 'label':
      return { label: when.label, start: null, end: null };
    default:
      return calendarPeriod(when, published);
  }
}
