/**
 * Refiner 5: the countries a figure is about. Countries named in the measure first, then in the clause, then in the
 * sentence, until two are found; none, or one of the document's main pair, means the main pair.
 */
import type { Draft, FigureRefiner, Token } from '../_draft.js';

/** Adds the codes of tokens[from..to] to `found`, in order, stopping at `limit` codes. */
function collect(
  tokens: Token[],
  from: number,
  to: number,
  found: string[],
  keep: (t: Token) => boolean,
): void {
  for (let k = from; k <= to && found.length < 2; k++) {
    const token = tokens[k] as Token;
    if (!token.codes || !keep(token)) continue;
    for (const code of token.codes) if (!found.includes(code)) found.push(code);
  }
}

/** Codes named around a draft: measure, then its clause, then its sentence. */
export function namedCountries(draft: Draft): string[] {
  const { tokens } = draft.view;
  const found: string[] = [];
  for (const [from, to] of draft.measureRanges) collect(tokens, from, to, found, () => true);
  for (const end of [draft.flow?.from, draft.flow?.to]) if (end && !found.includes(end)) found.push(end);
  const [first] = draft.view.quantityTokens[draft.q] ?? [0, 0];
  const clause = tokens[first]?.clause ?? 0;
  if (found.length < 2) collect(tokens, 0, tokens.length - 1, found, (t) => t.clause === clause);
  if (found.length < 2) collect(tokens, 0, tokens.length - 1, found, () => true);
  return found;
}

export const findParties: FigureRefiner = (drafts, env) => {
  for (const draft of drafts) {
    const named = namedCountries(draft);
    const usePair = named.length === 0 || (named.length === 1 && env.pair().includes(named[0] as string));
    draft.parties = usePair ? [...env.pair()] : named.sort();
  }
  return drafts;
};
