/**
 * Step 5: the date: a day, month or year the sentence gives for the signing ("signed on 12 March 2023":
 * 2023-03-12; "signed in 2019": 2019), else the published date (the report tells of the signing it reports).
 * Deadlines ("by 2030") and stretches ("so far", "since 2019") are not dates of a signing.
 */
import { once } from '../../commitments/index.js';
import type { AgreementStep } from '../_draft.js';

// Matches "2019" and "2019-03"; must not match "2019-H1" or "near future".
const YEAR_OR_MONTH = /^\d{4}(?:-\d{2})?$/;

/** The step this file describes at its top. */
export const findDate: AgreementStep = {
  name: 'find-date',
  run(draft, env) {
    const times = once(draft.view, 'times', () => env.times.extract(draft.view.sentence, env.ctx));
    for (const time of times) {
      if (time.role !== 'point') continue;
      const { period } = time;
      if (period.start !== null && period.start === period.end) {
        draft.date = period.start;
        return;
      }
      if (period.start !== null && YEAR_OR_MONTH.test(period.label)) {
        draft.date = period.label;
        return;
      }
    }
    draft.date = env.ctx.published;
  },
};
