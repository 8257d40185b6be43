import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newsText } from '../../bench/generate-corpus.js';
import { openQueue, resolveQueueLocation, type WorkQueue } from '../../src/queue/index.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import type { RawDocument } from '../../src/types.js';

/** The PostgreSQL server of the tests: ACCORD_TEST_PG, else the one this machine starts. */
export const TEST_PG = process.env.ACCORD_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';

/** A URL on the test server with a `schema` parameter: `withSchema('q_ab12')`. */
export function withSchema(schema: string): string {
  const url = new URL(TEST_PG);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** A fresh, unused schema name: `freshName('q')` is like "q_3fa9c01b2d". */
export function freshName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** Drops schemas (the queue's, a PostgreSQL store's) and everything in them. */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Runs one statement on the test server with a connection of its own. */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A store for one test, and how to remove it afterwards. */
export interface TestStore {
  location: string;
  /** Opens it; `applicationName` names its connections in pg_stat_activity (PostgreSQL only). */
  open(applicationName?: string): Promise<Store>;
  drop(): Promise<void>;
}

/**
 * The store of one test: a PostgreSQL schema of its own on the test server, dropped afterwards;
 * ACCORD_TEST_STORE=sqlite runs the same tests on an SQLite file instead.
 */
export function createTestStore(): TestStore {
  if (process.env.ACCORD_TEST_STORE === 'sqlite') {
    const location = join(mkdtempSync(join(tmpdir(), 'accord-queue-')), 'accord.db');
    return { location, open: () => openStore(location), drop: async () => {} };
  }
  const schema = freshName('s');
  const location = withSchema(schema);
  return {
    location,
    open: (applicationName) =>
      applicationName ? openPostgresStore(location, { applicationName }) : openStore(location),
    drop: () => dropSchemas(schema),
  };
}

/** A generated report-like document (about 3 KB, some ten figures): `generatedRaw(7)`. */
export function generatedRaw(index: number, text = newsText(index)): RawDocument {
  return {
    source: `generated/${String(index).padStart(5, '0')}.txt`,
    format: 'text',
    text,
    title: null,
    outlet: 'Generated Wire',
    author: null,
    published: '2024-03-01',
    lang: 'en',
  };
}

/** One test's queue and store, opened in schemas of their own. */
export interface QueueSetup {
  /** The queue's schema (pg-boss's tables). */
  schema: string;
  queueUrl: string;
  queue: WorkQueue;
  testStore: TestStore;
  store: Store;
}

/** Opens a queue and a store for one test, adding to `cleanups` what closes and drops them. */
export async function openQueueAndStore(cleanups: Array<() => Promise<void>>): Promise<QueueSetup> {
  const schema = freshName('q');
  const queueUrl = withSchema(schema);
  const queue = await openQueue(resolveQueueLocation(queueUrl, undefined));
  const testStore = createTestStore();
  const store = await testStore.open();
  cleanups.push(async () => {
    await store.close();
    await queue.close();
    await testStore.drop();
    await dropSchemas(schema);
  });
  return { schema, queueUrl, queue, testStore, store };
}
