/** Measure 10: a noun between the quantity and a target word: "a $35 billion trade goal" -> "trade". */
import type { MeasureParser, Token } from '../_draft.js';
import { TARGET_NOUNS } from '../lang/en.js';
import { isFree, rangeText } from './_phrase.js';

/** Most words between the quantity and the target word. */
const MAX_WORDS = 2;

export const nounTarget: MeasureParser = {
  name: 'noun-target',
  parse(draft) {
    const { view } = draft;
    const [, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (last < 0) return null;
    for (let k = last + 1; k <= last + MAX_WORDS + 1; k++) {
      const token = view.tokens[k];
      if (!isFree(token)) return null;
      if (TARGET_NOUNS.has((token as Token).lower)) {
        return k > last + 1
          ? { measure: rangeText(view, [[last + 1, k - 1]]), ranges: [[last + 1, k - 1]] }
          : null;
      }
    }
    return null;
  },
};
