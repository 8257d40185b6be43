/**
 * Step 7: by when. A deadline in the clause ("by 2030", "in the near future", "within five years"); else a
 * period after the cue that is not over on the published date ("next year", "this year", "in 2026" in a report
 * of 2024). The deadline is resolved against the published date like a figure's period.
 */
import type { TimeMention } from '../../../types.js';
import { MAX_OBJECT_TOKENS } from '../_clause.js';
import type { CommitmentStep } from '../_draft.js';

/** Index of the first time starting at or after `start` (times are in text order). */
function firstTimeFrom(times: readonly TimeMention[], start: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((times[mid] as TimeMention).start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Prepositions that open a time phrase the time stage may leave out ("from 2027", "starting 2026"). */
const TIME_PREPOSITIONS = new Set([
  'from',
  'in',
  'by',
  'within',
  'until',
  'till',
  'starting',
  'beginning',
  'before',
  'after',
  'during',
  'of',
]);

/** The step this file describes at its top. */
export const findDeadline: CommitmentStep = {
  name: 'find-deadline',
  run(draft, env) {
    const { tokens, sentence } = draft.view;
    const times = env.timesOf(draft.view);
    if (times.length === 0) return;
    const clauseFrom = sentence.start + tokens.start(draft.subjectFirst);
    const objectTo = sentence.start + tokens.end(draft.objectEnd - 1);
    const cueStart = draft.cue.start;
    const published = env.ctx.published;
    // What is planned before its cue ("... is expected to be completed in 2025") has its deadline after the cue.
    const isBefore = draft.cue.side === 'before';
    // A time before the cue belongs to it only if no other promise opens the clause before it ("plan to ... by 2030,
    // and China will open ...": "by 2030" is not the consulate's deadline).
    let otherBefore = false;
    for (let k = draft.cueIndex - 1; k >= 0; k--) {
      const cue = draft.view.cues[k];
      if (!cue || cue.start < clauseFrom) break;
      if (cue.cue === 'commit' || cue.cue === 'ongoing') otherBefore = true;
    }
    const isFree = (start: number): boolean => start >= draft.cue.start || !otherBefore;
    // The times of the clause: from its start to the object's end (or, for a plan stated before its cue, to the
    // clause after the cue), found by bisection so that a sentence of many promises stays linear.
    const clauseTo = isBefore
      ? sentence.start + tokens.end(draft.cue.tokens[1] + MAX_OBJECT_TOKENS)
      : objectTo + 2;
    const inClause: TimeMention[] = [];
    for (let k = firstTimeFrom(times, clauseFrom); k < times.length; k++) {
      const time = times[k] as TimeMention;
      if (time.start > clauseTo) break;
      if (isFree(time.start)) inClause.push(time);
    }
    const deadline =
      inClause.find((time) => time.role === 'deadline') ??
      inClause.find(
        (time) =>
          time.start >= cueStart &&
          time.role === 'point' &&
          published !== null &&
          time.period.end !== null &&
          time.period.end >= published,
      );
    if (!deadline) return;
    draft.deadline = deadline.period;
    draft.deadlineMention = deadline;
    // "double this figure in the near future": a deadline inside the object is not part of it.
    const objectFrom = sentence.start + tokens.start(draft.objectFirst);
    if (deadline.start <= objectFrom || deadline.start >= objectTo) return;
    for (let i = draft.objectFirst + 1; i < draft.objectEnd; i++) {
      if (sentence.start + tokens.start(i) >= deadline.start) {
        // "gas to China from 2027": a preposition left before the cut goes with the deadline.
        let end = i;
        while (end > draft.objectFirst + 1 && TIME_PREPOSITIONS.has(tokens.lower(end - 1))) end--;
        draft.objectEnd = end;
        break;
      }
    }
  },
};
