/** Measure 7: "X of Q": "two-way trade of $31.2 billion", "a trade turnover of $41 billion", "trade growth of 20%". */
import type { MeasureParser, Token, TokenRange } from '../_draft.js';
import { CHANGE_NOUNS, LIGHT_NOUNS, TARGET_NOUNS } from '../lang/en.js';
import { isWord, phraseBefore, rangeText } from './_phrase.js';

/** Auxiliaries of the perfect: "had spoken of". */
const PERFECT = new Set(['has', 'have', 'had', 'having']);

/** True for a one-word phrase that is a participle after "has"/"had": "had spoken of $35 billion", "have talked of". */
function isPerfectVerb(tokens: Token[], [from, to]: TokenRange): boolean {
  const word = (tokens[from] as Token).lower;
  return (
    from === to && PERFECT.has(tokens[from - 1]?.lower ?? '') && (word.endsWith('en') || word.endsWith('ed'))
  );
}

/**
 * "customs data showed two-way trade of $31.2 billion" -> "two-way trade"; "an increase of 20%" and "a target of
 * $40 billion in trade" name nothing here (the next parsers read "in trade"); nor does "had spoken of $35 billion".
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
    if (isPerfectVerb(view.tokens, phrase)) return null;
    const measure = rangeText(view, [phrase]);
    if (CHANGE_NOUNS.has(measure) || LIGHT_NOUNS.has(measure) || TARGET_NOUNS.has(measure)) return null;
    return { measure, ranges: [phrase] };
  },
};
