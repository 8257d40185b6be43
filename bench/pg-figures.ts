/**
 * The figures query on PostgreSQL beside SQLite: the generated store of knowledge-scale (1,000,000 figures over
 * 200,000 documents at scale 1) written to both through the Store interface (batches of 500 documents, one
 * transaction each; the PostgreSQL store sends each table's rows of a batch as one multi-row insert), then the
 * same 1,000 random figures queries (one pair, one indicator) timed on each, p50/p99.
 * The server is ACCORD_BENCH_PG, else ACCORD_TEST_PG, else postgres://root@127.0.0.1:5432/test; the benchmark
 * works in a schema of its own and drops it afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../src/store/store.js';
import { dropPostgresSchema, openPostgresStore, openSqliteStore } from './_product.js';
import { createRandom } from './generate-corpus.js';
import { buildScaleStore, INDICATORS, makeEntry, pairOf, percentile } from './knowledge-scale.js';

const DEFAULT_URL = 'postgres://root@127.0.0.1:5432/test';
const BATCH = 500;
const QUERIES = 1000;

const round = (n: number) => Math.round(n * 100) / 100;

/** Times the same random figures queries on a store: `await timeFigures(store)`. */
async function timeFigures(store: Store) {
  const random = createRandom(7);
  const times: number[] = [];
  let rows = 0;
  await store.listFigures({ parties: ['CN', 'KZ'], indicator: 'trade.total' }); // warm the pool and the plan cache
  for (let q = 0; q < QUERIES; q++) {
    const parties = pairOf(random);
    const indicator = INDICATORS[Math.floor(random() * INDICATORS.length)] as string;
    const t = performance.now();
    rows += (await store.listFigures({ parties, indicator })).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
    meanRows: Math.round(rows / QUERIES),
  };
}

/** Loads the generated figures into PostgreSQL and SQLite and times the figures query on both. */
export async function benchPgFigures(figureCount: number, documentCount: number) {
  const url = process.env.ACCORD_BENCH_PG ?? process.env.ACCORD_TEST_PG ?? DEFAULT_URL;
  const schema = `accord_bench_${process.pid}`;
  let pgStore: Store;
  try {
    pgStore = await openPostgresStore(url, { schema });
  } catch (error) {
    return `skipped: ${error instanceof Error ? error.message : String(error)}`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'accord-pg-figures-'));
  try {
    const perDocument = Math.max(1, Math.round(figureCount / documentCount));
    let started = performance.now();
    for (let i = 0; i < documentCount; i += BATCH) {
      const batch = [];
      for (let j = i; j < Math.min(documentCount, i + BATCH); j++) batch.push(makeEntry(j, perDocument));
      await pgStore.putDocuments(batch);
    }
    const pgBuildSeconds = (performance.now() - started) / 1000;
    const postgres = await timeFigures(pgStore);

    const path = join(dir, 'scale.db');
    started = performance.now();
    await buildScaleStore(path, figureCount, documentCount);
    const sqliteBuildSeconds = (performance.now() - started) / 1000;
    const sqliteStore = await openSqliteStore(path);
    const sqlite = await timeFigures(sqliteStore);
    await sqliteStore.close();

    return {
      documents: documentCount,
      figures: documentCount * perDocument,
      queries: QUERIES,
      postgres: { ...postgres, buildSeconds: round(pgBuildSeconds), location: pgStore.location },
      sqlite: { ...sqlite, buildSeconds: round(sqliteBuildSeconds) },
      targets: { figuresQueryP99Ms: 20 },
    };
  } finally {
    await pgStore.close();
    await dropPostgresSchema(url, schema);
    rmSync(dir, { recursive: true, force: true });
  }
}
