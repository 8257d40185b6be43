import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeExtractor } from '../../src/mentions/time/index.js';
import type { TimeMention } from '../../src/types.js';
import { LINEAR_AT_4X, leastCpuMs } from '../helpers/cpu-time.js';
import { ODD, SPACES } from '../helpers/odd-text.js';

const extractor = createTimeExtractor();
const ctx = { published: '2024-07-03', lang: 'en', debug: () => {} };

/** Pieces of time expressions, so random text often comes close to matching. */
const TOKENS = [
  'in',
  'In',
  '2023',
  '2019',
  '2019-2023',
  '2012-13',
  'May',
  'January',
  'Sept.',
  'the',
  'first',
  'half',
  'of',
  'since',
  'by',
  'until',
  'Q3',
  'H1',
  '3Q',
  'last',
  'this',
  'year',
  'month',
  'past',
  '15',
  'years',
  'decade',
  '年',
  '上半年',
  '月',
  '日',
  '-',
  '–',
  ',',
  '.',
  "'s",
  '’s',
  '$',
  'now',
  'currently',
  'between',
  'and',
  'to',
  'from',
  'within',
  'five',
  'near',
  'future',
  'coming',
  'ago',
  'end',
  'mid-',
  'as of',
  '03.07.2024',
  '2024-07-03',
  'FY',
  'fiscal',
  '1st',
];

const sentenceText = fc
  .array(
    fc.oneof(fc.constantFrom(...SPACES, ...ODD, ...TOKENS), fc.string({ unit: 'binary', maxLength: 6 })),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

/** A mention is well formed: its text is its slice, it lies in the sentence, its period is ISO or null. */
function checkMention(mention: TimeMention, doc: string, offset: number, length: number): void {
  expect(doc.slice(mention.start, mention.end)).toBe(mention.text);
  expect(mention.start).toBeGreaterThanOrEqual(offset);
  expect(mention.end).toBeLessThanOrEqual(offset + length);
  expect(mention.end).toBeGreaterThan(mention.start);
  expect(['point', 'span', 'since', 'deadline']).toContain(mention.role);
  for (const date of [mention.period.start, mention.period.end]) {
    // Matches "2024-07-03"; must not match "2024-7-3".
    if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  if (mention.period.start && mention.period.end)
    expect(mention.period.start <= mention.period.end).toBe(true);
}

describe('any text', () => {
  it('never throws, and every mention is its own slice of the document', () => {
    fc.assert(
      fc.property(sentenceText, fc.constantFrom('2024-07-03', null, 'garbage'), (text, published) => {
        const offset = 7;
        const doc = `${'x'.repeat(offset)}${text}`;
        const mentions = extractor.extract(
          { index: 0, start: offset, end: doc.length, text },
          { ...ctx, published },
        );
        let previousEnd = offset;
        for (const mention of mentions) {
          checkMention(mention, doc, offset, text.length);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** CPU milliseconds of the fastest of three runs. */
const fastest = (run: () => void): number => leastCpuMs(run);

/** Text of about `size` characters made by repeating `unit`. */
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A long line of words with no punctuation, from a fixed seed. */
function wordSoup(size: number): string {
  const words = [
    'trade',
    'in',
    '2023',
    'the',
    'first',
    'half',
    'of',
    'since',
    'May',
    'grew',
    'past',
    'years',
    'by',
    '2030',
  ];
  const filler = [
    'bilateral',
    'cooperation',
    'between',
    'countries',
    'projects',
    'energy',
    'transport',
    'and',
    'with',
    'a',
  ];
  let seed = 7;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = (
      seed % 4 === 0 ? words[(seed >> 2) % words.length] : filler[(seed >> 2) % filler.length]
    ) as string;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

describe('time grows linearly with the text', () => {
  const MB = 1_000_000;
  it.each<[string, (size: number) => string]>([
    ['a line of words with no punctuation', wordSoup],
    ['digits only', (size) => repeat('7', size / 10)],
    ['year after year', (size) => repeat('2023', size / 10)],
    ['spaces', (size) => repeat(' ', size)],
    ['ideographic spaces', (size) => repeat('\u3000', size)],
    ['"in " repeated', (size) => repeat('in ', size)],
    ['"the past " repeated', (size) => repeat('the past ', size)],
    ['"in 2023 " repeated', (size) => repeat('in 2023 ', size / 4)],
    ['dashes between years', (size) => repeat('2019-', size / 4)],
    ['unpaired surrogates', (size) => repeat('\ud800a', size / 4)],
  ])(
    '%s: 4x the text takes under 8x the time',
    (_name, make) => {
      const small = make(MB);
      const large = make(4 * MB);
      const run = (text: string) => () => {
        extractor.extract({ index: 0, start: 0, end: text.length, text }, ctx);
      };
      run(small)(); // warm up: the first pass compiles and fills the tables, which is not linear work
      const smallTime = fastest(run(small));
      const largeTime = fastest(run(large));
      expect(largeTime).toBeLessThan(LINEAR_AT_4X * smallTime + 20);
    },
    60_000,
  );

  it('100,000 digits in one sentence take well under a second', () => {
    const text = '1'.repeat(100_000);
    expect(
      fastest(() => extractor.extract({ index: 0, start: 0, end: text.length, text }, ctx)),
    ).toBeLessThan(1000);
  });
});
