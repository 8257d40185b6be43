/** The report's own date: "currently", "now", "at present", "to date", "so far", "as of today". */
import type { TimeParser } from '../_candidate.js';
import { alternation, extendLeft, LEFT, RIGHT, wordsBefore } from '../_patterns.js';
import { NOW_WORDS } from '../lang/en.js';

// Matches "currently", "Now", "present", "date", "far"; must not match "know", "nowhere", "presents" or "todays".
const PATTERN = new RegExp(`${LEFT}(${alternation(Object.keys(NOW_WORDS))})${RIGHT}`, 'gi');

/** For each last word, the words before it that make (or may extend) the phrase. */
const BEFORE = new Map(
  Object.entries(NOW_WORDS).map(([word, rule]) => [
    word,
    { pattern: rule.before.length > 0 ? wordsBefore(rule.before) : null, required: rule.required },
  ]),
);

/** "currently" in a report of 2024-07-03 is {label '2024', start null, end '2024-07-03'}; "date" only in "to date". */
export const now: TimeParser = {
  name: 'now',
  pattern: PATTERN,
  triggers: Object.keys(NOW_WORDS),
  build(match, text) {
    const rule = BEFORE.get((match[1] ?? '').toLowerCase());
    if (rule === undefined) return null;
    const start = rule.pattern ? extendLeft(text, match.index, rule.pattern) : match.index;
    if (rule.required && start === match.index) return null;
    return {
      start,
      end: match.index + match[0].length,
      when: { unit: 'now' },
      role: 'point',
      needsCue: false,
    };
  },
};
