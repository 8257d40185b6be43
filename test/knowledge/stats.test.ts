import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, collect, EXAMPLES, FIXTURES, writeTemp } from './_stats-helpers.js';

describe('UN Comtrade CSV', () => {
  const path = join(FIXTURES, 'comtrade-kz-cn-2021-2023.csv');

  it('reads both sides of China-Kazakhstan trade, 2021-2023, as each reported it', async () => {
    const { observations } = await collect(path);
    expect(observations.map(brief)).toEqual([
      'trade.exports CN>KZ by CN 2021 14000000000',
      'trade.imports KZ>CN by CN 2021 11200000000',
      'trade.exports KZ>CN by KZ 2021 10300000000',
      'trade.imports CN>KZ by KZ 2021 8200000000',
      'trade.exports CN>KZ by CN 2022 16300000000',
      'trade.imports KZ>CN by CN 2022 14900000000',
      'trade.exports KZ>CN by KZ 2022 13200000000',
      'trade.imports CN>KZ by KZ 2022 11000000000',
      'trade.exports CN>KZ by CN 2023 24700000000',
      'trade.imports KZ>CN by CN 2023 16300000000',
      'trade.exports KZ>CN by KZ 2023 14700000000',
      'trade.imports CN>KZ by KZ 2023 16700000000',
    ]);
  });

  it('gives every field of an observation, with the line it came from', async () => {
    const { observations } = await collect(path);
    expect(observations[3]).toEqual({
      indicator: 'trade.imports',
      parties: ['CN', 'KZ'],
      direction: { from: 'CN', to: 'KZ' },
      reporter: 'KZ',
      period: { label: '2021', start: '2021-01-01', end: '2021-12-31' },
      value: 8_200_000_000,
      unit: 'USD',
      source: 'UN Comtrade',
      flow: 'M',
      isReported: true,
      row: 5,
    });
  });

  it('shows the 2021 mirror gap: China exports $14B, Kazakhstan records $8.2B imports of the same flow', async () => {
    const { observations } = await collect(path);
    const flow2021 = observations.filter(
      (o) => o.period.label === '2021' && o.direction?.from === 'CN' && o.direction.to === 'KZ',
    );
    expect(flow2021.map((o) => [o.reporter, o.indicator, o.value])).toEqual([
      ['CN', 'trade.exports', 14_000_000_000],
      ['KZ', 'trade.imports', 8_200_000_000],
    ]);
  });

  it('skips world partners, re-exports and lines below the total, counting each in the summary', async () => {
    const { summary } = await collect(path);
    expect(summary).toMatchObject({
      format: 'comtrade-csv',
      encoding: 'utf-8',
      rows: 16,
      observations: 12,
      skipped: { aggregate: 1, 'sub-flow': 1, breakdown: 2, former: 0, self: 0 },
    });
    expect(summary.notes).toEqual([
      'skipped 1 row with a world or area partner or reporter (World, EU, areas nes, bunkers)',
      'skipped 1 row of re-exports, re-imports or processing trade, which exports and imports already hold',
      'skipped 2 rows below the total (by commodity, second partner, customs procedure or mode of transport)',
    ]);
  });

  it('takes the source from the options', async () => {
    const { observations } = await collect(path, { source: 'UN Comtrade (downloaded 2024-07-01)' });
    expect(new Set(observations.map((o) => o.source))).toEqual(
      new Set(['UN Comtrade (downloaded 2024-07-01)']),
    );
  });

  it.each([
    [
      'legacy names and numeric flows',
      'Classification,Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Trade Value (US$)\n' +
        'HS,2021,2021,2,Export,398,Kazakhstan,KAZ,156,China,CHN,TOTAL,10300000000\n' +
        'HS,2021,2021,1,Import,398,Kazakhstan,KAZ,156,China,CHN,TOTAL,8200000000\n',
      ['trade.exports KZ>CN by KZ 2021 10300000000', 'trade.imports CN>KZ by KZ 2021 8200000000'],
    ],
    [
      'tab-separated, M49 codes only, refYear and refMonth without a period',
      'freqCode\trefYear\trefMonth\treporterCode\tpartnerCode\tflowCode\tprimaryValue\n' +
        'M\t2023\t7\t398\t156\tX\t1250000000\n' +
        'A\t2023\t52\t251\t398\tM\t900000000\n',
      ['trade.exports KZ>CN by KZ 2023-07 1250000000', 'trade.imports KZ>FR by FR 2023 900000000'],
    ],
    [
      'semicolons and flow descriptions',
      'period;reporterISO;partnerISO;flowDesc;primaryValue\n202312;KAZ;CHN;Exports;1.4E+9\n',
      ['trade.exports KZ>CN by KZ 2023-12 1400000000'],
    ],
    [
      'alpha-2 codes where alpha-3 are expected, lower case',
      'period,reporterISO,partnerISO,flowCode,primaryValue\n2022,kz,cn,x,13200000000\n',
      ['trade.exports KZ>CN by KZ 2022 13200000000'],
    ],
    [
      'former economies, EU and self-trade skipped',
      'period,reporterCode,partnerCode,flowCode,primaryValue\n1990,810,398,X,1\n2021,97,398,X,1\n2021,398,398,M,5\n2021,398,156,X,7\n',
      ['trade.exports KZ>CN by KZ 2021 7'],
    ],
  ])('reads %s', async (_name, text, expected) => {
    const { observations } = await collect(writeTemp('comtrade.csv', text));
    expect(observations.map(brief)).toEqual(expected);
  });

  it('reads isReported in its spellings and leaves it null when absent', async () => {
    const text =
      'period,reporterISO,partnerISO,flowCode,primaryValue,isReported\n' +
      '2021,KAZ,CHN,X,1,false\n2021,KAZ,CHN,M,2,1\n2022,KAZ,CHN,X,3,\n2022,KAZ,CHN,M,4,TRUE\n';
    const { observations } = await collect(writeTemp('reported.csv', text));
    expect(observations.map((o) => o.isReported)).toEqual([false, true, null, true]);
  });
});

