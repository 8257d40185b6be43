import { describe, expect, it } from 'vitest';
import { buildObservations } from '../../src/knowledge/observations.js';
import { buildSeries } from '../../src/knowledge/series.js';
import { sourceKind } from '../../src/knowledge/source-kind.js';
import { statedReporter } from '../../src/knowledge/stated-reporter.js';
import { stored } from './_figures.js';

describe('observations', () => {
  it('groups sources of one figure, counts distinct outlets and follows the official source', () => {
    const [observation, ...rest] = buildObservations([
      stored({ document: 'a', outlet: 'Central Asia Wire', value: 31.4e9, published: '2024-02-20' }),
      stored({
        document: 'b',
        outlet: 'Bureau of National Statistics of Kazakhstan',
        value: 31.4e9,
        published: '2024-02-12',
      }),
      stored({
        document: 'b',
        outlet: 'Bureau of National Statistics of Kazakhstan',
        value: 31.4e9,
        ord: 99,
      }),
      stored({ document: 'c', outlet: 'Steppe Business Review', value: 31.5e9, published: '2024-03-01' }),
    ]);
    expect(rest).toEqual([]);
    expect(observation?.sources.map((s) => s.document)).toEqual(['a', 'b', 'c']);
    expect(observation?.corroboration).toBe(3);
    expect(observation?.conflict).toBeNull();
    expect(observation?.consensus).toEqual({
      value: 31.4e9,
      document: 'b',
      outlet: 'Bureau of National Statistics of Kazakhstan',
      reason: 'an official source outranks 2 sources of lower kind',
    });
  });

  it('takes only actual figures with a value, an indicator and a period', () => {
    const observations = buildObservations([
      stored({ kind: 'target' }),
      stored({ value: null, low: 3e9, high: 5e9 }),
      stored({ indicator: null }),
      stored({ period: null }),
      stored({ kind: 'change', unit: 'percent', value: 30 }),
    ]);
    expect(observations).toEqual([]);
  });

  it.each([
    [
      'mirror statistics',
      [
        stored({ value: 41e9, sentence: "According to China's customs, trade reached $41 billion." }),
        stored({
          value: 31.4e9,
          sentence: 'Trade was $31.4 billion.',
          outlet: 'Bureau of National Statistics of Kazakhstan',
        }),
      ],
    ],
    [
      'scale misprint',
      [
        stored({ value: 27e9, text: '$27 billion' }),
        stored({ value: 27.5e6, text: '$27-28 million', outlet: 'Steppe Business Review' }),
      ],
    ],
    [
      'partial year',
      [
        stored({ value: 31.4e9, published: '2024-02-12' }),
        stored({ value: 15.8e9, published: '2023-08-06', outlet: 'Ministry' }),
      ],
    ],
    [
      'rounding or about',
      [stored({ value: 25e9, approx: 'about' }), stored({ value: 26.8e9, outlet: 'Eurasia Trade Journal' })],
    ],
    [
      'one report gives both',
      [
        stored({ document: 'a', value: 45, unit: 'count', text: '45 key projects' }),
        stored({
          document: 'a',
          value: 100,
          unit: 'count',
          text: 'about 100 joint investment projects',
          ord: 2,
        }),
        stored({ document: 'b', value: 45, unit: 'count', outlet: 'Eurasia Trade Journal' }),
      ],
    ],
    [null, [stored({ value: 24e9 }), stored({ value: 31.2e9, outlet: 'Eurasia Trade Journal' })]],
  ] as const)('names the cause of a conflict: %s', (cause, figures) => {
    const [observation] = buildObservations(figures);
    expect(observation?.conflict?.cause ?? null).toBe(cause);
    expect(observation?.conflict?.sides).toHaveLength(2);
  });

  it('reports the spread and keeps sources within the tolerance on one side', () => {
    const [observation] = buildObservations(
      [stored({ value: 40e9 }), stored({ value: 41e9, outlet: 'B' }), stored({ value: 50e9, outlet: 'C' })],
      { tolerance: 0.05 },
    );
    expect(observation?.conflict?.spread).toBe(0.25);
    expect(observation?.conflict?.sides.map((s) => s.sources.length)).toEqual([2, 1]);
    const [loose] = buildObservations([stored({ value: 40e9 }), stored({ value: 50e9, outlet: 'C' })], {
      tolerance: 0.3,
    });
    expect(loose?.conflict).toBeNull();
  });
});

describe('series', () => {
  it('orders observations by period and separates directions, units and grains', () => {
    const series = buildSeries([
      stored({ value: 15.8e9, period: { label: '2024-H1', start: '2024-01-01', end: '2024-06-30' } }),
      stored({ period: { label: '2023', start: '2023-01-01', end: '2023-12-31' } }),
      stored({ value: 31.2e9, period: { label: '2022', start: '2022-01-01', end: '2022-12-31' } }),
      stored({ indicator: 'trade.exports', direction: { from: 'KZ', to: 'CN' }, value: 14.7e9 }),
      stored({ unit: 'EUR', value: 30e9 }),
    ]);
    expect(series.map((s) => s.key)).toEqual([
      'trade.total|CN,KZ||USD|year',
      'trade.exports|CN,KZ|KZ>CN|USD|year',
      'trade.total|CN,KZ||EUR|year',
      'trade.total|CN,KZ||USD|half',
    ]);
    expect(series[0]?.observations.map((o) => o.period.label)).toEqual(['2022', '2023']);
  });
});

describe('source kinds and reporters', () => {
  it.each([
    ['Ministry of Trade and Integration of Kazakhstan (press service)', 'official'],
    ['Bureau of National Statistics of Kazakhstan (press release)', 'official'],
    ['General Administration of Customs', 'official'],
    ['Kazakhstan Temir Zholy', 'implementing agency'],
    ['World Bank', 'international body'],
    ['UN Comtrade', 'international body'],
    ['Central Asia Wire', 'media'],
    [null, 'other'],
  ])('%s is %s', (outlet, kind) => {
    expect(sourceKind(outlet)).toBe(kind);
  });

  it('lets the user set an outlet kind', () => {
    expect(sourceKind('Kazinform', new Map([['kazinform', 'official']]))).toBe('official');
  });

  it.each([
    ["According to China's customs, trade reached $41 billion.", null, 'CN'],
    ['The Kazakh statistics office put it at $31.4 billion.', null, 'KZ'],
    ['Data of the General Administration of Customs of China show growth.', null, 'CN'],
    ['Trade hit $31.4 billion.', 'Bureau of National Statistics of Kazakhstan', 'KZ'],
    ['Customs reform continues.', null, null],
    ['Trade hit $31.4 billion.', 'Central Asia Wire', null],
  ])('statedReporter(%j, %j) is %j', (sentence, outlet, expected) => {
    expect(statedReporter(sentence, outlet)).toBe(expected);
  });
});
