/** Tokens and clauses of a sentence: the units every measure parser walks. */
import { describe, expect, it } from 'vitest';
import { createSentenceView, tokenize } from '../../src/records/figures/sentence-view.js';

describe('tokenize', () => {
  it.each([
    ["China's trade, $41bn", ["china's", 'trade', ',', '$', '41bn']],
    ['Kazakh-Chinese relations', ['kazakh-chinese', 'relations']],
    ['4,700 enterprises; 14.5 billion', ['4,700', 'enterprises', ';', '14.5', 'billion']],
    ['Kazakhstan’s exports', ["kazakhstan's", 'exports']],
    // odd rows: trailing joiners, non-Latin letters, a lone dash
    ['trade - up 5%.', ['trade', '-', 'up', '5', '%', '.']],
    ['товарооборот 20', ['товарооборот', '20']],
    ['end.', ['end', '.']],
    ['  ', []],
    ['', []],
  ])('%j', (text, lowers) => {
    expect(tokenize(text).map((t) => t.lower)).toEqual(lowers);
  });

  it('keeps offsets and capitals', () => {
    const [first, second] = tokenize('China  invests');
    expect(first).toMatchObject({ start: 0, end: 5, isCap: true, isWord: true });
    expect(second).toMatchObject({ start: 7, end: 14, isCap: false });
  });
});

describe('clauses', () => {
  it.each([
    ['Trade grew, with exports reaching $5 billion, and imports fell.', [0, 1, 2]],
    ['Exports rose while imports fell.', [0, 1]],
    ['In 2023, trade reached $41 billion.', [0]],
    ['Trade rose; investment fell.', [0, 1]],
  ])('%s', (text, clauses) => {
    const view = createSentenceView({
      sentence: { index: 0, start: 0, end: text.length, text },
      quantities: [],
      times: [],
      countries: [],
    });
    expect([...new Set(view.tokens.map((t) => t.clause))]).toEqual(clauses);
  });
});