describe('UN Comtrade JSON', () => {
  it('reads the API answer, mapping M49 codes (Comtrade USA 842 is US) and months', async () => {
    const { observations, summary } = await collect(join(FIXTURES, 'comtrade-kz-cn-2021.json'));
    expect(observations.map(brief)).toEqual([
      'trade.exports CN>KZ by CN 2021 14000000000',
      'trade.imports CN>KZ by KZ 2021 8200000000',
      'trade.exports KZ>CN by KZ 2021-03 912000000.5',
      'trade.imports KZ>US by US 2021 1500000000',
    ]);
    expect(observations[2]).toMatchObject({
      period: { label: '2021-03', start: '2021-03-01', end: '2021-03-31' },
      isReported: false,
      flow: 'X',
      row: 3,
    });
    expect(summary).toMatchObject({
      format: 'comtrade-json',
      rows: 5,
      observations: 4,
      skipped: { aggregate: 1 },
    });
  });

  it('reads a bare list of records, whatever the file is called', async () => {
    const text = JSON.stringify([
      { period: 2022, reporterISO: 'KAZ', partnerISO: 'CHN', flowCode: 'X', primaryValue: 5 },
    ]);
    const { observations, summary } = await collect(writeTemp('records.txt', text));
    expect(observations.map(brief)).toEqual(['trade.exports KZ>CN by KZ 2022 5']);
    expect(summary.format).toBe('comtrade-json');
  });

  it('reads simple-format records from JSON too', async () => {
    const text = JSON.stringify({
      data: [
        {
          indicator: 'trade.total',
          parties: 'CN;KZ',
          period: '2023',
          value: 41e9,
          unit: 'USD',
          source: 'GACC',
        },
      ],
    });
    const { observations, summary } = await collect(writeTemp('simple.json', text));
    expect(observations.map(brief)).toEqual(['trade.total CN;KZ by - 2023 41000000000']);
    expect(summary.format).toBe('simple-json');
  });
});

