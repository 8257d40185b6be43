/**
 * Step 1: agreements only planned, refused or hypothetical are not records: "plan to sign an agreement" (a
 * commitment with action sign), "plans for the signing of", "has not signed", "if the treaty is signed".
 * Denials such as "did not sign" and "has yet to sign" never pair: the cue scan reads them as denials.
 */
import type { CueMention } from '../../../mentions/cues/index.js';
import { once } from '../../commitments/index.js';
import type { AgreementStep } from '../_draft.js';

/** Words between "sign" and the noun that keep them together: "sign a new agreement". */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'new',
  'several',
  'two',
  'three',
  'more',
  'further',
  'another',
  'some',
]);

/** Adverbs between a negation and the signing: "have not yet concluded". */
const ADVERBS = new Set(['yet', 'still', 'already', 'formally', 'officially', 'fully']);

/** Base forms of signing verbs: the noun after them is only planned. */
const BASE_SIGNS = new Set(['sign', 'conclude', 'adopt', 'ink', 'ratify']);

/** Index of `cue` in `cues` (in text order), by bisection on its first token. */
function indexOfCue(cues: readonly CueMention[], cue: CueMention): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cues[mid] as CueMention).tokens[0] < cue.tokens[0]) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The step this file describes at its top. */
export const dropUnsigned: AgreementStep = {
  name: 'drop-unsigned',
  run(draft) {
    const { tokens, cues } = draft.view;
    const signAt = draft.sign.tokens[0];
    let back = signAt - 1;
    while (back > 0 && ADVERBS.has(tokens.lower(back))) back--;
    const before = tokens.lower(back);
    if (before === 'not' || before === 'never' || before.endsWith("n't")) {
      draft.dropped = 'not signed';
      return;
    }
    // "plans for the signing of", and "the signing of the agreement is planned": a promise next to the signing.
    const signIndex = indexOfCue(cues, draft.sign);
    for (let k = Math.max(0, signIndex - 3); k < Math.min(cues.length, signIndex + 4); k++) {
      const cue = cues[k];
      if (cue?.cue !== 'commit') continue;
      const before = cue.tokens[1] <= signAt && signAt - cue.tokens[1] <= 2;
      const after = cue.side === 'before' && cue.tokens[0] > signAt && cue.tokens[0] - signAt <= 10;
      if (before || after) {
        draft.dropped = 'a planned signing';
        return;
      }
    }
    const firstCondition = once(
      draft.view,
      'first-condition',
      () => cues.find((cue) => cue.cue === 'conditional')?.start ?? Number.POSITIVE_INFINITY,
    );
    if (firstCondition < Math.max(draft.sign.start, draft.noun.start)) {
      draft.dropped = 'conditional';
      return;
    }
    // "plan to sign an agreement": the noun belongs to a base-form "sign", not to the signing elsewhere.
    let i = draft.noun.tokens[0] - 1;
    while (i >= 0 && DETERMINERS.has(tokens.lower(i))) i--;
    if (BASE_SIGNS.has(tokens.lower(i))) draft.dropped = 'a planned signing';
  },
};
