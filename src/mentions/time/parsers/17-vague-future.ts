/** Open deadlines: "in the near future", "in the coming years", "in the years to come", "in the long term". */
import type { TimeParser } from '../_candidate.js';
import { alternation, extendLeft, LEFT, RIGHT, THE_BEFORE, wordsBefore } from '../_patterns.js';
import { VAGUE_FUTURE } from '../lang/en.js';

// Matches "near future", "coming years", "medium term", "years to come"; must not match "long-term" or "near futures".
const PATTERN = new RegExp(`${LEFT}(${alternation(Object.keys(VAGUE_FUTURE))})${RIGHT}`, 'gi');

/** Words that may open the horizon and belong to its text. */
const OPENERS = wordsBefore(['in', 'over', 'during', 'for', 'within']);

/** "in the near future" is a deadline labelled 'near future', with no dates; "the" is required. */
export const vagueFuture: TimeParser = {
  name: 'vague-future',
  pattern: PATTERN,
  triggers: ['future', 'term', 'come', 'coming', 'next few'],
  build(match, text) {
    // Matches the "  " in "near  future"; must not match letters.
    const label = VAGUE_FUTURE[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    const afterThe = extendLeft(text, match.index, THE_BEFORE);
    if (label === undefined || afterThe === match.index) return null;
    return {
      start: extendLeft(text, afterThe, OPENERS),
      end: match.index + match[0].length,
      when: { unit: 'label', label },
      role: 'deadline',
      needsCue: false,
    };
  },
};
