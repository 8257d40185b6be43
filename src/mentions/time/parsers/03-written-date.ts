/** Dates with a month name: "July 3, 2024", "July 3rd", "3 July 2024", "3rd of July". */
import type { Candidate, TimeParser } from '../_candidate.js';
import { LEFT, MONTH_NAME, MONTH_TRIGGERS, monthNumber, RIGHT, SP, YEAR } from '../_patterns.js';
import { isValidDate } from '../resolve.js';

const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';

// Matches "July 3, 2024", "Sept. 30 2023", "July 3"; must not match "July 2024", "may 3" or "July 32".
const MONTH_FIRST = new RegExp(
  `${LEFT}(${MONTH_NAME})${SP}(\\d{1,2})${ORDINAL_SUFFIX}(?:,?${SP}(${YEAR}))?${RIGHT}`,
  'gu',
);

// Matches "3 July 2024", "3rd of July", "30 Sept. 2023"; must not match "2023 July" or "45 projects".
const DAY_FIRST = new RegExp(
  `${LEFT}(\\d{1,2})${ORDINAL_SUFFIX}${SP}(?:of${SP})?(${MONTH_NAME})(?:,?${SP}(${YEAR}))?${RIGHT}`,
  'gu',
);

/** A day from its parts, or null when the day does not exist (year unknown: Feb 29 allowed). */
function day(match: RegExpExecArray, monthName: string, dayText: string, yearText: string | undefined) {
  const month = monthNumber(monthName);
  const dayNumber = Number(dayText);
  const year = yearText === undefined ? null : Number(yearText);
  if (!isValidDate(year ?? 2000, month, dayNumber)) return null;
  const result: Omit<Candidate, 'rule' | 'preposition'> = {
    start: match.index,
    end: match.index + match[0].length,
    when: {
      unit: 'day',
      year: year === null ? { kind: 'implied' } : { kind: 'abs', year },
      month,
      day: dayNumber,
    },
    role: 'point',
    needsCue: false,
  };
  return result;
}

/** "July 3, 2024" is 3 July 2024; "July 3" is 3 July of the report's year. */
export const monthFirstDate: TimeParser = {
  name: 'month-first-date',
  pattern: MONTH_FIRST,
  triggers: MONTH_TRIGGERS,
  build: (match) => day(match, match[1] ?? '', match[2] ?? '', match[3]),
};

/** "3 July 2024" is 3 July 2024; "3rd of July" is 3 July of the report's year. */
export const dayFirstDate: TimeParser = {
  name: 'day-first-date',
  pattern: DAY_FIRST,
  triggers: MONTH_TRIGGERS,
  build: (match) => day(match, match[2] ?? '', match[1] ?? '', match[3]),
};
