import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newsText } from '../../bench/generate-corpus.js';
import { type ExtractGroupFn, extractRecords } from '../../src/pipeline/extract-records.js';
import {
  countJobs,
  listDeadLetters,
  openQueue,
  QUEUES,
  resolveQueueLocation,
  runWorker,
  sendJobs,
  type WorkerEvent,
} from '../../src/queue/index.js';
import type { JobData } from '../../src/queue/job-data.js';
import type { Document } from '../../src/types.js';
import { cli } from '../cli/_cli.js';
import { dropSchemas, freshName, generatedRaw, openQueueAndStore, withSchema } from './_pg.js';

/** pg-boss's own fetch statement (not exported by its API): what a worker runs to take jobs. */
/** The real extraction, except that the document whose source ends with `suffix` fails with `error`. */
function poisonAt(suffix: string, error: Error): ExtractGroupFn {
  return (documents, options) =>
    documents.map((document) =>
      document.source.endsWith(suffix)
        ? { ok: false, error }
        : { ok: true, records: extractRecords(document, options) },
    );
}

const { fetchNextJob } = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  fetchNextJob(schema: string): (options: object) => string;
};

/** A node of PostgreSQL's EXPLAIN (FORMAT JSON) plan, with the fields the tests read. */
interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows': number;
  Plans?: PlanNode[];
}

/** Every node of a plan, depth first. */
function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setup = () => openQueueAndStore(cleanups);

const documentJob = (index: number, text?: string, settings?: JobData['settings']): JobData => ({
  kind: 'document',
  raw: generatedRaw(index, text),
  overrides: {},
  extract: true,
  ...(settings ? { settings } : {}),
});

