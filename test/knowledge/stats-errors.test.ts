import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import {
  forEachObservation,
  type OfficialObservation,
  readStatsFile,
} from '../../src/knowledge/stats/index.js';
import { collect, writeTemp } from './_stats-helpers.js';

const COMTRADE = 'period,reporterISO,partnerISO,flowCode,primaryValue,isReported\n';
const SIMPLE = 'indicator,parties,period,value,unit,source,direction,reporter\n';
const goodComtradeRows = (count: number) =>
  Array.from({ length: count }, (_, i) => `${2000 + i},KAZ,CHN,X,${i + 1},true\n`).join('');

/** The error a read of `content` (written as `name`) throws. */
async function readError(name: string, content: string | Uint8Array): Promise<AccordError> {
  const error = await collect(writeTemp(name, content)).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AccordError)) throw new Error(`expected an AccordError, got ${String(error)}`);
  return error;
}

describe('bad cells name the row, the column and the value', () => {
  it('row 17, column primaryValue: expected a number, got n/a', async () => {
    const error = await readError(
      'values.csv',
      `${COMTRADE}${goodComtradeRows(15)}2015,KAZ,CHN,X,n/a,true\n`,
    );
    expect(error.code).toBe('BAD_STATS');
    expect(error.message).toMatch(/values\.csv: row 17, column primaryValue: expected a number, got 'n\/a'$/);
  });

  it.each([
    [
      'an empty value',
      `${COMTRADE}2021,KAZ,CHN,X,,true\n`,
      'row 2, column primaryValue: expected a number, got an empty value',
    ],
    [
      'a thousands separator',
      `${COMTRADE}2021,KAZ,CHN,X,"1,234",true\n`,
      "column primaryValue: expected a number, got '1,234'",
    ],
    [
      'a flow code',
      `${COMTRADE}2021,KAZ,CHN,Z,1,true\n`,
      "row 2, column flowCode: expected a flow code such as X or M, got 'Z'",
    ],
    [
      'a period',
      `${COMTRADE}last year,KAZ,CHN,X,1,true\n`,
      "row 2, column period: expected a period such as 2023 or 202301, got 'last year'",
    ],
    [
      'a month 13',
      `${COMTRADE}202313,KAZ,CHN,X,1,true\n`,
      "column period: expected a period such as 2023 or 202301, got '202313'",
    ],
    [
      'isReported',
      `${COMTRADE}2021,KAZ,CHN,X,1,maybe\n`,
      "row 2, column isReported: expected true or false, got 'maybe'",
    ],
    [
      'an unknown alpha-3 code',
      `${COMTRADE}2021,KAZ,XYZ,X,1,true\n`,
      "row 2, column partnerISO: unknown country code 'XYZ'",
    ],
    [
      'an unknown reporter',
      `${COMTRADE}2021,QQQ,CHN,X,1,true\n`,
      "row 2, column reporterISO: unknown country code 'QQQ'",
    ],
    [
      'an unknown M49 code',
      'period,reporterCode,partnerCode,flowCode,primaryValue\n2021,398,999,X,1\n',
      "row 2, column partnerCode: unknown country code '999'",
    ],
    [
      'a month missing from monthly data',
      'freqCode,refYear,refMonth,reporterISO,partnerISO,flowCode,primaryValue\nM,2021,,KAZ,CHN,X,1\n',
      'row 2, column refMonth: expected a month from 1 to 12, got an empty value',
    ],
    [
      'an unknown party',
      `${SIMPLE}trade.total,CN;XX,2023,1,USD,s,,\n`,
      "row 2, column parties: unknown country code 'XX'",
    ],
    [
      'a party name',
      `${SIMPLE}trade.total,China;KZ,2023,1,USD,s,,\n`,
      "row 2, column parties: unknown country code 'China'",
    ],
    [
      'an unknown reporter code',
      `${SIMPLE}trade.total,CN;KZ,2023,1,USD,s,,ZZ\n`,
      "row 2, column reporter: unknown country code 'ZZ'",
    ],
    [
      'a direction outside the parties',
      `${SIMPLE}trade.exports,CN;KZ,2023,1,USD,s,KZ>RU,KZ\n`,
      "row 2, column direction: expected a direction between the parties CN;KZ, got 'KZ>RU'",
    ],
    ['a direction to itself', `${SIMPLE}trade.exports,CN;KZ,2023,1,USD,s,KZ>KZ,KZ\n`, "got 'KZ>KZ'"],
    [
      'a malformed direction',
      `${SIMPLE}trade.exports,CN;KZ,2023,1,USD,s,from KZ,KZ\n`,
      "expected a direction such as KZ>CN, got 'from KZ'",
    ],
    [
      'an indicator',
      `${SIMPLE}trade total,CN;KZ,2023,1,USD,s,,\n`,
      "row 2, column indicator: expected an indicator code such as trade.total, got 'trade total'",
    ],
    [
      'a missing unit',
      `${SIMPLE}trade.total,CN;KZ,2023,1,,s,,\n`,
      'row 2, column unit: expected a unit such as USD, count or t, got an empty value',
    ],
    [
      'a missing source',
      `${SIMPLE}trade.total,CN;KZ,2023,1,USD,,,\n`,
      'row 2, column source: expected the name of a source',
    ],
    [
      'a half year H3',
      `${SIMPLE}trade.total,CN;KZ,2024-H3,1,USD,s,,\n`,
      "row 2, column period: expected a period such as 2023 or 2024-H1, got '2024-H3'",
    ],
    [
      'a value in words',
      `${SIMPLE}trade.total,CN;KZ,2023,41 billion,USD,s,,\n`,
      "row 2, column value: expected a number, got '41 billion'",
    ],
  ])('%s', async (_name, content, message) => {
    const error = await readError('bad.csv', content);
    expect(error.code).toBe('BAD_STATS');
    expect(error.message).toContain(message);
  });

  it('names JSON records and fields', async () => {
    const data = [
      { period: 2021, reporterISO: 'KAZ', partnerISO: 'CHN', flowCode: 'X', primaryValue: 1 },
      { period: 2021, reporterISO: 'KAZ', partnerISO: 'CHN', flowCode: 'M', primaryValue: null },
    ];
    const error = await readError('api.json', JSON.stringify({ data }));
    expect(error.message).toMatch(/record 2, field primaryValue: expected a number, got null$/);
  });
});

