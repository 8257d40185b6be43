import { describe, expect, it } from 'vitest';
import { type Highlight, segmentText } from '../../web/src/lib/segments.js';

const h = (id: string, start: number, end: number, type: Highlight['type'] = 'figure'): Highlight => ({
  id,
  type,
  start,
  end,
});

describe('segmentText: cutting a text at its highlights for the reader', () => {
  it.each([
    ['no highlights', 'trade rose', [], [['trade rose', []]]],
    [
      'one figure',
      'trade of $41 billion',
      [h('f0', 9, 20)],
      [
        ['trade of ', []],
        ['$41 billion', ['f0']],
      ],
    ],
    [
      'a figure inside a commitment: the longer wraps the shorter',
      'plans to double this figure',
      [h('f1', 9, 15), h('c0', 0, 27, 'commitment')],
      [
        ['plans to ', ['c0']],
        ['double', ['c0', 'f1']],
        [' this figure', ['c0']],
      ],
    ],
    [
      'overlapping, not nested',
      'abcdef',
      [h('a', 0, 4), h('b', 2, 6)],
      [
        ['ab', ['a']],
        ['cd', ['a', 'b']],
        ['ef', ['b']],
      ],
    ],
    ['outside the text: dropped', 'abc', [h('x', 2, 9), h('y', -1, 1)], [['abc', []]]],
    ['empty span: dropped', 'abc', [h('x', 1, 1)], [['abc', []]]],
    [
      'markup stays text',
      '<script>alert(1)</script>',
      [h('s', 0, 8)],
      [
        ['<script>', ['s']],
        ['alert(1)</script>', []],
      ],
    ],
  ])('%s', (_name, text, highlights, expected) => {
    const segments = segmentText(text, highlights);
    expect(segments.map((s) => [s.text, s.highlights.map((x) => x.id)])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
