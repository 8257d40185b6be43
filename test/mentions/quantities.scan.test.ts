/**
 * The fast paths of the quantity scan agree with the slow ones on any input: the anchor finder's jumps with the
 * character-by-character pass, and the phrase tables' word and token checks with their regex alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledLanguage, compileLanguage } from '../../src/mentions/quantities/_compile.js';
import { matchAt, type PhraseTable } from '../../src/mentions/quantities/_phrase-table.js';
import { en, ru, zh } from '../../src/mentions/quantities/lang/index.js';
import { scanByCharacter, scanQuantities } from '../../src/mentions/quantities/scan.js';

const PIECES = [
  ...'0123456789 ',
  ' ',
  '\u00a0',
  '\t',
  ...'.,-+@:/_()$€₸%',
  'a',
  'A',
  'an',
  'half',
  'a half',
  'dozen',
  'quarter',
  'one',
  'One',
  'someone',
  'ones',
  'data',
  'éone',
  'oneé',
  'twenty',
  'forty-one',
  'hundred',
  'million',
  'billion',
  'bn',
  'doubled',
  'to double',
  'twofold',
  'US$',
  'US dollars',
  'dollars',
  'per cent',
  'tonnes',
  'km2',
  'km²',
  'sq km',
  'São',
  'ſ',
  'K',
  'www.',
  'WWW.x',
  '://',
  'http://x.io/5',
  'a@b.io',
  'один',
  'Один',
  'миллиарда',
  'млрд',
  '三十',
  '亿',
  '美元',
  'rose',
  'by',
  'from',
  'about',
];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join(''));

const languages: [string, CompiledLanguage][] = [
  ['en', compileLanguage(en)],
  ['ru', compileLanguage(ru)],
  ['zh', compileLanguage(zh)],
];

describe('scanQuantities', () => {
  it.each(languages)('finds what the character pass finds (%s)', (_code, L) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanQuantities(text, L)).toEqual(scanByCharacter(text, L));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an article before a scale word', 'a million people and a half billion'],
    ['number words inside other words', 'someone owns ones and data'],
    ['an address after a number', 'call 5 or write to a@b.io about 7'],
    ['a URL after a number', 'see 12 at http://x.io/2023 and 4 more'],
    ['a plus before a separator and digits (once an endless loop)', 'up +,54 and +.5 and +5% and +7 7172 74'],
  ])('%s', (_name, text) => {
    const L = compileLanguage(en);
    expect(scanQuantities(text, L)).toEqual(scanByCharacter(text, L));
  });
});

/** The table read the slow way: the two-character filter, then the regex. */
function byRegex<V>(table: PhraseTable<V>, text: string, pos: number) {
  let p = pos;
  while (p < pos + 2 && /\s/.test(text.charAt(p))) p++;
  if (p === pos && table.hyphen && text.charAt(p) === '-') p++;
  const lower = (c: number) => (!table.exact && c >= 65 && c <= 90 ? c + 32 : c);
  const c1 = lower(text.charCodeAt(p));
  const c2 = lower(text.charCodeAt(p + 1));
  if (!table.starts.has(c1 * 65536 + c2) && !table.starts.has(c1 * 65536)) return null;
  table.re.lastIndex = pos;
  const m = table.re.exec(text);
  if (!m) return null;
  const value = table.get(m[2] ?? '');
  return value === undefined ? null : { gap: m[1] ?? '', phrase: m[2] ?? '', end: pos + m[0].length, value };
}

describe('matchAt', () => {
  const L = compileLanguage(en);
  const tables: [string, PhraseTable<unknown>][] = [
    ['scales', L.scales],
    ['currencyAfter', L.currencyAfter],
    ['currencyAfterExact', L.currencyAfterExact],
    ['percent', L.percent],
    ['unitNames', L.unitNames],
    ['unitSymbols', L.unitSymbols],
  ];
  const after = fc
    .array(
      fc.constantFrom(
        ...PIECES,
        ...['Billion', 'BN', 'Tonnes', 'TEU', 'teus', 'USD', 'usd', 'Euros', 'pp'],
        // Phrases of several words, read without the regex: spacing, case, "ſ" and the Kelvin sign read as "s" and "k".
        ...[
          'US',
          'us',
          ' dollars',
          '  dollars',
          'dollarſ',
          'Kazakh',
          'KAZAKH',
          ' tenge',
          'ſ',
          '\u212a',
          'per',
        ],
        ...[' cent', 'metric', ' tons', 'square', 'km', 'é', '٣', '\u{1d400}', '\ud800', 'ton', '\n'],
      ),
      {
        maxLength: 5,
      },
    )
    .map((pieces) => `41${pieces.join('')}`);

  it.each([
    '41 US  dollars',
    '41 US\u00a0dollars.',
    '41 us dollarſ',
    '41 US dollarsé',
    '41 Kazakh\ttenge',
    '41 metric tons',
  ])('%j: every table matches what its regex matches', (text) => {
    for (const [, table] of tables) expect(matchAt(table, text, 2)).toEqual(byRegex(table, text, 2));
  });

  it.each(tables)('matches what its regex matches (%s)', (_name, table) => {
    fc.assert(
      fc.property(after, (text) => {
        expect(matchAt(table, text, 2)).toEqual(byRegex(table, text, 2));
      }),
      { numRuns: 6000 },
    );
  });
});