describe('missing columns are named', () => {
  it.each([
    [
      'primaryValue',
      'period,reporterISO,partnerISO,flowCode\n2021,KAZ,CHN,X\n',
      'missing column primaryValue in this Comtrade file',
    ],
    ['flowCode', 'period,reporterISO,partnerISO,primaryValue\n2021,KAZ,CHN,1\n', 'missing column flowCode'],
    [
      'the partner',
      'period,reporterISO,flowCode,primaryValue\n2021,KAZ,X,1\n',
      'missing column partnerISO (or partnerCode)',
    ],
    [
      'the period',
      'reporterISO,partnerISO,flowCode,primaryValue\nKAZ,CHN,X,1\n',
      'missing column period (or refYear)',
    ],
    [
      'unit',
      'indicator,parties,period,value,source\ntrade.total,CN;KZ,2023,1,s\n',
      'missing column unit in this statistics file',
    ],
    ['parties', 'indicator,period,value,unit,source\ntrade.total,2023,1,USD,s\n', 'missing column parties'],
    [
      'everything',
      'country,year,amount\nKZ,2023,1\n',
      'not a statistics file Accord reads: expected UN Comtrade columns (period, reporterISO, partnerISO, flowCode, primaryValue) or indicator, parties, period, value, unit, source; found country, year, amount',
    ],
  ])('%s', async (_name, content, message) => {
    const error = await readError('columns.csv', content);
    expect(error.code).toBe('BAD_STATS');
    expect(error.message).toContain(message);
  });
});

