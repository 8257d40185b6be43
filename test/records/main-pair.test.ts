/** The document's main pair: the two countries mentioned most, ties to the first named. */
import { describe, expect, it } from 'vitest';
import { mainPair } from '../../src/records/figures/index.js';
import type { CountryMention } from '../../src/types.js';

const m = (code: string): CountryMention => ({
  kind: 'country',
  text: code,
  start: 0,
  end: 2,
  code,
  form: 'name',
  rule: 'test',
});

describe('mainPair', () => {
  it.each([
    [
      [['KZ', 'CN'], ['KZ'], ['RU']],
      ['CN', 'KZ'],
    ],
    [
      [
        ['RU', 'KZ'],
        ['CN', 'CN', 'KZ'],
      ],
      ['CN', 'KZ'],
    ],
    [
      [['UZ'], ['CN'], ['KZ']],
      ['CN', 'UZ'],
    ],
    [[['KZ'], ['KZ']], ['KZ']],
    [[[], []], []],
    [[], []],
  ])('%j -> %j', (sentences, pair) => {
    expect(mainPair(sentences.map((codes) => codes.map(m)))).toEqual(pair);
  });
});
