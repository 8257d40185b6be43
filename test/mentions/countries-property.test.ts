import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCountryExtractor } from '../../src/mentions/countries/index.js';
import { LINEAR_AT_4X, leastCpuMs } from '../helpers/cpu-time.js';
import { ODD, SPACES } from '../helpers/odd-text.js';

const extractor = createCountryExtractor();
const ctx = { published: '2024-07-03', lang: 'en', debug: () => {} };
// Matches "KZ"; must not match "kz" or "KAZ".
const CODE = /^[A-Z]{2}$/;

/** Pieces of country names, so random text often comes close to matching. */
const TOKENS = [
  'Kazakhstan',
  'China',
  'Chinese',
  'Kazakh',
  'US',
  'U.S.',
  'U',
  'S',
  '.',
  '$',
  "'s",
  '’',
  "'",
  '-',
  '–',
  'Guinea',
  'Papua',
  'New',
  'South',
  'Korea',
  'Democratic',
  'Republic',
  'of',
  'the',
  'Congo',
  'Xi',
  'an',
  'Côte',
  'd',
  'Ivoire',
  'Казахстан',
  'ом',
  'Китай',
  'США',
  'казахстанско',
  'китайских',
  '中国',
  '哈萨克斯坦',
  '中',
  '刚果（金）',
  'KAZAKHSTAN',
  'Mexico',
  'Sea',
  'Niger',
  'River',
  'Jersey',
  'Guinea-Bissau',
];

const sentenceText = fc
  .array(
    fc.oneof(fc.constantFrom(...SPACES, ...ODD, ...TOKENS), fc.string({ unit: 'binary', maxLength: 6 })),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

describe('any text', () => {
  it('never throws; mentions are ordered, apart, their own slice, with a valid code', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        const offset = 11;
        const doc = `${'y'.repeat(offset)}${text}`;
        const mentions = extractor.extract({ index: 0, start: offset, end: doc.length, text }, ctx);
        let previousEnd = offset;
        for (const mention of mentions) {
          expect(doc.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeLessThanOrEqual(doc.length);
          expect(mention.code).toMatch(CODE);
          expect(['name', 'adjective']).toContain(mention.form);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a stretch answered from the scan of the whole sentence', () => {
  /** extractWindow after extractInDocument, and extract() on the stretch alone. */
  const both = (text: string, from: number, to: number) => {
    const sentence = { index: 0, start: 7, end: 7 + text.length, text };
    const document = {};
    extractor.extractInDocument(document, sentence, ctx);
    const alone = { ...sentence, start: sentence.start + from, text: text.slice(from, to) };
    return [extractor.extractWindow(document, sentence, from, to, ctx), extractor.extract(alone, ctx)];
  };

  it.each<[string, number, number]>([
    ['US$ 5 billion', 0, 2],
    ['New Mexico and China', 4, 20],
    ['U.S.A and China', 0, 4],
    ["China'x Kazakhstan", 0, 5],
    ['South China Sea talks', 6, 21],
    ['Kazakh-Chinese talks', 0, 6],
  ])('%s [%i, %i): the same mentions', (text, from, to) => {
    const [window, alone] = both(text, from, to);
    expect(window).toEqual(alone);
  });

  it('gives what a scan of the stretch alone gives, for any stretch', () => {
    fc.assert(
      fc.property(sentenceText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + (Math.max(a, b) % (text.length - from + 1));
        const [window, alone] = both(text, from, to);
        expect(window).toEqual(alone);
      }),
      { numRuns: 20000 },
    );
  });
});

/** CPU milliseconds of the fastest of three runs. */
const fastest = (run: () => void): number => leastCpuMs(run);

/** Text of `size` characters made by repeating `unit`. */
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('time grows linearly with the text', () => {
  const MB = 1_000_000;
  it.each<[string, string]>([
    ['a line of words with no punctuation', 'trade between Kazakhstan and China grew with Chinese capital '],
    ['capitalized words that are not countries', 'Astana Beijing Lianyungang Khorgos '],
    ['near misses of long names', 'Democratic Republic of the '],
    ['digits only', '7'],
    ['spaces', ' '],
    ['Han characters', '中国哈萨克斯坦贸易'],
    ['Cyrillic words', 'Казахстаном и Китаем '],
    ['unpaired surrogates', '\ud800A'],
    ['apostrophes after names', "China's'"],
  ])(
    '%s: 4x the text takes under 8x the time',
    (_name, unit) => {
      const small = repeat(unit, MB);
      const large = repeat(unit, 4 * MB);
      const run = (text: string) => () => {
        extractor.extract({ index: 0, start: 0, end: text.length, text }, ctx);
      };
      run(small)(); // warm up: the first pass compiles and fills the tables, which is not linear work
      expect(fastest(run(large))).toBeLessThan(LINEAR_AT_4X * fastest(run(small)) + 20);
    },
    60_000,
  );
});
