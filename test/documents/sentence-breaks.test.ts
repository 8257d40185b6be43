/**
 * sentence-breaks.ts stands in for Intl.Segmenter: on any text of its table it must find the boundaries the
 * segmenter finds, and it must step aside (return false) on characters outside the table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreesWithSegmenter, sentenceBreaks } from '../../src/documents/sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function icuBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (const segment of segmenter.segment(text)) if (segment.index > 0) breaks.push(segment.index);
  return breaks;
}

function ours(text: string): number[] | null {
  const breaks: number[] = [];
  return sentenceBreaks(text, 0, text.length, breaks) ? breaks : null;
}

// One or more characters of each class of the table, weighted toward what decides a boundary.
const PIECES = [
  ...'AaZz09.....!??',
  ' ',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  ...')("\'[]{}',
  '\u201c',
  '\u201d',
  '\u2019',
  '\u00ab',
  '\u00bb',
  ...',;:-',
  '\u2013',
  '\u2014',
  ...'#$%&*+/<=>@_~',
  '\u2026',
  '\u2022',
  '\u20ac',
  '\u00e9',
  '\u00c9',
  '\u00df',
  '\u00aa',
  '\u00b2',
  '\u00bf',
  '\u01c5',
  '\u01bb',
  '\u0436',
  '\u0416',
  '\u4e2d',
  '\u3002',
  '\uff0c',
  '\uff01',
  '\u300c',
  'U.S.',
  'e.g. ',
  'Dr. ',
];

describe('sentenceBreaks', () => {
  it('agrees with this ICU on its probes', () => {
    expect(agreesWithSegmenter(segmenter)).toBe(true);
  });

  it('finds the boundaries Intl.Segmenter finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(ours(text)).toEqual(icuBreaks(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['Trade rose. Exports fell.', [12]],
    ['Growth reached 4.7 percent. It eased.', [28]],
    ['Approx. 8% more. Good.', [17]],
    ['He came to the U.S. Then he left.', [20]],
    ['1.B is next.', [2]],
    ['中哈贸易。双方计划。', [5]],
  ])('%j', (text, expected) => {
    expect(ours(text)).toEqual(expected);
    expect(icuBreaks(text)).toEqual(expected);
  });

  it.each([
    ['a line separator', 'Trade rose.\u2028Exports fell.'],
    ['a combining mark', 'Cafe\u0301 owners met. They agreed.'],
    ['a soft hyphen', 'Co\u00adoperation grew. Trade rose.'],
    ['a surrogate pair', 'Trade rose \u{1f4c8}. Exports fell.'],
  ])('leaves %s to the segmenter', (_name, text) => {
    expect(ours(text)).toBeNull();
  });

  it('reads only the chunk it is given, with offsets into the whole text', () => {
    const text = 'Skip this. Trade rose. Exports fell. Skip that.';
    const breaks: number[] = [];
    expect(sentenceBreaks(text, 11, 36, breaks)).toBe(true);
    expect(breaks).toEqual([23]);
  });
});
