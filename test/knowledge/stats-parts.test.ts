import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from '../../src/knowledge/stats/_duplicate-index.js';
import { comtradeArea } from '../../src/knowledge/stats/comtrade-area.js';
import { detectLayout, isJsonFile } from '../../src/knowledge/stats/detect-format.js';
import { parsePeriod } from '../../src/knowledge/stats/index.js';
import { guessDelimiter } from '../../src/knowledge/stats/read-csv-records.js';
import { collect, writeTemp } from './_stats-helpers.js';

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023', '2023-01-01', '2023-12-31'],
    ['202301', '2023-01', '2023-01-01', '2023-01-31'],
    ['202402', '2024-02', '2024-02-01', '2024-02-29'],
    ['2023-11', '2023-11', '2023-11-01', '2023-11-30'],
    ['2024-H1', '2024-H1', '2024-01-01', '2024-06-30'],
    ['2024h2', '2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-Q3', '2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024 Q4', '2024-Q4', '2024-10-01', '2024-12-31'],
    ['2019-2023', '2019-2023', '2019-01-01', '2023-12-31'],
    ['2023-2023', '2023', '2023-01-01', '2023-12-31'],
    ['2023-05-17', '2023-05-17', '2023-05-17', '2023-05-17'],
    [' 2022 ', '2022', '2022-01-01', '2022-12-31'],
  ])('%s is %s', (text, label, start, end) => {
    expect(parsePeriod(text)).toEqual({ label, start, end });
  });

  it.each([
    '',
    '23',
    '202313',
    '202300',
    '2023-1',
    '2024-H3',
    '2024-Q5',
    '2023-02-30',
    '2023-2019',
    '1899',
    '2101',
    'last year',
    '2023/24',
    'FY2023',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('comtradeArea', () => {
  it.each([
    [
      { iso: 'KAZ', code: '398' },
      { kind: 'country', code: 'KZ' },
    ],
    [
      { iso: 'chn', code: '' },
      { kind: 'country', code: 'CN' },
    ],
    [
      { iso: '', code: '398' },
      { kind: 'country', code: 'KZ' },
    ],
    [
      { iso: '', code: '4' },
      { kind: 'country', code: 'AF' },
    ],
    [
      { iso: '', code: '842' },
      { kind: 'country', code: 'US' },
    ],
    [
      { iso: '', code: '251' },
      { kind: 'country', code: 'FR' },
    ],
    [
      { iso: '', code: '699' },
      { kind: 'country', code: 'IN' },
    ],
    [
      { iso: '', code: '757' },
      { kind: 'country', code: 'CH' },
    ],
    [
      { iso: '', code: '579' },
      { kind: 'country', code: 'NO' },
    ],
    [
      { iso: 'XYZ', code: '398' },
      { kind: 'country', code: 'KZ' },
    ],
    [{ iso: 'W00', code: '0' }, { kind: 'aggregate' }],
    [{ iso: '', code: '0' }, { kind: 'aggregate' }],
    [{ iso: '_X', code: '899' }, { kind: 'aggregate' }],
    [{ iso: '', code: '97' }, { kind: 'aggregate' }],
    [{ iso: '', code: '490' }, { kind: 'aggregate' }],
    [{ iso: 'EUR', code: '' }, { kind: 'aggregate' }],
    [{ iso: '', code: '', name: 'World' }, { kind: 'aggregate' }],
    [{ iso: '', code: '998', name: 'Other Asia, nes' }, { kind: 'aggregate' }],
    [{ iso: '', code: '810' }, { kind: 'former' }],
    [{ iso: 'SUN', code: '' }, { kind: 'former' }],
    [{ iso: 'YUG', code: '890' }, { kind: 'former' }],
    [{ iso: '', code: '999' }, { kind: 'unknown' }],
    [{ iso: 'XYZ', code: '' }, { kind: 'unknown' }],
    [{ iso: '', code: '3.5' }, { kind: 'unknown' }],
    [{ iso: '', code: '', name: 'Kazakhstan' }, { kind: 'unknown' }],
  ])('%j is %j', (area, expected) => {
    expect(comtradeArea(area)).toEqual(expected);
  });
});

describe('format detection', () => {
  it.each([
    ['kz.json', '', true],
    ['kz.JSON', 'not json at all', true],
    ['kz.txt', '  {"data": []}', true],
    ['kz', '[{"period": 2021}]', true],
    ['kz.csv', '{"data": []}', true],
    ['kz.csv', '[x],y\n1,2', false],
    ['kz.tsv', '[x]\ty', false],
    ['kz.txt', 'period,reporterISO', false],
  ])('%s starting %j is JSON: %s', (path, head, expected) => {
    expect(isJsonFile(path, head)).toBe(expected);
  });

  it.each([
    [['Period', 'ReporterISO', 'PartnerISO', 'FlowCode', 'PrimaryValue'], 'comtrade'],
    [['Year', 'Trade Flow Code', 'Reporter ISO', 'Trade Value (US$)'], 'comtrade'],
    [['refYear', 'reporterCode'], 'comtrade'],
    [['indicator', 'parties', 'period', 'value', 'unit', 'source'], 'simple'],
    [['Indicator', 'Value'], 'simple'],
    [['period', 'value', 'reporter'], null],
    [[], null],
  ])('%j is %s', (header, layout) => {
    expect(detectLayout(header)).toBe(layout);
  });

  it.each([
    ['period,reporterISO,partnerISO', ','],
    ['period\treporterISO\tpartnerISO', '\t'],
    ['period;reporterISO;partnerISO', ';'],
    ['Trade Value (US$);Reporter, ISO;Partner', ';'],
    ['indicator', ','],
  ])('delimiter of %j is %j', (line, delimiter) => {
    expect(guessDelimiter(line)).toBe(delimiter);
  });
});

describe('the duplicate index', () => {
  it('returns the first row of a key seen before', () => {
    const index = createDuplicateIndex();
    expect(index.add('trade.exports|CN;KZ|KZ>CN|KZ|2021', 2)).toBe(0);
    expect(index.add('trade.exports|CN;KZ|CN>KZ|KZ|2021', 3)).toBe(0);
    expect(index.add('trade.exports|CN;KZ|KZ>CN|KZ|2021', 9)).toBe(2);
    expect(index.size).toBe(2);
  });

  it('keeps every key through growth', () => {
    const index = createDuplicateIndex();
    for (let row = 1; row <= 100_000; row++) expect(index.add(`key ${row}`, row)).toBe(0);
    expect(index.add('key 1', 100_001)).toBe(1);
    expect(index.add('key 77777', 100_002)).toBe(77_777);
    expect(index.size).toBe(100_000);
  });

  it('agrees with a Map on any list of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (keys) => {
        const index = createDuplicateIndex();
        const firstRows = new Map<string, number>();
        keys.forEach((key, i) => {
          const row = i + 1;
          expect(index.add(key, row)).toBe(firstRows.get(key) ?? 0);
          if (!firstRows.has(key)) firstRows.set(key, row);
        });
      }),
    );
  });
});

