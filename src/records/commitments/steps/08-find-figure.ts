/**
 * Step 8: the target figure a commitment carries: the first figure of the document inside the commitment's
 * words ("plans to double this figure": the figure "double this figure"), a target before an actual. Figures
 * are in document order, so the search starts by bisection.
 */
import type { Figure } from '../../../types.js';
import type { CommitmentStep } from '../_draft.js';

/** Index of the first figure starting at or after `start`. */
function firstFigureFrom(figures: readonly Figure[], start: number): number {
  let low = 0;
  let high = figures.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((figures[mid] as Figure).start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The step this file describes at its top. */
export const findFigure: CommitmentStep = {
  name: 'find-figure',
  run(draft, env) {
    const { tokens, sentence } = draft.view;
    const from = Math.min(draft.cue.start, sentence.start + tokens.start(draft.objectFirst));
    const objectTo = sentence.start + tokens.end(draft.objectEnd - 1);
    const to = Math.max(objectTo, draft.cue.end, draft.deadlineMention?.end ?? 0);
    let best: number | null = null;
    for (let index = firstFigureFrom(env.figures, from); index < env.figures.length; index++) {
      const figure = env.figures[index] as Figure;
      if (figure.start >= to) break;
      if (best === null || (figure.kind === 'target' && env.figures[best]?.kind !== 'target')) best = index;
    }
    draft.figure = best;
  },
};
