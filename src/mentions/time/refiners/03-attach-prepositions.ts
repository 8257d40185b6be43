/** Takes the preposition before a calendar time into its text: "in 2023", "by 2030", "since 2013", "as of June 1, 2024". */
import type { Candidate, TimeRefiner } from '../_candidate.js';
import { alternation, SP } from '../_patterns.js';
import { PREPOSITIONS } from '../lang/en.js';

// Matches "by " and "No later than  " at the end of the text before a time; must not match "nearby " or "in the ".
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])(${alternation(PREPOSITIONS)})${SP}$`, 'iu');

/** Longest preposition with its spaces ("not later than   "). */
const LOOK_BACK = 20;

/** Only points stated on the calendar take a preposition; spans and deadlines carry their own words. */
function takesPreposition(candidate: Candidate): boolean {
  const unit = candidate.when.unit;
  return (
    candidate.preposition === null &&
    unit !== 'now' &&
    unit !== 'past' &&
    unit !== 'within' &&
    unit !== 'label'
  );
}

/** "by 2030": the candidate "2030" gets preposition {word 'by'} and its text starts at "by". */
export const attachPrepositions: TimeRefiner = (candidates, text) => {
  let previousEnd = 0;
  return candidates.map((candidate) => {
    const from = Math.max(previousEnd, candidate.start - LOOK_BACK);
    previousEnd = candidate.end;
    if (!takesPreposition(candidate)) return candidate;
    const match = BEFORE.exec(text.slice(from, candidate.start));
    if (!match) return candidate;
    // Matches the "  " in "no  later than"; must not match letters.
    const word = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // Set in place: each candidate belongs to one sentence's list only.
    candidate.preposition = { word, start: candidate.start - match[0].length };
    return candidate;
  });
};