describe('the simple format round trip', () => {
  const code = fc.constantFrom('CN', 'KZ', 'RU', 'US', 'DE', 'UZ', 'MN');
  const row = fc.record({
    indicator: fc.constantFrom('trade.total', 'trade.exports', 'projects.count', 'freight.volume'),
    parties: fc.uniqueArray(code, { minLength: 1, maxLength: 3 }),
    year: fc.integer({ min: 1990, max: 2030 }),
    // -0 is written as "0".
    value: fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((value) => value + 0),
    unit: fc.constantFrom('USD', 'count', 't', 'TEU'),
    source: fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((text) => text.trim() === text && text.trim() !== ''),
  });

  it('reads back what was written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, {
          minLength: 1,
          maxLength: 20,
          selector: (r) => `${r.indicator}|${[...r.parties].sort()}|${r.year}`,
        }),
        async (rows) => {
          const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
          const lines = rows.map((r) =>
            [r.indicator, quote(r.parties.join(',')), r.year, r.value, r.unit, quote(r.source)].join(','),
          );
          const path = writeTemp(
            'round.csv',
            `indicator,parties,period,value,unit,source\n${lines.join('\n')}\n`,
          );
          const { observations } = await collect(path);
          expect(
            observations.map((o) => [o.indicator, o.parties, o.period.label, o.value, o.unit, o.source]),
          ).toEqual(
            rows.map((r) => [r.indicator, [...r.parties].sort(), String(r.year), r.value, r.unit, r.source]),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
