import { afterEach, describe, expect, it } from 'vitest';
import { countJobs, QUEUES, runWorker, sendJobs } from '../../src/queue/index.js';
import type { JobData } from '../../src/queue/job-data.js';
import { generatedRaw, openQueueAndStore, sql } from './_pg.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('relaxed commits of the work queue', () => {
  it('takes and completes jobs on connections that skip the WAL flush, and sends on ones that wait for it', async () => {
    const { schema, queue, store } = await openQueueAndStore(cleanups);

    const setting = async (run: (text: string) => Promise<{ rows: Array<{ synchronous_commit: string }> }>) =>
      (await run('SHOW synchronous_commit')).rows[0]?.synchronous_commit;
    expect(await setting((text) => queue.relaxed.executeSql(text, []))).toBe('off');
    expect(await setting((text) => queue.pool.query(text))).toBe('on');

    const jobs: JobData[] = [0, 1, 2].map((i) => ({
      kind: 'document',
      raw: generatedRaw(i),
      overrides: {},
      extract: true,
    }));
    await sendJobs(queue, jobs);
    const summary = await runWorker({ queue, store, drain: true, pollMs: 100 });
    expect(summary).toEqual({ jobs: 3, stored: 3, duplicates: 0, failed: 0 });
    expect(await countJobs(queue)).toMatchObject({ pending: 0, active: 0, done: 3 });
    // Completed without output: the connection given to pg-boss is not taken for the jobs' output.
    const rows = await sql<{ state: string; output: unknown }>(
      `SELECT state::text AS state, output FROM ${schema}.job WHERE name = $1`,
      [QUEUES.document],
    );
    expect(rows).toEqual([0, 1, 2].map(() => ({ state: 'completed', output: null })));
  });
});
