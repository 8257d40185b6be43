/** Measure 12: a figure whose verb is left out: "exports reached $7.1 billion and imports from China $8.7 billion". */
import type { MeasureParser, Token } from '../_draft.js';
import { phraseBefore, rangeText } from './_phrase.js';

/** Words before the noun phrase of a figure with a left-out verb: "and imports from China $8.7 billion". */
const GAP_OPENERS = new Set(['and', 'while', 'whereas', ',']);

/**
 * "Exports to China reached $7.1 billion and imports from China $8.7 billion" -> "imports from china" for the
 * second amount. The phrase must stand right before the quantity, follow "and" or a comma, and name an indicator.
 */
export const gapped: MeasureParser = {
  name: 'gapped',
  parse(draft, env) {
    const { view } = draft;
    const [first] = view.quantityTokens[draft.q] ?? [-1, -1];
    if (first < 1) return null;
    const range = phraseBefore(view, first - 1);
    if (!range || range[1] !== first - 1) return null;
    if (!GAP_OPENERS.has(view.tokens[range[0] - 1]?.lower ?? '')) return null;
    const words: string[] = [];
    for (let k = range[0]; k <= range[1]; k++) words.push((view.tokens[k] as Token).lower);
    return env.taxonomy.hasTerm(words) ? { measure: rangeText(view, [range]), ranges: [range] } : null;
  },
};
