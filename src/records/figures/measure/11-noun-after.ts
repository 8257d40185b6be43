/** Measure 11: an amount written before its noun: "Record $24 Billion Trade With China", "the $7 billion difference". */
import type { MeasureParser, Token } from '../_draft.js';
import { phraseAfter, rangeText } from './_phrase.js';

/** Determiners that open a noun phrase around the amount: "the $7 billion difference". */
const OPENERS = new Set(['the', 'a', 'an', 'this', 'that']);

/**
 * "Kazakhstan Reports Record $24 Billion Trade With China for 2022" -> "trade with china": a phrase that names an
 * indicator. "the $7 billion difference" -> "difference": after a determiner, one noun is enough. "$3 billion last
 * year" and "$5 billion, while" name nothing.
 */
export const nounAfter: MeasureParser = {
  name: 'noun-after',
  parse(draft, env) {
    const { quantity, view } = draft;
    if (quantity.unit === 'count' || quantity.unit === 'percent' || quantity.isMultiplier) return null;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (last < 0) return null;
    const range = phraseAfter(view, last + 1);
    if (!range || range[0] !== last + 1) return null;
    const words: string[] = [];
    for (let k = range[0]; k <= range[1]; k++) words.push((view.tokens[k] as Token).lower);
    const isNounPhrase = words.length === 1 && OPENERS.has(view.tokens[first - 1]?.lower ?? '');
    if (!isNounPhrase && !env.taxonomy.hasTerm(words)) return null;
    return { measure: rangeText(view, [range]), ranges: [range] };
  },
};
