/**
 * A document and its figures as a store of schema 6 kept them (one column per field), for the tests that upgrade
 * such a store to schema 7 (figures kept as their records) in SQLite and in PostgreSQL, and what must read back.
 */
import type { StoredFigure } from '../../src/types.js';
import { makeDocument, makeFigure } from './store-contract.js';

export const SIX_DOCUMENT = makeDocument('Trade reached $41 billion. Exports rose by 3 to 5 percent.', {
  source: 'six.txt',
  outlet: 'Steppe Business Review',
  published: '2024-07-03',
});

/** The documents row of schema 6, in the order of DOCUMENT_COLUMNS_6. */
export const DOCUMENT_COLUMNS_6 =
  'id, source, format, outlet, title, author, published, lang, text, sentences, ingested, extractor';
export const SIX_DOCUMENT_ROW = [
  SIX_DOCUMENT.id,
  SIX_DOCUMENT.source,
  'text',
  SIX_DOCUMENT.outlet,
  null,
  null,
  SIX_DOCUMENT.published,
  'en',
  SIX_DOCUMENT.text,
  JSON.stringify(SIX_DOCUMENT.sentences.flatMap((s) => [s.start, s.end])),
  '2024-07-04T00:00:00.000Z',
  'records-4',
];

/** The figures columns of schema 6; "end" is quoted for PostgreSQL, where it is a keyword. */
export const FIGURE_COLUMNS_6 = `document_id, ord, start, "end", text, value, low, high, unit, approx, measure, indicator,
  parties, direction_from, direction_to, period_label, period_start, period_end, kind, change, sentence,
  published, outlet, source, sort_date`;

const { id, outlet, published, source } = SIX_DOCUMENT;

/** Two figure rows: a dated total with a direction, and an undated range with no parties and a change. */
export const SIX_FIGURE_ROWS = [
  [
    id,
    0,
    14,
    25,
    '$41 billion',
    41e9,
    null,
    null,
    'USD',
    'about',
    'trade',
    'trade.total',
    'CN,KZ',
    'KZ',
    'CN',
    '2023',
    '2023-01-01',
    '2023-12-31',
    'actual',
    null,
    'Trade reached $41 billion.',
    published,
    outlet,
    source,
    '2023-12-31',
  ],
  [
    id,
    1,
    45,
    57,
    '3 to 5 percent',
    null,
    3,
    5,
    'percent',
    null,
    null,
    null,
    '',
    null,
    null,
    null,
    null,
    null,
    'change',
    '{"percent":4}',
    'Exports rose by 3 to 5 percent.',
    published,
    outlet,
    source,
    published,
  ],
];

/** Where a figure came from, keys in record order. */
const from = (ord: number) => ({ document: id, ord, outlet, published, source });

/** What listFigures must give after the upgrade: newest sort date first (the undated range sorts by published). */
export const SIX_STORED: StoredFigure[] = [
  {
    ...makeFigure({
      text: '3 to 5 percent',
      start: 45,
      end: 57,
      value: null,
      low: 3,
      high: 5,
      unit: 'percent',
      measure: null,
      indicator: null,
      parties: [],
      period: null,
      kind: 'change',
      change: { percent: 4 },
      sentence: 'Exports rose by 3 to 5 percent.',
    }),
    ...from(1),
  },
  {
    ...makeFigure({
      start: 14,
      end: 25,
      approx: 'about',
      direction: { from: 'KZ', to: 'CN' },
      sentence: 'Trade reached $41 billion.',
    }),
    ...from(0),
  },
];
