/**
 * Measure 6: the subject of a linking verb: "bilateral trade reached $41 billion", "with bilateral trade reaching Q",
 * "Chinese investments in Kazakhstan, amounting to Q", "exports ... doubled to $1 billion", "it is expected to reach Q".
 */
import type { Draft, MeasureParser, Token, TokenRange } from '../_draft.js';
import { CHANGE_WORDS, COMMA_PARTICIPLES, LEADING_ADVERBS, LINK_VERBS, TARGET_NOUNS } from '../lang/en.js';
import {
  backReferenceAt,
  matchPhraseLeft,
  phraseBefore,
  rangeText,
  skipFillerLeft,
  skipFrameLeft,
} from './_phrase.js';

/** "Kazakhstan and Uzbekistan aim to reach $10 billion in trade": countries are actors, not a measure. */
function onlyNames(tokens: Token[], [from, to]: TokenRange): boolean {
  for (let k = from; k <= to; k++) {
    const token = tokens[k] as Token;
    if (!token.codes && token.lower !== 'and') return false;
  }
  return true;
}

/** Prepositions before a gerund: "speak of reaching", "work towards reaching". */
const GERUND_PREPOSITIONS = new Set(['of', 'for', 'towards', 'toward', 'about', 'on', 'at']);

/** True when the mention carries its verb: "doubled to $1 billion", "more than doubled" (a multiplier: anywhere). */
function hasVerbInside(draft: Draft, first: number, last: number): boolean {
  const { tokens } = draft.view;
  const lead = (tokens[first] as Token).lower;
  if (CHANGE_WORDS.has(lead) || LINK_VERBS.has(lead)) return true;
  if (!draft.quantity.isMultiplier) return false;
  for (let k = first + 1; k <= last; k++) if (CHANGE_WORDS.has((tokens[k] as Token).lower)) return true;
  return false;
}

export const subject: MeasureParser = {
  name: 'subject',
  parse(draft) {
    const { view } = draft;
    const { tokens } = view;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 0) return null;
    let k = first - 1;
    // "doubled to $1 billion", "exceeded $5 billion" are one mention: the verb is inside, the subject right before it.
    if (!hasVerbInside(draft, first, last)) {
      let verbEnd = skipFillerLeft(tokens, k);
      // "trade turnover is now about $40 billion": a time or adverb may stand between the verb and the quantity.
      while (
        verbEnd >= 0 &&
        ((tokens[verbEnd] as Token).time >= 0 || LEADING_ADVERBS.has((tokens[verbEnd] as Token).lower))
      )
        verbEnd--;
      k = matchPhraseLeft(tokens, verbEnd, LINK_VERBS);
      if (k === -2) return null;
      const verb = tokens[k + 1] as Token;
      if (tokens[k]?.lower === ',' && COMMA_PARTICIPLES.has(verb.lower)) k--;
      // "speak of reaching $30 billion": a gerund after a preposition has no subject of its own.
      if (verb.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
    }
    k = skipFrameLeft(tokens, k);
    const reference = backReferenceAt(tokens, k);
    if (reference >= 0) {
      return { measure: rangeText(view, [[reference, k]]), ranges: [], refersBack: true };
    }
    const phrase = phraseBefore(view, k);
    if (!phrase || onlyNames(tokens, phrase)) return null;
    const measure = rangeText(view, [phrase]);
    // "the goal is to reach $80 billion": the goal names no measure; the figure before it in the sentence may.
    return TARGET_NOUNS.has(measure) ? null : { measure, ranges: [phrase] };
  },
};