describe('the simple format', () => {
  it('reads parties written every way, directions, reporters and periods of all lengths', async () => {
    const { observations, summary } = await collect(join(FIXTURES, 'kz-cn-simple.csv'));
    expect(observations.map(brief)).toEqual([
      'trade.total CN;KZ by KZ 2022 24200000000',
      'trade.total CN;KZ by KZ 2023 31400000000',
      'trade.total CN;KZ by CN 2022 31200000000',
      'trade.total CN;KZ by CN 2023 41000000000',
      'trade.exports KZ>CN by KZ 2022 13200000000',
      'trade.imports CN>KZ by KZ 2022 11000000000',
      'projects.count CN;KZ by - 2024 45',
      'trade.total CN;KZ by CN 2024-H1 20500000000',
      'containers.count CN;KZ by KZ 2024-Q1 98000',
      'trade.balance CN;KZ by KZ 2023-05 -310000000',
    ]);
    expect(summary).toMatchObject({ format: 'simple-csv', rows: 10, observations: 10 });
  });

  it('keeps units and sources as written, and counts lines past blank ones', async () => {
    const { observations } = await collect(join(FIXTURES, 'kz-cn-simple.csv'));
    expect(observations[6]).toEqual({
      indicator: 'projects.count',
      parties: ['CN', 'KZ'],
      direction: null,
      reporter: null,
      period: { label: '2024', start: '2024-01-01', end: '2024-12-31' },
      value: 45,
      unit: 'count',
      source: 'Government of Kazakhstan',
      flow: null,
      isReported: null,
      row: 9,
    });
    expect(observations[8]?.period).toEqual({ label: '2024-Q1', start: '2024-01-01', end: '2024-03-31' });
  });

  it.each([
    ['LF', 'H\nA\nB', [2, 3]],
    ['CRLF', 'H\r\nA\r\nB\r\n', [2, 3]],
    ['CR', 'H\rA\rB\r', [2, 3]],
    ['blank lines', 'H\n\nA\n\n\nB\n', [3, 6]],
    ['rows of empty cells', 'H\n,,,,,\nA\n,,,,,\nB', [3, 5]],
    ['a quoted cell over lines', 'H\nQ"x\ny"\nB\n', [2, 4]],
    ['CRLF inside a quoted cell', 'H\r\nQ"x\r\ny"\r\n\r\nB\r\n', [2, 5]],
    ['mixed line endings', 'H\n,,,,,\n\nQ"a\nb\r\nc"\r\n\r\n,,,,,\nB', [4, 9]],
  ])('numbers rows by the line they start on: %s', async (_name, layout, rows) => {
    const text = layout
      .replace('H', 'indicator,parties,period,value,unit,source')
      .replace('A', 'trade.total,CN;KZ,2022,1,USD,s')
      .replace('Q', 'trade.total,CN;KZ,2022,1,USD,')
      .replace('B', 'trade.total,CN;KZ,2023,2,USD,s');
    const { observations } = await collect(writeTemp('rows.csv', text));
    expect(observations.map((o) => o.row)).toEqual(rows);
  });

  it('takes rows that differ only by reporter or direction as different observations', async () => {
    const text =
      'indicator,parties,period,value,unit,source,direction,reporter\n' +
      'trade.exports,CN;KZ,2021,14e9,USD,a,CN>KZ,CN\n' +
      'trade.exports,CN;KZ,2021,10.3e9,USD,a,KZ>CN,KZ\n' +
      'trade.exports,CN;KZ,2021,8.2e9,USD,a,CN>KZ,KZ\n' +
      'trade.exports,CN;KZ,2021,1,USD,a,CN>KZ,\n';
    const { observations } = await collect(writeTemp('mirror.csv', text));
    expect(observations).toHaveLength(4);
  });
});

describe('the bundled examples', () => {
  it('reads China-Kazakhstan trade 2019-2024 both ways as each side reported it', async () => {
    const { observations, summary } = await collect(join(EXAMPLES, 'kz-cn-trade-comtrade.csv'));
    expect(summary).toMatchObject({ format: 'comtrade-csv', observations: 24, skipped: { aggregate: 1 } });
    const years = new Set(observations.map((o) => o.period.label));
    expect([...years]).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    const total = (reporter: string, year: string) =>
      observations
        .filter((o) => o.reporter === reporter && o.period.label === year)
        .reduce((sum, o) => sum + o.value, 0);
    // The totals each side published: Kazakhstan $24.2B and $31.4B, China $31.2B and $41B.
    expect([total('KZ', '2022'), total('KZ', '2023'), total('CN', '2022'), total('CN', '2023')]).toEqual([
      24_200_000_000, 31_400_000_000, 31_200_000_000, 41_000_000_000,
    ]);
  });

  it('reads the indicators file', async () => {
    const { observations } = await collect(join(EXAMPLES, 'kz-cn-indicators.csv'));
    expect(
      observations.filter((o) => o.indicator === 'trade.total' && o.period.label === '2023').map(brief),
    ).toEqual(['trade.total CN;KZ by KZ 2023 31400000000', 'trade.total CN;KZ by CN 2023 41000000000']);
    expect(new Set(observations.map((o) => o.indicator))).toEqual(
      new Set([
        'trade.total',
        'trade.exports',
        'trade.imports',
        'projects.count',
        'projects.value',
        'freight.volume',
        'containers.count',
      ]),
    );
  });
});
