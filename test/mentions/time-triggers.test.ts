/**
 * The trigger scan only skips parsers that cannot match: whenever a parser's pattern finds anything in a text, the
 * scan of that text has the parser's bit (its words or digit shapes occur).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriggerScan } from '../../src/mentions/time/_triggers.js';
import { PARSERS } from '../../src/mentions/time/parsers/index.js';

const scan = createTriggerScan(PARSERS);

const PIECES = [
  ...'0123456789',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  ..."-–—/.,'’$",
  '2019',
  '2023',
  '2020',
  '1990',
  '2012-13',
  '03.07.2024',
  '2024-07-03',
  's',
  'Q',
  'H',
  'q',
  'FY',
  'Q3',
  '3Q',
  'H1',
  'in ',
  'by ',
  'the ',
  'of ',
  'end',
  'year-end',
  'mid',
  'early',
  'late',
  'start',
  'beginning',
  'middle',
  'close',
  'year',
  'years',
  'quarter',
  'half',
  'first',
  'last',
  'this',
  'next',
  'May',
  'July',
  'Jan.',
  'today',
  'ago',
  'since',
  '年',
  '月',
];

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.exec(text) !== null;
  pattern.lastIndex = 0;
  return found;
}

describe('createTriggerScan', () => {
  it('keeps every parser whose pattern finds something', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const mask = scan(text);
        PARSERS.forEach((parser, index) => {
          if (matches(parser.pattern, text))
            expect([parser.name, mask & (1 << index)]).not.toEqual([parser.name, 0]);
        });
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['year-range', 'trade in 2019 – 2023 rose'],
    ['numeric-date', 'signed on 03.07.2024'],
    ['numeric-date', 'signed on 2024/7/3'],
    ['decade', 'since the 1990’s'],
    ['quarter-code', 'in 2023Q3'],
    ['half-code', 'in 1H 2024'],
    ['year-part', 'by year-end 2025'],
  ])('%s runs on %j', (name, text) => {
    const index = PARSERS.findIndex((parser) => parser.name === name);
    expect(scan(text) & (1 << index)).not.toBe(0);
  });

  it('skips the digit parsers a plain number cannot feed', () => {
    const mask = scan('Some 45 projects worth 2023 dollars');
    for (const name of ['quarter-code', 'half-code', 'numeric-date', 'decade', 'year-range', 'year-part']) {
      expect(mask & (1 << PARSERS.findIndex((parser) => parser.name === name))).toBe(0);
    }
  });
});
