/** Measure 7: "X of Q": "two-way trade of $31.2 billion", "a trade turnover of $41 billion", "trade growth of 20%". */
import type { MeasureParser } from '../_draft.js';
import { CHANGE_NOUNS, LIGHT_NOUNS, TARGET_NOUNS } from '../lang/en.js';
import { isWord, phraseBefore, rangeText } from './_phrase.js';

/**
 * "customs data showed two-way trade of $31.2 billion" -> "two-way trade"; "an increase of 20%" and "a target of
 * $40 billion in trade" name nothing here (the next parsers read "in trade").
 */
export const nounOf: MeasureParser = {
  name: 'noun-of',
  parse(draft) {
    const { view } = draft;
    // "a list of 51 projects": a counted noun is its own measure.
    if (draft.quantity.noun) return null;
    const [first] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 1 || !isWord(view.tokens[first - 1], 'of')) return null;
    const phrase = phraseBefore(view, first - 2);
    if (!phrase) return null;
    const measure = rangeText(view, [phrase]);
    if (CHANGE_NOUNS.has(measure) || LIGHT_NOUNS.has(measure) || TARGET_NOUNS.has(measure)) return null;
    return { measure, ranges: [phrase] };
  },
};