describe('work queue', () => {
  it('enqueues with `ingest --queue`, works with `worker --drain`, and counts by state', async () => {
    const { queueUrl, testStore, store } = await setup();
    const dir = mkdtempSync(join(tmpdir(), 'accord-enqueue-'));
    mkdirSync(join(dir, 'sub'));
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, i % 2 ? 'sub' : '', `report-${i}.txt`), newsText(i));
    writeFileSync(join(dir, 'empty.txt'), '');

    const queued = await cli(['ingest', '--queue', dir, '--queue-db', queueUrl, '--format', 'json']);
    expect(queued.stderr).toMatch(/^failed: .*empty\.txt: empty \(0 bytes\)\n$/);
    expect(queued.code).toBe(1);
    expect(JSON.parse(queued.stdout)).toEqual({ queued: 30, failed: 1 });
    const before = JSON.parse((await cli(['queue', '--queue-db', queueUrl, '--format', 'json'])).stdout);
    expect(before).toEqual({ pending: 30, active: 0, retry: 0, failed: 0, done: 0 });

    // The same content again while it waits: one job per text (singleton key).
    expect(
      JSON.parse((await cli(['ingest', '--queue', dir, '--queue-db', queueUrl, '--format', 'json'])).stdout),
    ).toEqual({
      queued: 30,
      failed: 1,
    });
    expect(
      JSON.parse((await cli(['queue', '--queue-db', queueUrl, '--format', 'json'])).stdout).pending,
    ).toBe(30);

    const worked = await cli([
      'worker',
      '--drain',
      '--db',
      testStore.location,
      '--queue-db',
      queueUrl,
      '--concurrency',
      '2',
    ]);
    expect(worked.stderr).toBe('');
    expect(worked.code).toBe(0);
    expect(worked.stdout).toBe('worker stopped: 30 jobs, 30 stored, 0 duplicates, 0 failed\n');
    const after = await cli(['queue', '--queue-db', queueUrl]);
    expect(after.stdout).toBe('PENDING  ACTIVE  RETRY  FAILED  DONE\n0        0       0      0       30\n');
    expect(await store.countDocuments()).toBe(30);
  });

  it('retries a failing job with exponential back-off, then dead-letters it with its error', async () => {
    const { queue, store } = await setup();
    await sendJobs(queue, [documentJob(1, undefined, { retryLimit: 2, retryDelay: 1 })]);
    const attempts: number[] = [];
    const events: WorkerEvent[] = [];
    const summary = await runWorker({
      queue,
      store,
      drain: true,
      pollMs: 100,
      extract: () => {
        attempts.push(performance.now());
        throw new Error('extractor exploded on purpose');
      },
      onEvent: (event) => events.push(event),
    });
    expect(attempts).toHaveLength(3); // the first try and two retries
    const [first = 0, second = 0, third = 0] = attempts;
    // Back-off: the first retry waits at least 1 s, the second at least 2 s. (pg-boss adds up to as much again at
    // random, so the two ranges touch: comparing the waits with each other fails now and then without a fault.)
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(1950);
    expect(summary).toEqual({ jobs: 3, stored: 0, duplicates: 0, failed: 3 });
    expect(events.filter((e) => e.type === 'trouble')).toEqual([]);
    expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 1, done: 0 });
    const [dead] = await listDeadLetters(queue);
    expect(dead).toMatchObject({
      kind: 'document',
      source: 'generated/00001.txt',
      error: { message: 'extractor exploded on purpose', source: 'generated/00001.txt' },
    });
    expect(await store.countDocuments()).toBe(0);
  }, 30_000);

  it('`queue retry` sends dead-lettered jobs back, and `queue failed` lists them with their error', async () => {
    const { queueUrl, queue, testStore, store } = await setup();
    await sendJobs(queue, [documentJob(1, undefined, { retryLimit: 0 }), documentJob(2)]);
    const poisoned = poisonAt('00001.txt', new Error('poison'));
    await runWorker({ queue, store, drain: true, pollMs: 100, extract: poisoned });
    const failed = await cli(['queue', 'failed', '--queue-db', queueUrl, '--format', 'json']);
    expect(JSON.parse(failed.stdout)).toMatchObject([
      { kind: 'document', source: 'generated/00001.txt', error: { message: 'poison' } },
    ]);
    expect(await countJobs(queue)).toMatchObject({ failed: 1, done: 1 });

    const retried = await cli(['queue', 'retry', '--queue-db', queueUrl]);
    expect(retried.stdout).toBe('re-queued 1 failed job\n');
    expect(await countJobs(queue)).toEqual({ pending: 1, active: 0, retry: 0, failed: 0, done: 1 });
    const worked = await cli(['worker', '--drain', '--db', testStore.location, '--queue-db', queueUrl]);
    expect(worked.stdout).toBe('worker stopped: 1 jobs, 1 stored, 0 duplicates, 0 failed\n');
    expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 0, done: 2 });
    expect(await store.countDocuments()).toBe(2);
    expect((await cli(['queue', 'retry', '--queue-db', queueUrl])).stdout).toBe('re-queued 0 failed jobs\n');
  });

  it('dead-letters a poison document that crashes extraction, and goes on with the rest of its batch', async () => {
    const { queue, store } = await setup();
    const jobs = Array.from({ length: 40 }, (_, i) => documentJob(i, undefined, { retryLimit: 0 }));
    await sendJobs(queue, jobs);
    const failures: WorkerEvent[] = [];
    const summary = await runWorker({
      queue,
      store,
      drain: true,
      pollMs: 100,
      batchSize: 8,
      extract: poisonAt('00013.txt', new RangeError('Maximum call stack size exceeded')),
      onEvent: (event) => {
        if (event.type !== 'done') failures.push(event);
      },
    });
    expect(summary).toMatchObject({ stored: 39, failed: 1 });
    expect(failures).toMatchObject([
      {
        type: 'failed',
        source: 'generated/00013.txt',
        error: { message: 'Maximum call stack size exceeded' },
      },
    ]);
    expect(await store.countDocuments()).toBe(39);
    expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 1, done: 39 });
    expect((await listDeadLetters(queue)).map((d) => d.error.message)).toEqual([
      'Maximum call stack size exceeded',
    ]);
  });

  it('stores a document once when its job runs twice (at-least-once delivery, idempotent writes)', async () => {
    const { queue, store } = await setup();
    const text = newsText(5);
    // Two jobs for the same text with different sources (keys differ by nothing but the job id after the first is taken).
    await sendJobs(queue, [documentJob(5, text)]);
    await runWorker({ queue, store, drain: true, pollMs: 100 });
    await sendJobs(queue, [documentJob(6, text)]);
    const summary = await runWorker({ queue, store, drain: true, pollMs: 100 });
    expect(summary).toEqual({ jobs: 1, stored: 0, duplicates: 1, failed: 0 });
    expect(await store.countDocuments()).toBe(1);
    const [doc] = await store.listDocuments();
    const figures = await store.listFigures({ document: doc?.id });
    expect(figures.length).toBe(
      extractRecords((await store.getDocument(doc?.id ?? '')) as Document).figures.length,
    );
    expect(await countJobs(queue)).toMatchObject({ done: 2 });
  });

  it('names the queue database it cannot reach, fast', async () => {
    const started = performance.now();
    const refused = await cli(['queue', '--queue-db', 'postgres://root@127.0.0.1:1/test']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /cannot reach the queue database postgres:\/\/root@127\.0\.0\.1:1\/test .*connection refused/,
    );
    expect(performance.now() - started).toBeLessThan(6000);
    const noDb = await cli(['queue', '--queue-db', withSchema('x').replace(/\/\w+\?/, '/no_such_db?')]);
    expect(noDb.stderr).toMatch(/the database does not exist/);
    const secret = await cli(['queue', '--queue-db', 'postgres://root:hunter2@127.0.0.1:1/test']);
    expect(secret.stderr).not.toMatch(/hunter2/);
    const sqlite = await cli(['queue', '--db', 'accord.db']);
    expect(sqlite.stderr).toMatch(/the work queue needs PostgreSQL: give --queue-db/);
    const notPg = await cli(['worker', '--queue-db', 'mysql://db/x']);
    expect(notPg.stderr).toMatch(/must be a postgres:\/\/ URL/);
  });

  it('sets up a new queue schema when several workers start on it at once', async () => {
    const schema = freshName('q');
    cleanups.push(() => dropSchemas(schema));
    const location = resolveQueueLocation(withSchema(schema), undefined);
    const queues = await Promise.all(Array.from({ length: 5 }, () => openQueue(location)));
    for (const queue of queues)
      expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 0, done: 0 });
    await Promise.all(queues.map((queue) => queue.close()));
  });

  it('takes jobs from a long queue through its fetch-order index, reading only the jobs it takes', async () => {
    const { queue } = await setup();
    await sendJobs(
      queue,
      Array.from({ length: 3000 }, (_, i) => documentJob(i, `Report ${i}: trade grew by ${i} percent.`)),
    );
    const client = await queue.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${fetchNextJob(queue.location.schema)({})}`,
        [QUEUES.document, 16],
      );
      await client.query('ROLLBACK');
      const nodes = planNodes(rows[0]?.['QUERY PLAN'][0]?.Plan as PlanNode);
      // Without the index (or without statistics, after sendJobs analyzed the queue) PostgreSQL reads all 3,000
      // waiting jobs and sorts them to take the first 16.
      expect(nodes.map((node) => node['Index Name'] ?? '')).toContainEqual(
        expect.stringMatching(/_name_priority_created_on_id_idx$/),
      );
      expect(Math.max(...nodes.map((node) => node['Actual Rows']))).toBe(16);
    } finally {
      client.release();
    }
  });

  it('takes only document, feed and list jobs, leaving the dead-letter queue to `queue retry`', () => {
    expect(Object.values(QUEUES)).toEqual(['accord-document', 'accord-feed', 'accord-list', 'accord-dead']);
  });
});
