/** Dates written with 年/月/日: "2021年03月23日", "2024年上半年", "2024年第一季度", "2024年1-5月", "去年". */
import type { TimeParser } from '../_candidate.js';
import type { CalendarWhen } from '../_when.js';
import { HALVES, NUMERALS, RELATIVE_YEARS } from '../lang/zh.js';
import { isValidDate } from '../resolve.js';

const RELATIVE = Object.keys(RELATIVE_YEARS).join('|');

// Matches "2021年03月23日", "2024年1-5月", "2024年上半年", "2023年第三季度", "去年"; must not match "12024年" or "年度".
const PATTERN = new RegExp(
  `(?<!\\p{N})(?:(\\d{4})|(${RELATIVE}))\\s?年(?:\\s?(?:(\\d{1,2})\\s?[-–—~至到]\\s?)?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?[日号])?|\\s?([上下])半年|\\s?第\\s?([一二三四1-4])\\s?季度)?`,
  'gu',
);

/** Builds what a 年 expression states; the year alone ("2023年") is a year. */
function when(match: RegExpExecArray): CalendarWhen | null {
  const year =
    match[1] !== undefined
      ? ({ kind: 'abs', year: Number(match[1]) } as const)
      : ({ kind: 'rel', offset: RELATIVE_YEARS[match[2] ?? ''] ?? 0 } as const);
  const [, , , fromMonth, month, day, half, quarter] = match;
  if (month !== undefined) {
    const to = Number(month);
    if (day !== undefined) {
      if (fromMonth !== undefined) return null;
      const probe = year.kind === 'abs' ? year.year : 2000;
      return isValidDate(probe, to, Number(day)) ? { unit: 'day', year, month: to, day: Number(day) } : null;
    }
    const from = fromMonth === undefined ? to : Number(fromMonth);
    if (to < 1 || to > 12 || from < 1 || from > to) return null;
    return from === to ? { unit: 'month', year, month: to } : { unit: 'months', year, from, to };
  }
  if (half !== undefined) return { unit: 'half', year, half: HALVES[half] ?? 1 };
  if (quarter !== undefined) return { unit: 'quarter', year, quarter: NUMERALS[quarter] ?? 1 };
  return { unit: 'year', year };
}

/** "2021年03月23日" is 23 March 2021; "去年" is the year before the report. */
export const cjkDate: TimeParser = {
  name: 'cjk-date',
  pattern: PATTERN,
  triggers: ['年'],
  wordStart: false,
  build(match) {
    const stated = when(match);
    if (!stated) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: stated,
      role: 'point',
      needsCue: false,
    };
  },
};
