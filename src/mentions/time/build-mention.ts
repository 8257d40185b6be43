/** Turns a refined candidate into a TimeMention: resolves its period and applies its preposition's role. */
import type { Period, TimeMention } from '../../types.js';
import type { Candidate } from './_candidate.js';
import { isWithinOneYear, resolveWhen } from './_when.js';
import { PREPOSITION_ROLES } from './lang/en.js';
import { deadlinePeriod, parseIsoDate, sincePeriod } from './resolve.js';

// Matches "over the ", "In ", "the " at the start of a label; must not match "theory " or "Q3 ".
const LEADING_WORDS = /^(?:(?:over|in|during|for|within|throughout|at|on)\s)?(?:the\s)?/i;

// Matches "May", "Q3", "H1", "FY2023" (kept as written at the start of a label); must not match "Last" or "The".
const KEEP_CASE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|[A-Z]{1,2}\d)/;

/**
 * Label for what cannot be placed without a report date: the words as written, whitespace collapsed,
 * opening preposition and "the" dropped, first letter lower case unless a month or code: "Over the past 15 years" is "past 15 years".
 */
function fallbackLabel(text: string): string {
  // Matches "  " and "\u00a0"; must not match letters.
  const label = text.replace(/\s+/g, ' ').trim().replace(LEADING_WORDS, '');
  return KEEP_CASE.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Any date: places a range of relative ends when the report has no date, to tell its role. */
const PROBE_DATE = '2000-06-15';

/** Role of a range: runs of years are spans; months or quarters inside one year are one reporting period. */
function rangeRole(candidate: Candidate, period: Period | null): TimeMention['role'] {
  const when = candidate.when;
  if (when.unit !== 'range') return candidate.role;
  if (when.from.unit === 'year' && when.to.unit === 'year') return 'span';
  const placed = period ?? resolveWhen(when, PROBE_DATE);
  return placed && isWithinOneYear(placed) ? 'point' : 'span';
}

/**
 * Candidate "2030" with preposition "by", in a report of 2024-07-03, becomes
 * {text 'by 2030', role 'deadline', period {label 'by 2030', start null, end '2030-12-31'}}.
 */
export function buildMention(
  candidate: Candidate,
  text: string,
  offset: number,
  published: string | null,
): TimeMention {
  const date = parseIsoDate(published) ? published : null;
  // The label of the words as written, needed only when the period cannot be resolved.
  let label: string | undefined;
  const core = () => {
    label ??= fallbackLabel(text.slice(candidate.start, candidate.end));
    return label;
  };
  const resolved = resolveWhen(candidate.when, date);
  let period: Period = resolved ?? { label: core(), start: null, end: null };
  let role = rangeRole(candidate, resolved);
  const roleWord = candidate.preposition ? PREPOSITION_ROLES[candidate.preposition.word] : undefined;
  if (roleWord !== undefined && role === 'point') {
    if (roleWord === 'since') {
      role = 'since';
      period = resolved ? sincePeriod(resolved, date) : { label: `since ${core()}`, start: null, end: null };
    } else {
      role = 'deadline';
      period = resolved
        ? deadlinePeriod(roleWord, resolved)
        : { label: `${roleWord} ${core()}`, start: null, end: null };
    }
  }
  const start = candidate.preposition?.start ?? candidate.start;
  return {
    kind: 'time',
    text: text.slice(start, candidate.end),
    start: offset + start,
    end: offset + candidate.end,
    period,
    role,
    rule: candidate.rule,
  };
}
