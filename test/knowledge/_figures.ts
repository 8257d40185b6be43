import type { StoredFigure } from '../../src/types.js';

let ord = 0;

/** A stored figure for knowledge tests: trade.total CN-KZ USD actual of 2023 unless told otherwise. */
export function stored(over: Partial<StoredFigure> = {}): StoredFigure {
  return {
    text: '$41 billion',
    start: 0,
    end: 11,
    value: 41e9,
    low: null,
    high: null,
    unit: 'USD',
    approx: null,
    measure: 'trade',
    indicator: 'trade.total',
    parties: ['CN', 'KZ'],
    direction: null,
    period: { label: '2023', start: '2023-01-01', end: '2023-12-31' },
    kind: 'actual',
    change: null,
    sentence: 'Trade reached $41 billion in 2023.',
    document: `doc-${ord}`,
    ord: ord++,
    outlet: 'Central Asia Wire',
    published: '2024-02-01',
    source: 'a.txt',
    ...over,
  };
}
