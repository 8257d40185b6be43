/**
 * The measure of a counted noun, shared by the counted and value-of parsers: "over 4,700 enterprises with Chinese
 * capital", "45 projects worth $14.5 billion are currently being implemented" -> "projects being implemented".
 */
import type { MeasureMatch, SentenceView, Token, TokenRange } from '../_draft.js';
import { NUMBER_WORDS, POST_PREPOSITIONS, WORTH_CUES } from '../lang/en.js';
import { inSubjectPosition, isFree, phraseAfter, predicateAfter, rangeText, trimRange } from './_phrase.js';

/** Most tokens between a worth cue and its quantity ("worth a total of"). */
const WORTH_GAP = 5;

/** Token after "worth (a total of) Q" when it starts at k, else k: the predicate may follow the value. */
function skipWorth(view: SentenceView, k: number): number {
  const { tokens } = view;
  if (!isFree(tokens[k]) || !WORTH_CUES.has((tokens[k] as Token).lower)) return k;
  for (let j = k + 1; j < tokens.length && j - k <= WORTH_GAP; j++) {
    const q = (tokens[j] as Token).quantity;
    if (q >= 0) return (view.quantityTokens[q] as TokenRange)[1] + 1;
  }
  return k;
}

/** The counted noun of quantity q with what qualifies it, or null when q counts nothing. */
export function countedMeasure(view: SentenceView, q: number): MeasureMatch | null {
  const quantity = view.quantities[q];
  if (quantity?.unit !== 'count' || !quantity.noun) return null;
  const { tokens } = view;
  const [first, last] = view.quantityTokens[q] ?? [-1, -1];
  if (first < 0) return null;
  let nounStart = last + 1;
  for (let k = last; k >= first; k--) {
    const token = tokens[k] as Token;
    // Matches the "4" in "4,700" and "45"; must not match "projects".
    if (/\d/.test(token.lower) || NUMBER_WORDS.has(token.lower) || !token.isWord) break;
    nounStart = k;
  }
  const head = nounStart <= last ? trimRange(tokens, nounStart, last) : null;
  if (!head) return null;
  let end = head[1];
  const next = tokens[end + 1];
  if (isFree(next) && POST_PREPOSITIONS.has(next.lower)) {
    const modifier = phraseAfter(view, end + 2, inSubjectPosition(view, first));
    if (modifier) end = modifier[1];
  }
  const ranges: TokenRange[] = [[head[0], end]];
  const predicate = predicateAfter(tokens, skipWorth(view, end + 1));
  if (predicate) ranges.push(predicate);
  return { measure: rangeText(view, ranges), ranges };
}
