/**
 * Measure 1: a multiplier. "double this figure" / "triple it" refer back: the measure comes from the figure referred
 * to. "to double trade" names its own measure and refers back to the last figure of that indicator. A multiplier
 * with neither ("trade grew tenfold", "exports more than doubled") is left to the other parsers: a change with no
 * level.
 */
import type { MeasureParser, Token } from '../_draft.js';
import { BACK_REFERENCES } from '../lang/en.js';
import { phraseAfter, rangeText } from './_phrase.js';

// Matches "doubled", "tripled", "trebled", "quadrupled"; must not match "double", "doubling" or "triple".
const PAST_MULTIPLIER = /(?:bled|pled)$/;

export const backReference: MeasureParser = {
  name: 'back-reference',
  parse(draft) {
    if (!draft.quantity.isMultiplier) return null;
    const { view } = draft;
    const [first, last] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 0) return null;
    for (let k = first + 1; k <= last; k++) {
      const w = (view.tokens[k] as Token).lower;
      const pair = `${w} ${view.tokens[k + 1]?.lower ?? ''}`;
      if (BACK_REFERENCES.has(w) || (k < last && BACK_REFERENCES.has(pair))) {
        return { measure: '', ranges: [], refersBack: true };
      }
    }
    // "has more than doubled in two years" tells a change: only the base form and gerund plan one ("to double trade").
    if (PAST_MULTIPLIER.test((view.tokens[last] as Token).lower)) return null;
    const own = phraseAfter(view, last + 1);
    return own ? { measure: rangeText(view, [own]), ranges: [own], refersBack: true } : null;
  },
};
