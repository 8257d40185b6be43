/**
 * Refiner 3: the indicator code of each measure, from the taxonomy ("bilateral trade" in USD -> trade.total).
 * A multiplier with no value yet ("to double trade") has no unit of its own: any unit fits.
 */
import type { FigureRefiner } from '../_draft.js';

export const matchIndicator: FigureRefiner = (drafts, env) => {
  for (const draft of drafts) {
    const unitless = draft.value === null && draft.quantity.isMultiplier;
    draft.indicator = env.taxonomy.match(draft.measure, unitless ? null : draft.unit);
  }
  return drafts;
};
