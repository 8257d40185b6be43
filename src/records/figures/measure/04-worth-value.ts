/**
 * Measure 4: "X worth Q", "X valued at Q", "X with a total value of Q": Q is the value of X.
 * "45 projects worth a total of $14.5 billion are being implemented" -> "value of projects being implemented".
 */
import type { MeasureParser, Token } from '../_draft.js';
import { VALUE_NOUNS } from '../lang/en.js';
import { countedMeasure } from './_counted.js';
import { isFree, isWord, phraseBefore, predicateAfter, rangeText, skipFillerLeft } from './_phrase.js';

/** Words between the valued thing and its cue: "projects with a total value of", "projects, worth". */
const BRIDGE = new Set(['with', 'a', 'total', 'combined', 'estimated', ',', 'overall', 'price']);

/** Index left of the value cue ending at k ("worth", "valued at", "value of", "costing"), or -2. */
function cueLeft(tokens: Token[], k: number): number {
  const token = tokens[k];
  if (!isFree(token)) return -2;
  if (token.lower === 'worth' || token.lower === 'costing') return k - 1;
  if (token.lower === 'at' && isWord(tokens[k - 1], 'valued')) return k - 2;
  if (token.lower === 'of' && VALUE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return k - 2;
  // "with a total value of", "a combined price tag of": the filler before the quantity already took "of".
  if (VALUE_NOUNS.has(token.lower)) return k - 1;
  return -2;
}

export const worthValue: MeasureParser = {
  name: 'worth-value',
  parse(draft) {
    const { view } = draft;
    const { tokens } = view;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 0 || draft.quantity.unit === 'count' || draft.quantity.unit === 'percent') return null;
    let k = cueLeft(tokens, skipFillerLeft(tokens, first - 1));
    if (k === -2) return null;
    for (let steps = 0; k >= 0 && steps < 4 && BRIDGE.has((tokens[k] as Token).lower); steps++) k--;
    const owner = tokens[k];
    if (owner && owner.quantity >= 0) {
      const countedOwner = countedMeasure(view, owner.quantity);
      if (!countedOwner) return null;
      return { measure: `value of ${countedOwner.measure}`, ranges: countedOwner.ranges };
    }
    const phrase = phraseBefore(view, k);
    if (!phrase) return null;
    const predicate = predicateAfter(tokens, last + 1);
    const ranges = predicate ? [phrase, predicate] : [phrase];
    return { measure: `value of ${rangeText(view, ranges)}`, ranges };
  },
};
