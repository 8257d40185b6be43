import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/knowledge/series.js';
import { trackTargets } from '../../src/knowledge/targets.js';
import { stored } from './_figures.js';

const byYear = (year: number, value: number) =>
  stored({ value, period: { label: String(year), start: `${year}-01-01`, end: `${year}-12-31` } });
const target = (value: number, published: string, end: string | null, label: string) =>
  stored({ kind: 'target', value, published, period: { label, start: null, end } });

describe('targets', () => {
  it('tracks the latest target against the latest whole-year actual, with revisions and the pace needed', () => {
    const figures = [
      byYear(2022, 24e9),
      byYear(2023, 31.4e9),
      stored({ value: 15.8e9, period: { label: '2024-H1', start: '2024-01-01', end: '2024-06-30' } }),
      target(35e9, '2023-01-16', '2030-12-31', 'by 2030'),
      target(35e9, '2023-01-16', '2030-12-31', 'by 2030'),
      target(40e9, '2023-05-19', '2030-12-31', 'by 2030'),
    ];
    const [tracked, ...rest] = trackTargets(figures, buildSeries(figures));
    expect(rest).toEqual([]);
    expect(tracked?.current.value).toBe(40e9);
    expect(tracked?.revisions.map((r) => [r.value, r.published])).toEqual([[35e9, '2023-01-16']]);
    expect(tracked?.latest).toMatchObject({ value: 31.4e9, period: { label: '2023' } });
    expect(tracked?.progress).toBe(0.785);
    // (40 / 31.4) ^ (1 / 7 years) - 1
    expect(tracked?.paceNeeded).toBe(0.035);
  });

  it('has no progress without an actual and no pace without a deadline', () => {
    const figures = [target(82e9, '2024-07-03', null, 'near future')];
    const [tracked] = trackTargets(figures, buildSeries(figures));
    expect(tracked).toMatchObject({ progress: null, paceNeeded: null, latest: null, revisions: [] });
  });
});
