/**
 * Step 1: cues that are no firm promise. A "not", "never" or "had" just before the cue ("is not ready to",
 * "had planned to"); a condition anywhere in the sentence ("If prices rise, they will ...", "... will build it
 * if financing is found"): conditional promises are skipped, not marked. Denials ("has no plans to", "will
 * not") never reach here: the cue scan reads them as one denial cue.
 */
import type { CommitmentStep } from '../_draft.js';
import { once } from '../sentence-view.js';

/** Words before a cue that negate it or put it in the past. */
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'had', 'nor', 'neither']);

/** First words of a sentence that open an inverted condition: "Should ...", "Were ...". */
const INVERTED = new Set(['should', 'were']);

/** The step this file describes at its top. */
export const dropNegated: CommitmentStep = {
  name: 'drop-negated',
  run(draft, env) {
    const { tokens, cues } = draft.view;
    let before = draft.cue.tokens[0] - 1;
    while (before >= 0 && env.language.skippable.has(tokens.lower(before))) before--;
    const word = tokens.lower(before);
    if (NEGATORS.has(word) || word.endsWith("n't")) {
      draft.dropped = word === 'had' ? 'past plan' : 'negated';
      return;
    }
    // "Should the talks succeed, ...": an inverted condition at the start of the sentence.
    const inverted = INVERTED.has(tokens.lower(0)) && tokens.isCap(0);
    const conditional = once(draft.view, 'conditional', () => cues.some((cue) => cue.cue === 'conditional'));
    if (inverted || conditional) draft.dropped = 'conditional';
  },
};
