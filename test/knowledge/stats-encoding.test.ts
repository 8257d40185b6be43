import { describe, expect, it } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { collect, writeTemp } from './_stats-helpers.js';

const HEADER = 'indicator,parties,period,value,unit,source\n';
const ROW = 'trade.total,CN;KZ,2023,31400000000,USD,';

/** windows-1252 bytes of a string whose characters all exist there (curly quotes at 0x91-0x94). */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = {
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '€': 0x80,
    '—': 0x97,
  };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? le : Buffer.from(le).swap16();
}

describe('encodings', () => {
  it.each([
    ['UTF-8', (s: string) => Buffer.from(s), 'Bureau de la statistique — Kazakhstan', 'utf-8'],
    [
      'UTF-8 with a byte order mark',
      (s: string) => Buffer.from(`\uFEFF${s}`),
      'Статистика Казахстана',
      'utf-8',
    ],
    ['windows-1252', windows1252, 'Bureau “national” de la statistique — Kazakhstan', 'windows-1252'],
    ['Latin-1 accents', windows1252, 'Côte d’Ivoire and Curaçao', 'windows-1252'],
    ['UTF-16LE with a byte order mark', (s: string) => utf16(s, 'le'), '中国海关总署', 'utf-16le'],
    ['UTF-16BE with a byte order mark', (s: string) => utf16(s, 'be'), '中国海关总署', 'utf-16be'],
  ])('reads %s', async (_name, encode, source, encoding) => {
    const bytes = encode(`${HEADER}${ROW}${source}\n`);
    const { observations, summary } = await collect(writeTemp('encoded.csv', bytes));
    expect(summary.encoding).toBe(encoding);
    expect(summary.format).toBe('simple-csv');
    expect(observations).toHaveLength(1);
    expect(observations[0]?.source).toBe(source);
  });

  it('reads UTF-8 whose characters straddle the chunks the file is read in', async () => {
    const source = 'é'.repeat(70_000);
    const { observations, summary } = await collect(writeTemp('long.csv', `${HEADER}${ROW}${source}\n`));
    expect(summary.encoding).toBe('utf-8');
    expect(observations[0]?.source).toBe(source);
  });

  it('reads a windows-1252 byte deep in a long ASCII file', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `example.i${i},CN;KZ,2023,${i},USD,s\n`);
    const bytes = Buffer.concat([Buffer.from(HEADER + rows.join('')), windows1252(`${ROW}Caf\u00e9\n`)]);
    const { observations, summary } = await collect(writeTemp('late-latin1.csv', bytes));
    expect(summary.encoding).toBe('windows-1252');
    expect(observations.at(-1)?.source).toBe('Café');
  });

  it.each([
    [
      'valid UTF-8 then a Latin-1 byte',
      Buffer.concat([Buffer.from(`${HEADER}${ROW}Статистика\n${ROW}`), windows1252('Caf\u00e9\n')]),
      /not valid UTF-8 at byte \d+, and it also holds valid UTF-8 before: the file mixes encodings/,
    ],
    [
      'a UTF-8 byte order mark then a Latin-1 byte',
      Buffer.concat([Buffer.from(`\uFEFF${HEADER}${ROW}`), windows1252('Caf\u00e9\n')]),
      /it starts with a UTF-8 byte order mark/,
    ],
  ])('refuses %s', async (_name, bytes, message) => {
    const error = await collect(writeTemp('mixed.csv', bytes)).catch((thrown: AccordError) => thrown);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'BAD_ENCODING' });
    expect((error as AccordError).message).toMatch(message);
  });

  it('reads a JSON file in windows-1252', async () => {
    const text = JSON.stringify([
      {
        indicator: 'trade.total',
        parties: 'CN;KZ',
        period: '2023',
        value: 1,
        unit: 'USD',
        source: 'Curaçao “GACC”',
      },
    ]);
    const { observations, summary } = await collect(writeTemp('latin1.json', windows1252(text)));
    expect(summary.encoding).toBe('windows-1252');
    expect(observations[0]?.source).toBe('Curaçao “GACC”');
  });
});
