/** Every development case, end to end through the mention extractors and the figure stage (reference date fixed per case). */
import { describe, expect, it } from 'vitest';
import { pick, runCase } from './_run-case.js';
import { DEV_SET } from './dev-set.js';

const asserted = DEV_SET.filter((c) => !c.knownGap);

describe('figure development set', () => {
  it('has at least 200 cases, negatives among them', () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(200);
    expect(DEV_SET.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(asserted.map((c) => [c.pattern, c.sentence, c] as const))(
    '%s: %s',
    (_pattern, _sentence, devCase) => {
      const figures = runCase(devCase);
      expect(figures.map(pick)).toEqual(devCase.expected.map(pick));
    },
  );

  // Cases the extractor still gets wrong, named in the data with the reason. They are not hidden: this test
  // fails as soon as one of them comes out right, so that it moves into the asserted set.
  it.each(DEV_SET.filter((c) => c.knownGap).map((c) => [c.knownGap, c.sentence, c] as const))(
    'known gap (%s): %s',
    (_gap, _sentence, devCase) => {
      const figures = runCase(devCase);
      expect(figures.map(pick)).not.toEqual(devCase.expected.map(pick));
    },
  );
});
