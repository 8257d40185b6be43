/**
 * Measure 5: the object of a verb that sets a level: "to bring bilateral trade to $50 billion", "boost exports by 20%",
 * "customs put two-way trade at $31.2 billion".
 */
import type { MeasureParser, Token } from '../_draft.js';
import { BACK_REFERENCES, DETERMINERS, PUT_VERBS, RAISE_VERBS } from '../lang/en.js';
import { isFree, phraseBefore, rangeText } from './_phrase.js';

/** The verbs each preposition before the quantity goes with: "to"/"by" raise, "at" puts a value. */
function verbsFor(preposition: string): ReadonlySet<string> | null {
  if (preposition === 'to' || preposition === 'by') return RAISE_VERBS;
  return preposition === 'at' ? PUT_VERBS : null;
}

/**
 * "increase the trade turnover to $50 billion" -> "trade turnover"; "trade rose to $50 billion" is the subject's;
 * "raising the figure to $10 billion" refers back to the figure before it.
 */
export const raiseTo: MeasureParser = {
  name: 'raise-to',
  parse(draft) {
    const { view } = draft;
    const { tokens } = view;
    const [first] = view.quantityTokens[draft.q] ?? [-1, -1];
    // "widen the programme to 55 projects": a counted noun is its own measure.
    if (first < 0 || draft.quantity.noun) return null;
    let k = first - 1;
    let verbs = verbsFor((tokens[first] as Token).lower);
    if (!verbs) {
      const before = tokens[k];
      verbs = isFree(before) ? verbsFor(before.lower) : null;
      if (!verbs) return null;
      k--;
    }
    const phrase = phraseBefore(view, k);
    if (!phrase) return null;
    let v = phrase[0] - 1;
    while (v >= 0 && DETERMINERS.has((tokens[v] as Token).lower)) v--;
    const verb = tokens[v];
    if (!isFree(verb) || !verbs.has(verb.lower)) return null;
    const measure = rangeText(view, [phrase]);
    // "raising the figure to $10 billion": the figure is the one before; the reference refiner copies its measure.
    const determiner = phrase[0] > v + 1 ? (tokens[phrase[0] - 1] as Token).lower : '';
    if (BACK_REFERENCES.has(measure) || BACK_REFERENCES.has(`${determiner} ${measure}`))
      return { measure: '', ranges: [], refersBack: true };
    return { measure, ranges: [phrase] };
  },
};
