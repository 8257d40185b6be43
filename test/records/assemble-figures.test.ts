/** The figure stage on hand-built mentions (no mention extractor involved), with a fixed reference date. */
import { describe, expect, it } from 'vitest';
import { figuresOf, mentions } from './_mentions.js';

const Y2023 = { label: '2023', start: '2023-01-01', end: '2023-12-31' };
const NEAR_FUTURE = { label: 'near future', start: null, end: null };
const SPAN_15 = { label: '2009-2024', start: '2009-01-01', end: '2024-07-03' };

describe('assembleFigures on the seed patterns', () => {
  it('reads "with bilateral trade reaching $41 billion last year" and "double this figure"', () => {
    const text =
      "Tokayev highlighted that China is Kazakhstan's leading trading partner, with bilateral trade reaching $41 billion last year, and plans to double this figure in the near future.";
    const figures = figuresOf([
      mentions(text, {
        q: [
          { text: '$41 billion', value: 41e9, unit: 'USD' },
          { text: 'double this figure', isMultiplier: true, change: { factor: 2 }, unit: 'factor' },
        ],
        t: [
          { text: 'last year', period: Y2023 },
          { text: 'in the near future', period: NEAR_FUTURE, role: 'deadline' },
        ],
        c: [
          { text: 'China', code: 'CN' },
          { text: 'Kazakhstan', code: 'KZ' },
        ],
      }),
    ]);
    expect(figures).toMatchObject([
      {
        value: 41e9,
        unit: 'USD',
        measure: 'bilateral trade',
        indicator: 'trade.total',
        parties: ['CN', 'KZ'],
        period: Y2023,
        kind: 'actual',
        direction: null,
      },
      {
        text: 'double this figure',
        value: 82e9,
        unit: 'USD',
        measure: 'bilateral trade',
        indicator: 'trade.total',
        parties: ['CN', 'KZ'],
        period: NEAR_FUTURE,
        kind: 'target',
      },
    ]);
  });

  it('gives a record with exactly the fields of Figure, offsets in the document', () => {
    const text = 'Chinese investments in Kazakhstan, amounting to about $25 billion over the past 15 years.';
    const [figure] = figuresOf([
      mentions(
        text,
        {
          q: [{ text: 'about $25 billion', value: 25e9, unit: 'USD', approx: 'about' }],
          t: [{ text: 'over the past 15 years', period: SPAN_15, role: 'span' }],
          c: [
            { text: 'Chinese', code: 'CN' },
            { text: 'Kazakhstan', code: 'KZ' },
          ],
        },
        4,
        1000,
      ),
    ]);
    expect(Object.keys(figure ?? {}).sort()).toEqual(
      [
        'approx',
        'change',
        'direction',
        'end',
        'high',
        'indicator',
        'kind',
        'low',
        'measure',
        'parties',
        'period',
        'sentence',
        'start',
        'text',
        'unit',
        'value',
      ].sort(),
    );
    expect(figure).toMatchObject({
      start: 1000 + text.indexOf('about'),
      end: 1000 + text.indexOf(' over'),
      measure: 'chinese investments in kazakhstan',
      direction: { from: 'CN', to: 'KZ' },
      period: SPAN_15,
      sentence: text,
    });
  });
});

describe('what is not a figure', () => {
  it.each([
    [
      'a quantity inside a time',
      'Relations grew over the past 15 years.',
      { text: '15 years', value: 15, noun: 'years' },
      'over the past 15 years',
    ],
    [
      'the parties themselves',
      'The two countries signed a statement.',
      { text: 'two countries', value: 2, noun: 'countries' },
      null,
    ],
    ['a count of nothing', 'Article 12 was amended.', { text: '12', value: 12 }, null],
    [
      'a multiplier with nothing before it',
      'They plan to double this figure.',
      { text: 'double this figure', isMultiplier: true, change: { factor: 2 }, unit: 'factor' },
      null,
    ],
    ['a quantity with no number', 'Trade rose.', { text: 'rose', value: null }, null],
  ])('%s: %s', (_why, text, quantity, time) => {
    const spec = time
      ? { q: [quantity], t: [{ text: time, period: SPAN_15, role: 'span' as const }] }
      : { q: [quantity] };
    expect(figuresOf([mentions(text, spec)])).toEqual([]);
  });

  it('skips sentences without quantities and returns [] for none', () => {
    expect(figuresOf([mentions('No numbers here.', {})])).toEqual([]);
    expect(figuresOf([])).toEqual([]);
  });
});

describe('parties and the main pair', () => {
  it.each([
    ['no country named: the pair', 'Trade reached $5 billion.', [], ['DE', 'FR'], ['DE', 'FR']],
    [
      'one of the pair named: the pair',
      'German exports reached $5 billion.',
      [{ text: 'German', code: 'DE' }],
      ['DE', 'FR'],
      ['DE', 'FR'],
    ],
    [
      'one outside the pair: that one',
      'Polish exports reached $5 billion.',
      [{ text: 'Polish', code: 'PL' }],
      ['DE', 'FR'],
      ['PL'],
    ],
    [
      'two named: those two',
      'Trade between Spain and Italy reached $5 billion.',
      [
        { text: 'Spain', code: 'ES' },
        { text: 'Italy', code: 'IT' },
      ],
      ['DE', 'FR'],
      ['ES', 'IT'],
    ],
  ])('%s', (_why, text, countries, pair, parties) => {
    const [figure] = figuresOf(
      [mentions(text, { q: [{ text: '$5 billion', value: 5e9, unit: 'USD' }], c: countries })],
      pair,
    );
    expect(figure?.parties).toEqual(parties);
  });
});
