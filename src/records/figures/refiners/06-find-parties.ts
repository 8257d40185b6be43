/**
 * Refiner 6: the countries a figure is about. Countries named in the measure first, then in the clause, then in the
 * sentence, until two are found; none, or one of the document's main pair, means the main pair.
 */
import type { Draft, FigureRefiner, Token } from '../_draft.js';

/** Adds the codes of tokens[from..to] to `found`, in order, until it holds two. */
function collect(tokens: Token[], from: number, to: number, found: string[]): void {
  for (let k = from; k <= to && found.length < 2; k++) addCodes(tokens[k] as Token, found);
}

/** Adds a token's codes that `found` lacks (all of them: a token naming two countries may make it three). */
function addCodes(token: Token, found: string[]): void {
  if (!token.codes) return;
  for (const code of token.codes) if (!found.includes(code)) found.push(code);
}

/**
 * Codes named around a draft: measure, then its clause, then its sentence. The clause and the sentence are read
 * through the view's country tokens only, so a sentence of many figures costs no walk over all its words per figure.
 */
export function namedCountries(draft: Draft): string[] {
  const { tokens, countryTokens } = draft.view;
  const found: string[] = [];
  if (draft.cell) {
    // A table cell: the heading that names its measure, then the caption ("Foreign trade of Kazakhstan with China").
    for (const token of draft.cell.measureTokens) if (found.length < 2) addCodes(token, found);
    for (const token of draft.cell.contextTokens) if (found.length < 2) addCodes(token, found);
  }
  for (const [from, to] of draft.measureRanges) collect(tokens, from, to, found);
  for (const end of [draft.flow?.from, draft.flow?.to]) if (end && !found.includes(end)) found.push(end);
  const [first] = draft.view.quantityTokens[draft.q] ?? [0, 0];
  const clause = tokens[first]?.clause ?? 0;
  for (let i = 0; i < countryTokens.length && found.length < 2; i++) {
    const token = tokens[countryTokens[i] as number] as Token;
    if (token.clause === clause) addCodes(token, found);
  }
  for (let i = 0; i < countryTokens.length && found.length < 2; i++) {
    addCodes(tokens[countryTokens[i] as number] as Token, found);
  }
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
