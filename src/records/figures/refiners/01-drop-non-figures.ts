/**
 * Refiner 1: quantities that are not figures of the report, dropped before any work is spent on them:
 * parts of a time ("15 years" in "over the past 15 years"), quantities with no number, and counts of the parties
 * themselves ("the two countries", "both sides"). Their tokens are released so that measures may read through them
 * ("trade between the two countries").
 */
import type { Draft, FigureRefiner, Token } from '../_draft.js';
import { DETERMINERS, NUMBER_WORDS, PARTY_NOUNS, REFERENCE_ADJECTIVES } from '../lang/en.js';

/** Counts of parties up to this value are references to them ("the two sides"), not figures. */
const MAX_PARTY_COUNT = 3;

/**
 * The first counted word of a count: "neighbours" in "two neighbours traded goods" (the quantity stage may run its
 * noun on past the verb, giving the noun "goods").
 */
function countedWord(draft: Draft, first: number, last: number): string | null {
  const { tokens } = draft.view;
  for (let k = first; k <= last; k++) {
    const token = tokens[k] as Token;
    // Matches the "4" of "4,700"; must not match "neighbours".
    if (!token.isWord || NUMBER_WORDS.has(token.lower) || /\d/.test(token.lower)) continue;
    return token.lower;
  }
  return null;
}

/** Why a draft is not a figure, or null when it may be one. */
function notFigure(draft: Draft): string | null {
  const q = draft.quantity;
  const { tokens } = draft.view;
  const [first, last] = draft.view.quantityTokens[draft.q] ?? [-1, -1];
  if (first >= 0 && (tokens[first]?.time ?? -1) >= 0) return 'part of a time';
  if (q.value === null && q.low === null && q.high === null && !q.isMultiplier && !q.change)
    return 'no number';
  if (
    q.unit === 'count' &&
    q.noun &&
    (PARTY_NOUNS.has(q.noun) || PARTY_NOUNS.has(countedWord(draft, first, last) ?? ''))
  ) {
    const before = tokens[first - 1]?.lower ?? '';
    if ((q.value !== null && q.value <= MAX_PARTY_COUNT) || DETERMINERS.has(before))
      return 'the parties themselves';
  }
  // "the two largest cities": a definite count with a superlative picks things out, it does not count them.
  if (q.unit === 'count' && tokens[first - 1]?.lower === 'the') {
    const adjective = tokens[first + 1]?.lower ?? '';
    if (REFERENCE_ADJECTIVES.has(adjective)) return 'a reference ("the two largest ...")';
  }
  return null;
}

export const dropNonFigures: FigureRefiner = (drafts, env) =>
  drafts.filter((draft) => {
    const reason = notFigure(draft);
    if (reason === null) return true;
    env.ctx.debug(() => `figures: "${draft.quantity.text}" dropped: ${reason}`);
    for (const token of draft.view.tokens as Token[]) if (token.quantity === draft.q) token.quantity = -1;
    return false;
  });
