/**
 * Step 10: the status, in the promise-tracker vocabulary: work stated as under way is "in the works"; a plan
 * the sentence says is postponed, delayed or stalled is "stalled"; every other new promise is "not yet rated".
 * Kept, compromise and broken are for the knowledge layer, which sees later reports.
 */
import type { CommitmentStep } from '../_draft.js';
import { once } from '../sentence-view.js';

/** The step this file describes at its top. */
export const setStatus: CommitmentStep = {
  name: 'set-status',
  run(draft) {
    const stalled = once(draft.view, 'stalled', () => draft.view.cues.some((cue) => cue.cue === 'stalled'));
    if (stalled) draft.status = 'stalled';
    else draft.status = draft.cue.cue === 'ongoing' ? 'in the works' : 'not yet rated';
  },
};
