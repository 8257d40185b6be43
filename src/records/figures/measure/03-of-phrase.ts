/** Measure 3: "Q of X", "Q worth of X", "a Q share of X": the phrase after "of". */
import type { MeasureParser } from '../_draft.js';
import { inSubjectPosition, isWord, phraseAfter, rangeText } from './_phrase.js';

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

/** "1.2 million tonnes of wheat" -> "wheat"; "18% of Kazakhstan's trade" -> "kazakhstan's trade". Counted nouns are not. */
export const ofPhrase: MeasureParser = {
  name: 'of-phrase',
  parse(draft) {
    if (draft.quantity.noun) return null;
    const { tokens } = draft.view;
    const [first, last] = draft.view.quantityTokens[draft.q] ?? [-1, -1];
    let k = last + 1;
    if (isWord(tokens[k], 'worth') || isWord(tokens[k], 'share')) k++;
    if (!isWord(tokens[k], 'of')) return null;
    const range = phraseAfter(draft.view, k + 1, inSubjectPosition(draft.view, first));
    if (!range) return null;
    const measure = rangeText(draft.view, [range]);
    return EMPTY.has(measure) ? null : { measure, ranges: [range] };
  },
};
