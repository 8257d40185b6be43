/** Table headings: unit notes read by the quantity grammar, heading cells, and rows read with their heading row. */
import { describe, expect, it } from 'vitest';
import { createQuantityExtractor } from '../../src/mentions/quantities/index.js';
import { createTimeExtractor } from '../../src/mentions/time/index.js';
import { extractFigures } from '../../src/pipeline/extract.js';
import { createSentenceView } from '../../src/records/figures/sentence-view.js';
import { readHeading } from '../../src/records/figures/table/heading.js';
import { cellSpans, createTableReader } from '../../src/records/figures/table/read-table.js';
import { createNoteReader } from '../../src/records/figures/table/unit-note.js';
import type { Sentence } from '../../src/types.js';
import { textDocument } from '../helpers/text-document.js';

const ctx = { published: '2024-07-03', lang: 'en', debug: () => {} };
const quantities = createQuantityExtractor();
const times = createTimeExtractor();
const readNote = createNoteReader(quantities, ctx);

/** Sentences of lines, one a line, with document offsets. */
function lines(...texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text, index) => {
    const sentence = { index, start, end: start + text.length, text };
    start += text.length + 1;
    return sentence;
  });
}

function mentions(sentence: Sentence) {
  return {
    sentence,
    quantities: quantities.extract(sentence, ctx),
    times: times.extract(sentence, ctx),
    countries: [],
  };
}

/** The table reader over `sentences`, with their mentions computed as the figure stage computes them. */
function readerOf(sentences: Sentence[]) {
  return createTableReader({
    sentences,
    mentionsOf: (i) => mentions(sentences[i] as Sentence),
    hasQuantities: (i) => quantities.extract(sentences[i] as Sentence, ctx).length > 0,
    readNote,
  });
}

describe('unit notes', () => {
  it.each([
    ['$ billion', { unit: 'USD', exp: 9 }],
    ['US$ bn', { unit: 'USD', exp: 9 }],
    ['million US dollars', { unit: 'USD', exp: 6 }],
    ['in € million', { unit: 'EUR', exp: 6 }],
    ['thousand tonnes', { unit: 't', exp: 3 }],
    ['%', { unit: 'percent', exp: 0 }],
    ['thousand people', { unit: 'count', exp: 3 }],
  ])('reads %s', (note, expected) => {
    expect(readNote(note)).toEqual(expected);
  });

  it.each(['Exports', "China's customs", 'people', 'Trade turnover', ''])('reads no unit in "%s"', (note) => {
    expect(readNote(note)).toBeNull();
  });
});

describe('headings', () => {
  it('splits cells at "|", keeping empty ones', () => {
    expect(cellSpans('| 2022 | 2023')).toEqual([
      [0, 0],
      [1, 7],
      [8, 13],
    ]);
  });

  it('reads a label and the unit note after its comma, a year cell as a period', () => {
    const [row] = lines('Trade turnover, $ billion | 2023 | 2023 as % of 2022');
    const view = createSentenceView(mentions(row as Sentence));
    const [label, year, mixed] = cellSpans(view.sentence.text).map(([s, e]) =>
      readHeading(view, s, e, readNote),
    );
    expect(label).toMatchObject({
      label: 'trade turnover',
      period: null,
      mixed: false,
      note: { unit: 'USD', exp: 9 },
    });
    expect(year).toMatchObject({ label: '', mixed: false, note: null, period: { label: '2023' } });
    expect(mixed).toMatchObject({ mixed: true, period: { label: '2022' } });
  });

  it('gives a row the headings of its table: the first row and the caption above it', () => {
    const sentences = lines(
      'Kazakh exports to China, $ million',
      'Year | Value | Growth, %',
      '2022 | 13,200 | 15.2',
      '2023 | 14,700 | 11.4',
    );
    const read = readerOf(sentences);
    const table = read(mentions(sentences[3] as Sentence));
    expect(table?.cells).toHaveLength(3);
    expect(table?.row?.period?.label).toBe('2023');
    expect(table?.columns.map((c) => c?.label)).toEqual(['year', 'value', 'growth']);
    expect(table?.columns[2]?.note).toEqual({ unit: 'percent', exp: 0 });
    expect(table?.caption).toMatchObject({ label: 'kazakh exports to china', note: { unit: 'USD', exp: 6 } });
  });

  it('takes the nearest row of headings above, so a table right under another has its own', () => {
    const sentences = lines(
      'Year | Trade, $ billion',
      '2023 | 41.0',
      'Year | Exports to China, $ million',
      '2019 | – ',
      '2023 | 14,700',
    );
    const read = readerOf(sentences);
    expect(read(mentions(sentences[1] as Sentence))?.columns[1]?.label).toBe('trade');
    expect(read(mentions(sentences[4] as Sentence))?.columns[1]).toMatchObject({
      label: 'exports to china',
      note: { unit: 'USD', exp: 6 },
    });
  });

  it('reads no table for the first row of a block or a line without cells', () => {
    const sentences = lines('Trade rose.', 'Trade | $41 billion');
    const read = readerOf(sentences);
    expect(read(mentions(sentences[0] as Sentence))).toBeNull();
    expect(read(mentions(sentences[1] as Sentence))).toBeNull();
  });
});

describe('wide tables', () => {
  /** A table of `n` year columns with two rows of figures. */
  const wide = (n: number) =>
    [
      'Trade with China, $ billion',
      `Indicator | ${Array.from({ length: n }, (_, i) => 1900 + (i % 300)).join(' | ')}`,
      `Turnover | ${Array.from({ length: n }, (_, i) => `${i}.5`).join(' | ')}`,
      `Exports | ${Array.from({ length: n }, (_, i) => `${i}.25`).join(' | ')}`,
    ].join('\n');

  /** CPU milliseconds of extracting the figures of a text, and how many there are. */
  function run(text: string): [number, number] {
    const document = textDocument(text, { source: 'wide.txt' });
    const before = process.cpuUsage();
    const count = extractFigures(document, { hints: { pair: ['CN', 'KZ'] } }).length;
    const used = process.cpuUsage(before);
    return [(used.user + used.system) / 1000, count];
  }

  it('reads every cell, and 4x the columns takes at most ~6x the time', () => {
    run(wide(500)); // warm up
    const [t1, n1] = run(wide(1000));
    const [t4, n4] = run(wide(4000));
    expect([n1, n4]).toEqual([2000, 8000]);
    expect(t4).toBeLessThan(t1 * 6 + 100);
  }, 60_000);
});
