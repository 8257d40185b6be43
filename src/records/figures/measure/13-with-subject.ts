/**
 * Measure 13: an amount in a "with" phrase that tells how a clause came true: "Rail cargo between the two countries
 * set a record last year, with more than 28 million tonnes carried through the crossings" -> "rail cargo between the
 * two countries", the subject of the clause before.
 */
import type { MeasureParser, Token } from '../_draft.js';
import { isWord, phraseAfter, rangeText } from './_phrase.js';

/** True for a past participle right after the amount: "carried", "shipped", "handled". */
function isParticiple(token: Token | undefined): boolean {
  return (
    !!token && token.isWord && token.quantity < 0 && token.lower.length > 4 && token.lower.endsWith('ed')
  );
}

export const withSubject: MeasureParser = {
  name: 'with-subject',
  parse(draft, env) {
    const { view } = draft;
    const { tokens } = view;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 3 || !isWord(tokens[first - 1], 'with') || tokens[first - 2]?.lower !== ',') return null;
    if (!isParticiple(tokens[last + 1])) return null;
    // The subject opens the clause before the comma (the comma itself starts the "with" clause).
    const clause = tokens[first - 3]?.clause;
    let start = first - 3;
    while (start > 0 && (tokens[start - 1] as Token).clause === clause) start--;
    const range = phraseAfter(view, start, true);
    if (!range || range[0] !== start) return null;
    const words: string[] = [];
    for (let k = range[0]; k <= range[1]; k++) words.push((tokens[k] as Token).lower);
    return env.taxonomy.hasTerm(words) ? { measure: rangeText(view, [range]), ranges: [range] } : null;
  },
};
