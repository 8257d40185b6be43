import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccordError } from '../../src/errors.js';
import { openStore } from '../../src/store/open-store.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { withoutProvenance } from '../../src/store/rows.js';
import type { Store } from '../../src/store/store.js';
import {
  DOCUMENT_COLUMNS_6,
  FIGURE_COLUMNS_6,
  SIX_DOCUMENT,
  SIX_DOCUMENT_ROW,
  SIX_FIGURE_ROWS,
  SIX_STORED,
} from './_figures-before-7.js';
import { describeStoreContract, makeDocument, makeRecords } from './store-contract.js';

const URL_ = process.env.ACCORD_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';
const run = randomBytes(4).toString('hex');
const schemas: string[] = [];
let admin: pg.Pool;

/** A fresh schema name of this run; every one is dropped when the file ends. */
function newSchema(): string {
  const name = `accord_test_${run}_${schemas.length}`;
  schemas.push(name);
  return name;
}

const withSchema = (schema: string) => `${URL_}${URL_.includes('?') ? '&' : '?'}schema=${schema}`;

beforeAll(() => {
  admin = new pg.Pool({ connectionString: URL_, max: 2 });
});

afterAll(async () => {
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

/** Creates `schema` as a release of schema `version` left it, and makes it the client's search path. */
async function createSchemaAt(client: pg.PoolClient, schema: string, version: number): Promise<void> {
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path = "${schema}"`);
  await client.query(
    'CREATE TABLE schema_version (singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton), version INTEGER NOT NULL)',
  );
  await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version]);
  for (const step of POSTGRES_MIGRATIONS.slice(0, version)) await client.query(step);
}

describeStoreContract('postgres', () => openPostgresStore(URL_, { schema: newSchema() }));

describe('postgres store', () => {
  const doc = makeDocument('Freight on the Trans-Caspian route grew by a third.', { source: 'old.txt' });

  it('is opened by openStore for postgres:// URLs, and its location hides the password', async () => {
    const schema = newSchema();
    const store = await openStore(withSchema(schema));
    expect(store.location).toContain(`schema=${schema}`);
    await store.close();
    // Trust authentication ignores the password: the store opens, and its location must still hide it.
    const secret = new URL(withSchema(newSchema()));
    secret.password = 'hunter2';
    const withPassword = await openPostgresStore(secret.toString());
    expect(withPassword.location).not.toContain('hunter2');
    expect(withPassword.location).toContain(':***@');
    await withPassword.close();
  });

  it('upgrades an older schema in place, keeping its documents and indexing them', async () => {
    const schema = newSchema();
    const client = await admin.connect();
    try {
      // A schema as the first release left it: version 1, one document, no search index, no records.
      await createSchemaAt(client, schema, 1);
      await client.query(
        `INSERT INTO documents (id, source, format, outlet, title, author, published, lang, text, sentences, ingested)
         VALUES ($1, $2, 'text', NULL, NULL, NULL, NULL, 'en', $3, $4, '2024-01-01T00:00:00.000Z')`,
        [doc.id, doc.source, doc.text, JSON.stringify(doc.sentences.flatMap((s) => [s.start, s.end]))],
      );
    } finally {
      await client.query('RESET search_path');
      client.release();
    }
    const upgraded = await openPostgresStore(URL_, { schema });
    expect(await upgraded.getDocument(doc.id)).toEqual(doc);
    expect((await upgraded.searchDocuments('freight')).map((h) => h.id)).toEqual([doc.id]);
    expect(await upgraded.staleDocuments('v1', 10)).toEqual([doc.id]);
    await upgraded.close();
    const { rows } = await admin.query(`SELECT version FROM "${schema}".schema_version`);
    expect(rows).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
  });

  it('upgrades figures kept as columns (schema 6) to records that read back the same', async () => {
    const schema = newSchema();
    const client = await admin.connect();
    try {
      await createSchemaAt(client, schema, 6);
      const marks = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
      await client.query(
        `INSERT INTO documents (${DOCUMENT_COLUMNS_6}) VALUES (${marks(SIX_DOCUMENT_ROW.length)})`,
        SIX_DOCUMENT_ROW,
      );
      for (const row of SIX_FIGURE_ROWS) {
        await client.query(`INSERT INTO figures (${FIGURE_COLUMNS_6}) VALUES (${marks(25)})`, row);
      }
    } finally {
      await client.query('RESET search_path');
      client.release();
    }
    const upgraded = await openPostgresStore(URL_, { schema });
    expect(await upgraded.listFigures()).toEqual(SIX_STORED);
    expect((await upgraded.listFigureJson()).map((text) => JSON.parse(text))).toEqual(SIX_STORED);
    const records = SIX_STORED.map(withoutProvenance);
    expect((await upgraded.getRecords(SIX_DOCUMENT.id))?.figures).toEqual(records.reverse());
    expect(await upgraded.listFigures({ parties: ['KZ', 'CN'], indicator: 'trade.total' })).toHaveLength(1);
    await upgraded.close();
  });

  it('migrates once when two processes open a new schema at the same time', async () => {
    const schema = newSchema();
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(URL_, { schema })));
    expect(await stores[0]?.putDocument(doc)).toEqual({ id: doc.id, stored: true });
    expect(await stores[2]?.countDocuments()).toBe(1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('refuses a schema newer than this program, with a clear message', async () => {
    const schema = newSchema();
    await (await openPostgresStore(URL_, { schema })).close();
    await admin.query(`UPDATE "${schema}".schema_version SET version = 999`);
    const error = await openPostgresStore(URL_, { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'STORE_TOO_NEW' });
    expect((error as Error).message).toMatch(/schema version 999, newer than this Accord knows/);
  });

  it('fails fast with the server named, and no password, when it cannot connect', async () => {
    const started = Date.now();
    const error = await openPostgresStore('postgres://accord:s3cret@127.0.0.1:1/accord', {
      connectTimeoutMs: 2000,
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(AccordError);
    expect(error).toMatchObject({ code: 'BAD_STORE' });
    expect((error as Error).message).toContain('127.0.0.1:1/accord');
    expect((error as Error).message).not.toContain('s3cret');
  });

  it.each([
    ['a schema name that would need quoting', URL_, 'Accord-Test'],
    ['a schema name in the URL that would need quoting', withSchema('a;drop'), undefined],
    ['a malformed URL', 'postgres://[nope', undefined],
  ])('refuses %s before connecting', async (_name, url, schema) => {
    await expect(openPostgresStore(url, { schema })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('keeps one copy when two stores write the same document at once', async () => {
    const schema = newSchema();
    const [a, b] = [await openPostgresStore(URL_, { schema }), await openPostgresStore(URL_, { schema })];
    const records = makeRecords();
    const results = await Promise.all([a.putDocument(doc, records), b.putDocument(doc, records)]);
    expect(results.map((r) => r.stored).sort()).toEqual([false, true]);
    expect(await a.countDocuments()).toBe(1);
    expect(await b.listFigures()).toHaveLength(records.figures.length);
    // Overlapping batches in opposite orders neither deadlock nor duplicate.
    const others = ['Grain exports rose.', 'Rail freight doubled.', 'A new border crossing opened.'].map(
      (t) => makeDocument(t),
    );
    const batch = others.map((document) => ({ document, records }));
    const [first, second] = await Promise.all([a.putDocuments(batch), b.putDocuments([...batch].reverse())]);
    expect([...(first ?? []), ...(second ?? [])].filter((r) => r.stored)).toHaveLength(3);
    expect(await a.countDocuments()).toBe(4);
    await Promise.all([a.close(), b.close()]);
  });

  it('answers hasDocument calls made together with one query, each with its own answer', async () => {
    const store = await openPostgresStore(URL_, { schema: newSchema() });
    const stored = ['Grain exports rose.', 'Rail freight doubled.'].map((t) => makeDocument(t));
    await store.putDocuments(stored.map((document) => ({ document })));
    const absent = makeDocument('A new border crossing opened.');
    const ids = [stored[0]?.id, absent.id, stored[1]?.id, stored[0]?.id].map(String);
    const query = vi.spyOn(pg.Client.prototype, 'query');
    try {
      expect(await Promise.all(ids.map((id) => store.hasDocument(id)))).toEqual([true, false, true, true]);
      expect(query).toHaveBeenCalledTimes(1);
      // Calls made one after another are asked one at a time.
      expect(await store.hasDocument(absent.id)).toBe(false);
      expect(await store.hasDocument(String(stored[1]?.id))).toBe(true);
      expect(query).toHaveBeenCalledTimes(3);
    } finally {
      query.mockRestore();
      await store.close();
    }
    // A closed store rejects every call of the group.
    const answers = await Promise.allSettled(ids.map((id) => store.hasDocument(id)));
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
  });

  it('survives its connections being ended by the server', async () => {
    const schema = newSchema();
    const applicationName = `accord_test_${run}_drop`;
    const store: Store = await openPostgresStore(URL_, { schema, applicationName, poolSize: 2 });
    await store.putDocument(doc);
    // Ended without waiting: the pool still holds the dead connections when the next call comes.
    const kill = () =>
      admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        applicationName,
      ]);
    expect((await kill()).rowCount).toBeGreaterThan(0);
    expect(await store.countDocuments()).toBe(1);
    await kill();
    const next = makeDocument('Transit through the port rose by a fifth.');
    expect(await store.putDocuments([{ document: next, records: makeRecords() }])).toEqual([
      { id: next.id, stored: true },
    ]);
    expect(await store.listFigures({ document: next.id })).toHaveLength(2);

    // A batch in flight when its connection ends either completes on a fresh connection or fails as a whole;
    // written again, it leaves every document once.
    const batch = Array.from({ length: 300 }, (_, i) => ({
      document: makeDocument(`Report ${i}: trade grew by ${i} percent.`),
      records: makeRecords(),
    }));
    const inFlight = store.putDocuments(batch).then(
      () => null,
      (error: unknown) => error,
    );
    await kill();
    const failure = await inFlight;
    if (failure) expect(failure).toMatchObject({ code: 'BAD_STORE' });
    await store.putDocuments(batch);
    expect(await store.countDocuments()).toBe(2 + batch.length);
    expect(await store.listFigures({ limit: 10_000 })).toHaveLength(2 * (1 + batch.length));
    await store.close();
  });
});

describe('postgres store, long documents', () => {
  it('stores a document whose words overflow one tsvector, and finds it by its first words', async () => {
    const words = Array.from({ length: 260_000 }, (_, i) => `w${(i * 7919).toString(36)}`).join(' ');
    const long = makeDocument(`Grain corridor talks opened in Aktau.\n${words}\nClosing remarks.`, {
      source: 'long.txt',
    });
    expect(long.text.length).toBeGreaterThan(1_500_000);
    const store = await openPostgresStore(URL_, { schema: newSchema() });
    expect(await store.putDocument(long)).toEqual({ id: long.id, stored: true });
    const [hit] = await store.searchDocuments('aktau');
    expect(hit?.id).toBe(long.id);
    expect(hit?.snippet).toContain('[Aktau]');
    expect((await store.getDocument(long.id))?.text).toBe(long.text);
    await store.close();
  });
});
