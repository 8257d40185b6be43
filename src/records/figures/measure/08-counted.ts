/** Measure 8: a counted noun with what qualifies it: "over 4,000 Kazakh students in Chinese universities". */
import type { MeasureParser } from '../_draft.js';
import { countedMeasure } from './_counted.js';

/** "over 4,000 Kazakh students in Chinese universities" -> "kazakh students in chinese universities". */
export const counted: MeasureParser = {
  name: 'counted',
  parse(draft) {
    return countedMeasure(draft.view, draft.q);
  },
};
