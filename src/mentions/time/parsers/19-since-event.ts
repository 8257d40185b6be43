/** "since" an undated event: "since independence", "since the establishment of diplomatic relations", "since then". */
import type { TimeParser } from '../_candidate.js';
import { alternation, LEFT, RIGHT, SP } from '../_patterns.js';
import { SINCE_EVENTS } from '../lang/en.js';

// Matches "since independence", "Since the start of the pandemic", "since then"; must not match "since 2013" or "since thenceforth".
const PATTERN = new RegExp(`${LEFT}since${SP}(${alternation([...SINCE_EVENTS.keys()])})${RIGHT}`, 'gi');

/** "since independence" is role 'since', label 'since independence', no dates. */
export const sinceEvent: TimeParser = {
  name: 'since-event',
  pattern: PATTERN,
  triggers: ['since'],
  build(match) {
    // Matches the "  " in "since  then"; must not match letters.
    const key = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const event = SINCE_EVENTS.get(key);
    if (event === undefined) return null;
    return {
      start: match.index,
      end: match.index + match[0].length,
      when: { unit: 'label', label: `since ${event}` },
      role: 'since',
      needsCue: false,
    };
  },
};
