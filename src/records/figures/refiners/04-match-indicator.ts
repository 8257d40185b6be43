/**
 * Refiner 4: the indicator code of each measure, from the taxonomy ("bilateral trade" in USD -> trade.total).
 * A multiplier with no value yet ("to double trade") has no unit of its own: any unit fits, except that a "value of"
 * is money ("the value of farm shipments has more than doubled" is not a freight volume).
 */
import type { FigureRefiner } from '../_draft.js';

/** ISO 4217 "no currency": stands for any money when the figure's own unit is not known yet. */
const ANY_MONEY = 'XXX';

export const matchIndicator: FigureRefiner = (drafts, env) => {
  for (const draft of drafts) {
    const unitless = draft.value === null && draft.quantity.isMultiplier;
    const unit = !unitless ? draft.unit : draft.measure?.startsWith('value of ') ? ANY_MONEY : null;
    draft.indicator = env.taxonomy.match(draft.measure, unit);
  }
  return drafts;
};
