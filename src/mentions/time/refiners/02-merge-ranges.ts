/** Joins two calendar points into a range: "from 2019 to 2023", "between 2019 and 2023", "January-May 2024". */
import type { Candidate, TimeRefiner } from '../_candidate.js';
import { type CalendarWhen, resolveWhen, type When } from '../_when.js';

// Matches " to ", "-", " – ", " and " between two times; must not match ", " or " to the ".
const CONNECTOR = /^\s{0,3}(?:([-–—])|(to|through|till|until|and))\s{0,3}$/iu;

// Matches "from " and "between  " at the end of the text before a time; must not match "wherefrom ".
const OPENER = /(?<![\p{L}\p{N}_])(from|between)\s{1,3}$/iu;

/** Longest gap between two ends of a range ("  through  "). */
const MAX_GAP = 12;

/** True for what can be an end of a range: calendar points, not spans, deadlines or labels. */
function isCalendar(when: When): when is CalendarWhen {
  return (
    when.unit !== 'range' &&
    when.unit !== 'now' &&
    when.unit !== 'past' &&
    when.unit !== 'within' &&
    when.unit !== 'label'
  );
}

/** The range two neighbours make, or null when the words between them do not join them. */
function merge(left: Candidate, right: Candidate, text: string, published: string | null): Candidate | null {
  if (!isCalendar(left.when) || !isCalendar(right.when) || left.role !== 'point' || right.role !== 'point')
    return null;
  if (right.start - left.end > MAX_GAP) return null;
  const connector = CONNECTOR.exec(text.slice(left.end, right.start));
  if (!connector) return null;
  const opener = OPENER.exec(text.slice(Math.max(0, left.start - 12), left.start));
  const openerWord = opener?.[1]?.toLowerCase();
  const word = connector[2]?.toLowerCase();
  if (word === 'and' && openerWord !== 'between') return null;
  if (word !== undefined && word !== 'and' && openerWord !== 'from' && (left.needsCue || right.needsCue))
    return null;
  const when: When = { unit: 'range', from: left.when, to: right.when };
  const probe = published ?? '2000-06-15';
  if (resolveWhen(when, probe) === null) return null;
  return {
    start: left.start,
    end: right.end,
    when,
    role: 'span',
    rule: 'range',
    needsCue: false,
    preposition: opener && openerWord ? { word: openerWord, start: left.start - opener[0].length } : null,
  };
}

/** Walks neighbours left to right, a merged range is not merged again: "from 2019" + "2023" become "from 2019 to 2023". */
export const mergeRanges: TimeRefiner = (candidates, text, published) => {
  const result: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const left = candidates[i] as Candidate;
    const right = candidates[i + 1];
    const merged = right ? merge(left, right, text, published) : null;
    if (merged) {
      result.push(merged);
      i++;
    } else {
      result.push(left);
    }
  }
  return result;
};
