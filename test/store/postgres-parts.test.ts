import { describe, expect, it } from 'vitest';
import { isConnectionLost, parsePostgresUrl } from '../../src/store/postgres/connection.js';
import { pageOf } from '../../src/store/postgres/params.js';
import { STOP_MARK as E, restoreSnippet, START_MARK as S } from '../../src/store/postgres/snippet.js';

describe('parsePostgresUrl', () => {
  it.each([
    [
      'postgres://accord:s3cret@db.example:6543/accord?schema=accord_a',
      undefined,
      {
        schema: 'accord_a',
        where: 'db.example:6543/accord',
        location: 'postgres://accord:***@db.example:6543/accord?schema=accord_a',
        connectionString: 'postgres://accord:s3cret@db.example:6543/accord',
      },
    ],
    [
      'postgresql://root@127.0.0.1/test',
      'accord_b',
      {
        schema: 'accord_b',
        where: '127.0.0.1:5432/test',
        location: 'postgresql://root@127.0.0.1/test?schema=accord_b',
      },
    ],
    ['postgres://me@localhost', undefined, { schema: null, where: 'localhost:5432/me' }],
    [
      'postgres:///accord?host=/var/run/postgresql&password=pw',
      undefined,
      {
        where: '/var/run/postgresql:5432/accord',
        location: 'postgres:///accord?host=%2Fvar%2Frun%2Fpostgresql&password=***',
      },
    ],
  ])('reads %s (schema option %s)', (url, schema, expected) => {
    expect(parsePostgresUrl(url, schema)).toMatchObject(expected);
  });

  it.each([
    ['postgres://h/db?schema=Accord', 'BAD_INPUT'],
    ['postgres://h/db?schema=a-b', 'BAD_INPUT'],
    ['postgres://h/db?schema=', 'BAD_INPUT'],
    ['not a url', 'BAD_INPUT'],
  ])('refuses %s', (url, code) => {
    expect(() => parsePostgresUrl(url)).toThrow(expect.objectContaining({ code }));
  });
});

describe('isConnectionLost', () => {
  it.each([
    [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      true,
    ],
    [Object.assign(new Error('connection failure'), { code: '08006' }), true],
    [new Error('Connection terminated unexpectedly'), true],
    [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), true],
    [Object.assign(new Error('relation "documents" does not exist'), { code: '42P01' }), false],
    [Object.assign(new Error('deadlock detected'), { code: '40P01' }), false],
    ['a string', false],
    [null, false],
  ])('%s is lost: %s', (error, lost) => {
    expect(isConnectionLost(error)).toBe(lost);
  });
});

describe('pageOf', () => {
  it.each([
    [{}, { limit: null, offset: 0 }],
    [
      { limit: 5, offset: 10 },
      { limit: 5, offset: 10 },
    ],
    [
      { limit: -1, offset: -3 },
      { limit: null, offset: 0 },
    ],
    [{ limit: 0 }, { limit: 0, offset: 0 }],
  ])('%j is %j', (filter, page) => {
    expect(pageOf(filter)).toEqual(page);
  });
});

describe('restoreSnippet', () => {
  const marks: [string, string] = ['[', ']'];
  it.each([
    ['accents come back', 'A joint communiqué.', `A joint ${S}communique${E}.`, [], 'A joint [communiqué].'],
    [
      'a phrase is one mark',
      'We plan to double it.',
      `plan to ${S}double${E} ${S}it${E}.`,
      ['double it'],
      'We plan to [double it].',
    ],
    [
      'separate words stay apart',
      'China trade grew.',
      `${S}China${E} ${S}trade${E} grew.`,
      [],
      '[China] [trade] grew.',
    ],
    [
      'a cut text gets ellipses',
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
      `five six ${S}seven${E} eight`,
      [],
      'one two three four five six [seven] eight nine ten eleven twelve thirteen fourteen fifteen sixteen…',
    ],
    [
      'a text cut before the match gets a leading ellipsis',
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.',
      `eighteen ${S}nineteen${E} twenty`,
      [],
      '…five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen [nineteen] twenty.',
    ],
    ['an unfindable headline is kept as it is', 'Other text.', `${S}x${E} y`, [], '[x] y'],
    ['Ürümqi', 'Trains reach Ürümqi daily.', `reach ${S}Urumqi${E}`, [], 'Trains reach [Ürümqi] daily.'],
  ])('%s', (_name, text, headline, phrases, expected) => {
    expect(restoreSnippet(text, headline, marks, phrases)).toBe(expected);
  });
});
