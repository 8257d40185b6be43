import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/server/csv.js';
import { createMemo } from '../../src/server/memo.js';
import { offsetCursor, pageOf, readOffsetCursor, readParties } from '../../src/server/pagination.js';
import { problem } from '../../src/server/problem-details.js';
import { readSnippet } from '../../src/server/routes/search.js';

// The server's small parts, as tables with odd and negative rows.
describe('toCsv', () => {
  it.each([
    [[], '\n'],
    [[{ a: 1, b: 'x' }], 'a,b\n1,x\n'],
    [[{ parties: ['CN', 'KZ'] }], 'parties\n"CN,KZ"\n'],
    [[{ period: { label: '2023', start: null } }], 'period.label,period.start\n2023,\n'],
    [[{ a: 1 }, { b: 2 }], 'a,b\n1,\n,2\n'],
    [[{ text: 'say "hi", then\nleave' }], 'text\n"say ""hi"", then\nleave"\n'],
    [[{ ok: true, none: null }], 'ok,none\ntrue,\n'],
    [[{ sides: [{ value: 1 }] }], 'sides\n"[{""value"":1}]"\n'],
  ])('%j', (rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});

describe('offset cursors', () => {
  it.each([0, 1, 50, 123_456])('%i survives the round trip', (offset) => {
    expect(readOffsetCursor(offsetCursor(offset))).toBe(offset);
  });

  it.each(['', 'x', 'WyJvIiwtMV0', 'WyJvIiwxLjVd', 'WyJmIixudWxsLCJhIiwwXQ', 'bnVsbA'])(
    '%j is refused',
    (cursor) => {
      expect(() => readOffsetCursor(cursor)).toThrow(/cursor/);
    },
  );

  it('pages a list with next until the end', () => {
    const items = [1, 2, 3, 4, 5];
    const first = pageOf(items, { limit: 2 });
    expect(first.items).toEqual([1, 2]);
    const second = pageOf(items, { limit: 2, cursor: first.next ?? undefined });
    const third = pageOf(items, { limit: 2, cursor: second.next ?? undefined });
    expect([second.items, third.items, third.next]).toEqual([[3, 4], [5], null]);
    expect(pageOf(items, { limit: 5 }).next).toBeNull();
    expect(pageOf([], { limit: 5 })).toEqual({ items: [], next: null });
  });
});

describe('readParties', () => {
  it.each([
    ['KZ,CN', ['CN', 'KZ']],
    ['kz; cn', ['CN', 'KZ']],
    [' uz , kz ,cn ', ['CN', 'KZ', 'UZ']],
    [undefined, undefined],
  ])('%j is %j', (value, parties) => {
    expect(readParties(value)).toEqual(parties);
  });
});

describe('readSnippet', () => {
  it.each([
    ['plain', 'plain', []],
    ['a \uE000b\uE001 c', 'a b c', [{ start: 2, end: 3 }]],
    [
      '\uE000x\uE001\uE000y\uE001',
      'xy',
      [
        { start: 0, end: 1 },
        { start: 1, end: 2 },
      ],
    ],
    ['…trade \uE000grew\uE001…', '…trade grew…', [{ start: 7, end: 11 }]],
    ['stray \uE001 close', 'stray  close', []],
    ['<b>not markup</b> \uE000x\uE001', '<b>not markup</b> x', [{ start: 18, end: 19 }]],
  ])('%j', (marked, snippet, highlights) => {
    expect(readSnippet(marked)).toEqual({ snippet, highlights });
  });
});

describe('problem', () => {
  it.each([
    [400, 'urn:accord:problem:bad-request', 'Bad Request'],
    [404, 'urn:accord:problem:not-found', 'Not Found'],
    [413, 'urn:accord:problem:too-large', 'Payload Too Large'],
    [418, 'urn:accord:problem:bad-request', "I'm a Teapot"],
    [500, 'urn:accord:problem:internal', 'Internal Server Error'],
  ])('%i is %s', (status, type, title) => {
    expect(problem(status, 'why', '/api/x')).toEqual({
      type,
      title,
      status,
      detail: 'why',
      instance: '/api/x',
    });
  });
});

describe('createMemo', () => {
  it('shares one computation until it expires or is cleared, and forgets failures', async () => {
    let clock = 0;
    const memo = createMemo<number>(1000, () => clock);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await Promise.all([memo.get('a', compute), memo.get('a', compute)])).toEqual([1, 1]);
    clock = 999;
    expect(await memo.get('a', compute)).toBe(1);
    expect(await memo.get('b', compute)).toBe(2);
    clock = 1000;
    expect(await memo.get('a', compute)).toBe(3);
    memo.clear();
    expect(await memo.get('a', compute)).toBe(4);
    await expect(memo.get('c', () => Promise.reject(new Error('store closed')))).rejects.toThrow(
      'store closed',
    );
    expect(await memo.get('c', compute)).toBe(5);
  });
});
