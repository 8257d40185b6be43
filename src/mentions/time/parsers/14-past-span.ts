/** Stretches up to the report: "over the past 15 years", "in the past decade", "the last six months", "in recent years". */
import type { TimeParser } from '../_candidate.js';
import { COUNT, extendLeft, LEFT, parseCount, RIGHT, SP, THE_BEFORE, wordsBefore } from '../_patterns.js';
import type { When } from '../_when.js';
import { VAGUE_PAST } from '../lang/en.js';

// Matches "past 15 years", "past decade", "last five years", "previous two decades", "past few years", "recent years";
// must not match "past 15 yearsx" or "recently".
const PATTERN = new RegExp(
  `${LEFT}(?:(past|last|previous|preceding)${SP}(?:(${COUNT}|few|several|couple${SP}of)${SP})?(years|decades|months|year|decade|month)|(recent${SP}(?:years|months|decades)))${RIGHT}`,
  'gi',
);

/** Words that may open a span and belong to its text. */
const OPENERS = wordsBefore(['over', 'in', 'during', 'for', 'within', 'throughout']);

/** Collapses whitespace runs, lower case: "Recent  years" is "recent years". */
function normalize(text: string): string {
  // Matches "  " and "\u00a0"; must not match letters.
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** What the span states: N years or months back, or a vague span with a label only. */
function span(match: RegExpExecArray, hasThe: boolean): When | null {
  if (match[4] !== undefined)
    return { unit: 'label', label: VAGUE_PAST[normalize(match[4])] ?? 'recent years' };
  const countText = match[2] === undefined ? undefined : normalize(match[2]);
  const unit = (match[3] ?? '').toLowerCase();
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  if (countText === undefined) {
    if (unit !== singular) return { unit: 'label', label: `recent ${unit}` };
    if (!hasThe && singular !== 'decade') return null;
  }
  if (countText === 'few' || countText === 'several' || countText?.startsWith('couple')) {
    return { unit: 'label', label: `past few ${singular}s` };
  }
  const count = countText === undefined ? 1 : parseCount(countText);
  if (count === null || count < 1) return null;
  if (singular === 'decade') return { unit: 'past', amount: count * 10, of: 'year' };
  return { unit: 'past', amount: count, of: singular === 'month' ? 'month' : 'year' };
}

/** "over the past 15 years" in a report of 2024-07-03 is 2009-01-01..2024-07-03 (label '2009-2024'); "last year" is not a span. */
export const pastSpan: TimeParser = {
  name: 'past-span',
  pattern: PATTERN,
  triggers: ['past', 'last', 'previous', 'preceding', 'recent'],
  build(match, text) {
    const afterThe = extendLeft(text, match.index, THE_BEFORE);
    const when = span(match, afterThe < match.index);
    if (!when) return null;
    return {
      start: extendLeft(text, afterThe, OPENERS),
      end: match.index + match[0].length,
      when,
      role: 'span',
      needsCue: false,
    };
  },
};
