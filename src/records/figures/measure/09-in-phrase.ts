/** Measure 9: "Q in X" where X names what the money is: "$25 billion in Chinese investment", "$1 billion in loans". */
import type { MeasureParser, Token } from '../_draft.js';
import { IN_PHRASE_NOUNS } from '../lang/en.js';
import { isWord, phraseAfter, rangeText } from './_phrase.js';

/** "$25 billion in Chinese investment" -> "chinese investment"; "$25 billion in Kazakhstan" and "in 2023" are not. */
export const inPhrase: MeasureParser = {
  name: 'in-phrase',
  parse(draft, env) {
    if (draft.quantity.noun) return null;
    const { view } = draft;
    const { tokens } = view;
    const [, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (last < 0 || !isWord(tokens[last + 1], 'in')) return null;
    const range = phraseAfter(view, last + 2);
    if (!range) return null;
    const words: string[] = [];
    let named = true;
    for (let k = range[0]; k <= range[1]; k++) {
      const token = tokens[k] as Token;
      words.push(token.lower);
      if (!token.isCap && !token.codes) named = false;
    }
    if (named) return null;
    if (!words.some((w) => IN_PHRASE_NOUNS.has(w)) && !env.taxonomy.hasTerm(words)) return null;
    return { measure: rangeText(view, [range]), ranges: [range] };
  },
};