describe('duplicate rows are an error naming both rows', () => {
  it.each([
    [
      'Comtrade',
      `${COMTRADE}2021,KAZ,CHN,X,1,true\n2021,KAZ,CHN,M,2,true\n2021,KAZ,CHN,X,3,false\n`,
      'row 4 repeats row 2: trade.exports CN;KZ KZ>CN reported by KZ 2021',
    ],
    [
      'a month written two ways',
      `${COMTRADE}202103,KAZ,CHN,X,1,true\n2021-03,KAZ,CHN,X,1,true\n`,
      'row 3 repeats row 2',
    ],
    [
      'the simple format, parties in another order and source aside',
      `${SIMPLE}trade.total,CN;KZ,2023,31.4e9,USD,Kazakhstan,,KZ\ntrade.total,KZ-CN,2023,41e9,USD,China,,KZ\n`,
      'row 3 repeats row 2: trade.total CN;KZ reported by KZ 2023',
    ],
  ])('%s', async (_name, content, message) => {
    const error = await readError('dupes.csv', content);
    expect(error.code).toBe('BAD_STATS');
    expect(error.message).toContain(message);
  });

  it('in JSON, by record', async () => {
    const record = { period: '2021', reporterISO: 'KAZ', partnerISO: 'CHN', flowCode: 'X', primaryValue: 1 };
    const error = await readError(
      'dupes.json',
      JSON.stringify({ data: [record, { ...record, flowCode: 'M' }, record] }),
    );
    expect(error.message).toContain('record 3 repeats record 1');
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['an empty file', 'empty.csv', '', 'EMPTY', 'the file is empty'],
    ['blank space only', 'blank.csv', ' \n\r\n\t', 'EMPTY', 'only blank space'],
    ['a UTF-8 byte order mark only', 'bom.csv', '\uFEFF', 'EMPTY', 'only blank space'],
    ['a header only', 'header.csv', COMTRADE, 'EMPTY', 'has a header but no rows'],
    ['no records in JSON', 'none.json', '{"count": 0, "data": []}', 'EMPTY', 'no records'],
    ['broken JSON', 'broken.json', '{"data": [{"period": 2021,', 'BAD_STATS', 'not valid JSON'],
    [
      'JSON of another shape',
      'shape.json',
      '{"rows": []}',
      'BAD_STATS',
      'expected {"data": [...]} or a list of records',
    ],
    [
      "Comtrade's error answer",
      'error.json',
      '{"data": null, "error": "Invalid subscription key"}',
      'BAD_STATS',
      'Comtrade says "Invalid subscription key"',
    ],
    ['a record that is not an object', 'scalar.json', '[1]', 'BAD_STATS', 'record 1: expected an object'],
    ['a short row', 'short.csv', `${COMTRADE}2021,KAZ,CHN,X\n`, 'BAD_STATS', 'Invalid Record Length'],
    ['an unclosed quote', 'quote.csv', `${COMTRADE}2021,KAZ,"CHN,X,1,true\n`, 'BAD_STATS', 'quote'],
    [
      'a gzip file',
      'bulk.csv.gz',
      gzipSync(`${COMTRADE}2021,KAZ,CHN,X,1,true\n`),
      'BINARY',
      'compressed (gzip)',
    ],
    ['an Excel workbook', 'book.xlsx', Buffer.from('PK\x03\x04rest', 'latin1'), 'BINARY', 'ZIP archive'],
    ['NUL bytes', 'nul.csv', Buffer.from(`${COMTRADE}\0\0\0`), 'BINARY', 'NUL bytes'],
  ])('%s', async (_name, file, content, code, message) => {
    const error = await readError(file, content);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('refuses JSON over the size limit, pointing to the CSV download', async () => {
    const error = await collect(writeTemp('big.json', `[${' '.repeat(200)}]`), { maxJsonBytes: 100 }).catch(
      (thrown: AccordError) => thrown,
    );
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
    expect((error as AccordError).message).toContain('over the 100 B limit for JSON');
  });

  it.each([
    ['a missing file', '/nonexistent/accord/stats.csv', 'NOT_FOUND'],
    ['a directory', new URL('.', import.meta.url).pathname, 'UNREADABLE'],
  ])('%s', async (_name, path, code) => {
    const error = await collect(path).catch((thrown: AccordError) => thrown);
    expect(error).toMatchObject({ code });
    expect((error as AccordError).message).toContain(path);
  });
});

describe('all or nothing', () => {
  it('yields the good rows before the bad one, then throws: the caller rolls its transaction back', async () => {
    const path = writeTemp('half.csv', `${COMTRADE}${goodComtradeRows(5)}2030,KAZ,CHN,X,oops,true\n`);
    const stored: OfficialObservation[] = [];
    const transaction: OfficialObservation[] = [];
    let failure: unknown = null;
    try {
      for await (const observation of readStatsFile(path)) transaction.push(observation);
      stored.push(...transaction);
    } catch (error) {
      failure = error;
    }
    expect(transaction).toHaveLength(5);
    expect(stored).toEqual([]);
    expect(failure).toMatchObject({ code: 'BAD_STATS' });
  });

  it('finds a duplicate at the end of a file only after yielding the rows before it', async () => {
    const path = writeTemp('late.csv', `${COMTRADE}${goodComtradeRows(3)}2000,KAZ,CHN,X,9,true\n`);
    const seen: number[] = [];
    await expect(async () => {
      for await (const observation of readStatsFile(path)) seen.push(observation.row);
    }).rejects.toThrow(/row 5 repeats row 2/);
    expect(seen).toEqual([2, 3, 4]);
  });

  it("passes the writer's error on from forEachObservation, after the rows before it", async () => {
    const path = writeTemp('writer.csv', `${COMTRADE}${goodComtradeRows(4)}`);
    const written: number[] = [];
    const write = (observation: OfficialObservation) => {
      if (observation.row === 4) throw new Error('disk full');
      written.push(observation.row);
    };
    await expect(forEachObservation(path, write)).rejects.toThrow('disk full');
    expect(written).toEqual([2, 3]);
  });

  it('closes the file when the caller stops early', async () => {
    // A megabyte, so that the stream is still open at the first row; duplicates are never reached.
    const path = writeTemp('early.csv', `${COMTRADE}${'2021,KAZ,CHN,X,1,true\n'.repeat(40_000)}`);
    const hasProc = existsSync('/proc/self/fd');
    const openCount = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === path;
        } catch {
          return false;
        }
      }).length;
    for await (const observation of readStatsFile(path)) {
      expect(observation.row).toBe(2);
      if (hasProc) expect(openCount()).toBe(1);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (hasProc) expect(openCount()).toBe(0);
  });
});
