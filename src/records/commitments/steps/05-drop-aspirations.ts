/**
 * Step 5: general aims are not promises a tracker can rate: "committed to enhancing cooperation in trade",
 * "will further strengthen bilateral ties". An aim verb (enhance, strengthen, deepen, develop ...) with an aim
 * object (cooperation, ties, relations, partnership ...) among the object's first words drops the cue.
 */
import type { CommitmentStep } from '../_draft.js';

/** Words skipped before an aim object: "bilateral ties", "the comprehensive strategic partnership". */
const MODIFIERS = new Set([
  'the',
  'a',
  'our',
  'their',
  'its',
  'bilateral',
  'mutual',
  'mutually',
  'beneficial',
  'further',
  'comprehensive',
  'strategic',
  'practical',
  'close',
  'closer',
  'all-round',
  'economic',
  'trade-economic',
  'multifaceted',
  'good-neighbourly',
  'good-neighborly',
  'friendly',
  'political',
  'long-term',
  'regional',
]);

/** The step this file describes at its top. */
export const dropAspirations: CommitmentStep = {
  name: 'drop-aspirations',
  run(draft, env) {
    if (!draft.action || !env.language.aspirationVerbs.has(draft.action)) return;
    const { tokens } = draft.view;
    let i = draft.objectFirst;
    while (i < draft.objectEnd && MODIFIERS.has(tokens.lower(i))) i++;
    if (i < draft.objectEnd && env.language.aspirationObjects.has(tokens.lower(i)))
      draft.dropped = 'a general aim';
  },
};
