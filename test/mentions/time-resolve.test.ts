import { describe, expect, it } from 'vitest';
import {
  addToDate,
  asOf,
  dayPeriod,
  deadlinePeriod,
  decadePeriod,
  halfPeriod,
  monthPeriod,
  monthRangePeriod,
  parseIsoDate,
  pastMonthsPeriod,
  pastYearsPeriod,
  quarterPeriod,
  sincePeriod,
  withinPeriod,
  yearPartPeriod,
  yearPeriod,
  yearRangePeriod,
} from '../../src/mentions/time/index.js';
import type { Period } from '../../src/types.js';

const PUBLISHED = '2024-07-03';

/** Shorthand for a period. */
const p = (label: string, start: string | null, end: string | null): Period => ({ label, start, end });

describe('period builders', () => {
  it.each<[string, Period | null, Period]>([
    ['yearPeriod(2023)', yearPeriod(2023), p('2023', '2023-01-01', '2023-12-31')],
    ['yearPeriod(987)', yearPeriod(987), p('987', '0987-01-01', '0987-12-31')],
    ['yearRangePeriod(2019, 2023)', yearRangePeriod(2019, 2023), p('2019-2023', '2019-01-01', '2023-12-31')],
    ['monthPeriod(2024, 2)', monthPeriod(2024, 2), p('2024-02', '2024-02-01', '2024-02-29')],
    ['monthPeriod(2023, 2)', monthPeriod(2023, 2), p('2023-02', '2023-02-01', '2023-02-28')],
    ['monthPeriod(1900, 2)', monthPeriod(1900, 2), p('1900-02', '1900-02-01', '1900-02-28')],
    [
      'monthRangePeriod(2024, 1, 5)',
      monthRangePeriod(2024, 1, 5),
      p('2024-01..2024-05', '2024-01-01', '2024-05-31'),
    ],
    ['monthRangePeriod(2024, 1, 6)', monthRangePeriod(2024, 1, 6), p('2024-H1', '2024-01-01', '2024-06-30')],
    ['monthRangePeriod(2024, 7, 9)', monthRangePeriod(2024, 7, 9), p('2024-Q3', '2024-07-01', '2024-09-30')],
    [
      'monthRangePeriod(2024, 2, 4)',
      monthRangePeriod(2024, 2, 4),
      p('2024-02..2024-04', '2024-02-01', '2024-04-30'),
    ],
    ['monthRangePeriod(2024, 1, 12)', monthRangePeriod(2024, 1, 12), p('2024', '2024-01-01', '2024-12-31')],
    ['monthRangePeriod(2024, 3, 3)', monthRangePeriod(2024, 3, 3), p('2024-03', '2024-03-01', '2024-03-31')],
    ['quarterPeriod(2023, 4)', quarterPeriod(2023, 4), p('2023-Q4', '2023-10-01', '2023-12-31')],
    ['halfPeriod(2024, 2)', halfPeriod(2024, 2), p('2024-H2', '2024-07-01', '2024-12-31')],
    ['dayPeriod(2024, 7, 3)', dayPeriod(2024, 7, 3), p('2024-07-03', '2024-07-03', '2024-07-03')],
    ['decadePeriod(1990)', decadePeriod(1990), p('1990s', '1990-01-01', '1999-12-31')],
    ['yearPartPeriod(2025, end)', yearPartPeriod(2025, 'end'), p('end-2025', '2025-12-01', '2025-12-31')],
    [
      'yearPartPeriod(2024, early)',
      yearPartPeriod(2024, 'early'),
      p('early 2024', '2024-01-01', '2024-04-30'),
    ],
    ['asOf(published)', asOf(PUBLISHED), p('2024', null, '2024-07-03')],
    ['asOf(null)', asOf(null), p('now', null, null)],
    ['asOf(bad)', asOf('2024-02-30'), p('now', null, null)],
    [
      'sincePeriod(2013)',
      sincePeriod(yearPeriod(2013), PUBLISHED),
      p('since 2013', '2013-01-01', '2024-07-03'),
    ],
    [
      'sincePeriod(start-2024)',
      sincePeriod(yearPartPeriod(2024, 'start'), PUBLISHED),
      p('since 2024', '2024-01-01', '2024-07-03'),
    ],
    ['sincePeriod(2013, null)', sincePeriod(yearPeriod(2013), null), p('since 2013', '2013-01-01', null)],
    ['pastYearsPeriod(15)', pastYearsPeriod(15, PUBLISHED), p('2009-2024', '2009-01-01', '2024-07-03')],
    [
      'pastMonthsPeriod(9)',
      pastMonthsPeriod(9, PUBLISHED),
      p('2023-10..2024-07-03', '2023-10-01', '2024-07-03'),
    ],
    ['deadlinePeriod(by, 2030)', deadlinePeriod('by', yearPeriod(2030)), p('by 2030', null, '2030-12-31')],
    [
      'deadlinePeriod(by, end-2025)',
      deadlinePeriod('by', yearPartPeriod(2025, 'end')),
      p('by 2025', null, '2025-12-31'),
    ],
    [
      'deadlinePeriod(before, 2030)',
      deadlinePeriod('before', yearPeriod(2030)),
      p('before 2030', null, '2029-12-31'),
    ],
    [
      'deadlinePeriod(until, Q1)',
      deadlinePeriod('until', quarterPeriod(2025, 1)),
      p('until 2025-Q1', null, '2025-03-31'),
    ],
    ['withinPeriod(5 years)', withinPeriod(5, 'year', PUBLISHED), p('within 5 years', null, '2029-07-03')],
    [
      'withinPeriod(1 month)',
      withinPeriod(1, 'month', '2024-01-31'),
      p('within 1 month', null, '2024-02-29'),
    ],
    [
      'withinPeriod(18 months)',
      withinPeriod(18, 'month', PUBLISHED),
      p('within 18 months', null, '2026-01-03'),
    ],
    ['withinPeriod(2 years, null)', withinPeriod(2, 'year', null), p('within 2 years', null, null)],
  ])('%s', (_name, actual, wanted) => {
    expect(actual).toEqual(wanted);
  });

  it.each([
    ['2024-07-03', { year: 2024, month: 7, day: 3 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2023-02-29', null],
    ['2024-7-3', null],
    ['2024-07-03T00:00', null],
    ['', null],
    [null, null],
  ])('parseIsoDate(%j)', (text, wanted) => {
    expect(parseIsoDate(text)).toEqual(wanted);
  });

  it.each([
    ['2024-02-29', 1, 0, '2025-02-28'],
    ['2024-01-31', 0, 1, '2024-02-29'],
    ['2024-07-03', -15, 0, '2009-07-03'],
    ['2024-12-15', 0, 1, '2025-01-15'],
    ['bad', 1, 0, null],
  ])('addToDate(%j, %i, %i) is %j', (iso, years, months, wanted) => {
    expect(addToDate(iso, years, months)).toBe(wanted);
  });
});
