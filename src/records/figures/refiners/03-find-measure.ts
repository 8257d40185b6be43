/** Refiner 3: the measure of each quantity, from the first measure parser that matches. */
import type { FigureRefiner, MeasureParser } from '../_draft.js';
import { MEASURE_PARSERS } from '../measure/index.js';

/** Runs the measure parsers in order on every draft; builds the refiner for a given list (tests pass their own). */
export function createFindMeasure(parsers: readonly MeasureParser[] = MEASURE_PARSERS): FigureRefiner {
  return (drafts, env) => {
    for (const draft of drafts) {
      // A table cell's measure comes from its headings (refiner 2).
      if (draft.cell) continue;
      for (const parser of parsers) {
        const found = parser.parse(draft, env);
        if (!found) continue;
        draft.measure = found.measure === '' ? null : found.measure;
        draft.measureRanges = found.ranges;
        draft.measureRule = parser.name;
        draft.refersBack = found.refersBack ?? false;
        draft.flow = found.flow ?? null;
        env.ctx.debug(() => `figures: "${draft.quantity.text}" measure "${found.measure}" (${parser.name})`);
        break;
      }
    }
    return drafts;
  };
}

export const findMeasure: FigureRefiner = createFindMeasure();
