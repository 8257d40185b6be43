/**
 * The English time parsers, in order. Order breaks ties between overlapping candidates of equal
 * length (the earlier parser wins); longer candidates always win (refiners/01-remove-overlaps).
 */
import type { TimeParser } from '../_candidate.js';
import { numericDate } from './01-numeric-date.js';
import { cjkDate } from './02-cjk-date.js';
import { dayFirstDate, monthFirstDate } from './03-written-date.js';
import { month } from './04-month.js';
import { quarterCode, quarterWords } from './05-quarter.js';
import { halfCode, halfWords } from './06-half.js';
import { firstMonths } from './07-first-months.js';
import { season, yearPart } from './08-year-part.js';
import { decade } from './09-decade.js';
import { yearRange } from './10-year-range.js';
import { year } from './11-year.js';
import { relativePoint } from './12-relative.js';
import { ago } from './13-ago.js';
import { pastSpan } from './14-past-span.js';
import { within } from './15-within.js';
import { yearsTime } from './16-years-time.js';
import { vagueFuture } from './17-vague-future.js';
import { now } from './18-now.js';
import { sinceEvent } from './19-since-event.js';

/** All parsers; dates before months before years, so "July 3, 2024" beats "2024" even at equal length. */
export const PARSERS: readonly TimeParser[] = [
  numericDate,
  cjkDate,
  monthFirstDate,
  dayFirstDate,
  month,
  quarterCode,
  quarterWords,
  halfCode,
  halfWords,
  firstMonths,
  yearPart,
  season,
  decade,
  // Before the single year: "2019-2023" must not become two bare years.
  yearRange,
  year,
  relativePoint,
  ago,
  pastSpan,
  within,
  yearsTime,
  vagueFuture,
  now,
  sinceEvent,
];
