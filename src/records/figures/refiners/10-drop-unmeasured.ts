/** Refiner 10: bare counts that measure nothing ("in 45 of the cases", "Article 12") are not figures of the report. */
import type { FigureRefiner } from '../_draft.js';

export const dropUnmeasured: FigureRefiner = (drafts, env) =>
  drafts.filter((draft) => {
    const bare = draft.unit === 'count' && !draft.quantity.noun && draft.measure === null;
    if (bare) env.ctx.debug(() => `figures: "${draft.quantity.text}" dropped: a count of nothing`);
    return !bare;
  });
