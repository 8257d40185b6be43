/**
 * Properties of the quantity extractor on any input: it never throws, offsets are document offsets whose slice is
 * the mention text, mentions are sorted and disjoint, values are finite, and time grows linearly with the input
 * (0.5 MB vs 2 MB of the worst inputs we know: long digit runs, digits split by every Unicode space, a 5 MB line
 * without punctuation, unpaired surrogates, control characters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal } from '../../src/mentions/quantities/_decimal.js';
import { createQuantityExtractor } from '../../src/mentions/quantities/index.js';
import type { ExtractContext, QuantityMention } from '../../src/types.js';
import { LINEAR_AT_4X, leastCpuMs } from '../helpers/cpu-time.js';

const ctx: ExtractContext = { published: '2024-07-03', lang: 'en', debug: () => {} };
const extractor = createQuantityExtractor({ lang: 'en' });

function extract(text: string, start = 0): QuantityMention[] {
  return extractor.extract({ index: 0, start, end: start + text.length, text }, ctx);
}

const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u3000', '\t', '\n'];
const PIECES = [
  ...'0123456789',
  ...SPACES,
  ...',.-–—−%$€£¥₸₽₹+~()/:#',
  'billion',
  'bn',
  'm',
  'k',
  'million',
  'one',
  'forty',
  '-one',
  'hundred',
  'and',
  'a',
  'half',
  'dozen',
  'doubled',
  'double',
  'to',
  'from',
  'between',
  'by',
  'rose',
  'about',
  'over',
  'more than',
  'USD',
  'RMB',
  'tenge',
  'dollars',
  'percent',
  'tonnes',
  'projects',
  'years',
  'July',
  'Article',
  'No.',
  'G',
  'th',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u0007',
  '\u200b',
  '\ufeff',
  'https://x.io/',
  '@',
  '万',
  '亿',
  'млрд',
];

const piece = fc.constantFrom(...PIECES);
const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

function checkInvariants(doc: string, sentenceStart: number, mentions: QuantityMention[]): void {
  let lastEnd = -1;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(sentenceStart);
    expect(m.end).toBeLessThanOrEqual(sentenceStart + doc.length);
    expect(m.start).toBeLessThan(m.end);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(doc.slice(m.start - sentenceStart, m.end - sentenceStart)).toBe(m.text);
    for (const v of [m.value, m.low, m.high]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
    if (m.value === null && !m.isMultiplier) expect(m.low !== null && m.high !== null).toBe(true);
    lastEnd = m.end;
  }
}

describe('quantities: properties', () => {
  it('never throws and keeps every invariant on generated number-like text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 10_000 }), (doc, start) => {
        checkInvariants(doc, start, extract(doc, start));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings, unpaired surrogates and control characters included', () => {
    const anyUnit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 })
        .map((cs) => String.fromCharCode(...cs)),
    );
    fc.assert(
      fc.property(anyUnit, (doc) => {
        checkInvariants(doc, 0, extract(doc));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any integer with any scale exactly: n billion is n * 10^9 as a decimal shift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(
          ['thousand', 3],
          ['million', 6],
          ['billion', 9],
          ['trillion', 12],
          ['bn', 9],
          ['mln', 6],
        ),
        (int, frac, [word, exp]) => {
          const dec = frac > 0 ? `${int}.${String(frac).padStart(2, '0')}` : String(int);
          const [m] = extract(`Trade reached $${dec} ${word} last year.`);
          expect(m?.value).toBe(Number(shiftDecimal(dec, exp as number)));
          expect(m?.unit).toBe('USD');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads thousands separators of every kind the same way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 999_999_999 }),
        fc.constantFrom(',', ...SPACES.slice(0, 5)),
        (n, sep) => {
          const written = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
          const [m] = extract(`Exports reached ${written} tonnes.`);
          expect(m?.value).toBe(n);
          expect(m?.unit).toBe('t');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Least CPU milliseconds of three runs of extract() on `doc`. */
const timeOf = (doc: string): number => leastCpuMs(() => extract(doc));

const MB = 500_000;
const WORST: [string, (n: number) => string][] = [
  ['one run of digits', (n) => '7'.repeat(n)],
  [
    'digits split by every Unicode space',
    (n) => `1${SPACES.slice(0, 7).join('000')}`.repeat(Math.ceil(n / 24)).slice(0, n),
  ],
  ['comma groups without end', (n) => '1,000'.repeat(Math.ceil(n / 5)).slice(0, n)],
  [
    'a line of words without punctuation',
    (n) => 'trade grew by about forty one billion tonnes over years '.repeat(Math.ceil(n / 56)).slice(0, n),
  ],
  ['number words only', (n) => 'one hundred and '.repeat(Math.ceil(n / 16)).slice(0, n)],
  ['currency signs and dashes', (n) => '$-€–1-'.repeat(Math.ceil(n / 6)).slice(0, n)],
  ['spaces only', (n) => ' '.repeat(n)],
  [
    'unpaired surrogates and controls',
    (n) => '\ud800\u0000\udc00\u0007 5'.repeat(Math.ceil(n / 7)).slice(0, n),
  ],
  [
    'dense figures',
    (n) => 'over $4.7bn, 45 projects, 3-5% up 20% in 2023; '.repeat(Math.ceil(n / 48)).slice(0, n),
  ],
];

describe('quantities: linear time on the worst inputs', () => {
  it('reads 100,000 digits without an exception or an infinite value', () => {
    const mentions = extract(`Trade reached $${'9'.repeat(100_000)} billion.`);
    for (const m of mentions) expect(Number.isFinite(m.value ?? 0)).toBe(true);
  });

  it.each(WORST)('%s: 2 MB takes under 8x the time of 0.5 MB', (_name, make) => {
    const small = make(MB);
    const large = make(4 * MB);
    timeOf(small); // warm up
    const t1 = Math.max(timeOf(small), 2);
    const t4 = timeOf(large);
    expect(t4).toBeLessThan(LINEAR_AT_4X * t1 + 50);
  });

  it('handles a 5 MB line with no punctuation in well under a few seconds', () => {
    const line = 'cooperation between the two countries continues to grow across many sectors '.repeat(
      66_000,
    );
    const t = performance.now();
    extract(line);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
