/**
 * Measure 6: the subject of a linking verb: "bilateral trade reached $41 billion", "with bilateral trade reaching Q",
 * "Chinese investments in Kazakhstan, amounting to Q", "exports ... doubled to $1 billion", "it is expected to reach Q".
 */
import type { MeasureParser, Token, TokenRange } from '../_draft.js';
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

export const subject: MeasureParser = {
  name: 'subject',
  parse(draft) {
    const { view } = draft;
    const { tokens } = view;
    const [first] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 0) return null;
    let k = first - 1;
    // "doubled to $1 billion", "exceeded $5 billion" are one mention: the verb is inside, the subject right before it.
    const lead = (tokens[first] as Token).lower;
    if (!CHANGE_WORDS.has(lead) && !LINK_VERBS.has(lead)) {
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
