/** Measure 3: "Q of X", "Q worth of X", "a Q share of X": the phrase after "of". */
import type { MeasureParser } from '../_draft.js';
import { inSubjectPosition, isWord, phraseAfter, predicateAfter, rangeText } from './_phrase.js';

/** Phrases after "of" that name no measure: "of which", "of the total", "of them". */
const EMPTY = new Set([
  'which',
  'them',
  'it',
  'these',
  'those',
  'total',
  'all',
  'whom',
  'this',
  'that',
  'the total',
]);

/**
 * "1.2 million tonnes of wheat" -> "wheat"; "18% of Kazakhstan's trade" -> "kazakhstan's trade"; "1.2 million tonnes of
 * grain were shipped to China" -> "grain shipped to china". Counted nouns are not.
 */
export const ofPhrase: MeasureParser = {
  name: 'of-phrase',
  parse(draft) {
    if (draft.quantity.noun) return null;
    const { tokens } = draft.view;
    const [first, last] = draft.view.quantityTokens[draft.q] ?? [-1, -1];
    let k = last + 1;
    if (isWord(tokens[k], 'worth') || isWord(tokens[k], 'share')) k++;
    if (!isWord(tokens[k], 'of')) return null;
    const isSubject = inSubjectPosition(draft.view, first);
    const range = phraseAfter(draft.view, k + 1, isSubject);
    if (!range) return null;
    const measure = rangeText(draft.view, [range]);
    if (EMPTY.has(measure)) return null;
    // "1.2 million tonnes of Kazakh grain were shipped to China": the passive verb says what the quantity is.
    const predicate = isSubject ? predicateAfter(tokens, range[1] + 1) : null;
    const ranges = predicate ? [range, predicate] : [range];
    return { measure: rangeText(draft.view, ranges), ranges };
  },
};
