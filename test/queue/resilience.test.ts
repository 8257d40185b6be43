import { afterEach, describe, expect, it } from 'vitest';
import {
  countJobs,
  openQueue,
  resolveQueueLocation,
  runWorker,
  sendJobs,
  type WorkerEvent,
} from '../../src/queue/index.js';
import type { JobData } from '../../src/queue/job-data.js';
import { createTestStore, dropSchemas, freshName, generatedRaw, sql, withSchema } from './_pg.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Ends every connection of this application name, as a server restart or a network cut would. */
async function dropConnections(applicationName: string): Promise<number> {
  const rows = await sql<{ ended: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  return rows.filter((row) => row.ended).length;
}

describe('worker resilience', () => {
  it('reconnects after its queue and store connections drop mid-batch, and the batch resumes: nothing lost, nothing twice', async () => {
    const schema = freshName('q');
    const applicationName = freshName('accord_drop');
    const queue = await openQueue(resolveQueueLocation(withSchema(schema), undefined), {
      applicationName,
      poolSize: 4,
      onError: () => {},
    });
    const testStore = createTestStore();
    const store = await testStore.open(applicationName);
    cleanups.push(async () => {
      await store.close();
      await queue.close();
      await testStore.drop();
      await dropSchemas(schema);
    });
    const count = 200;
    const jobs: JobData[] = Array.from({ length: count }, (_, i) => ({
      kind: 'document',
      raw: generatedRaw(i),
      overrides: {},
      extract: true,
      settings: { retryDelay: 1 },
    }));
    await sendJobs(queue, jobs);

    let done = 0;
    let dropped = 0;
    const drops: Promise<void>[] = [];
    const events: WorkerEvent[] = [];
    const summary = await runWorker({
      queue,
      store,
      concurrency: 2,
      batchSize: 8,
      drain: true,
      pollMs: 100,
      onEvent: (event) => {
        events.push(event);
        if (event.type !== 'done') return;
        done++;
        // Twice, partway: while batches are being fetched, stored and completed.
        if (done === 40 || done === 120) {
          drops.push(
            dropConnections(applicationName).then((n) => {
              dropped += n;
            }),
          );
        }
      },
    });
    await Promise.all(drops);
    expect(dropped).toBeGreaterThan(0);
    expect(summary.stored + summary.duplicates).toBeGreaterThanOrEqual(count);
    expect(await store.countDocuments()).toBe(count);
    expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 0, done: count });
    const figures = await store.listFigures({ limit: 100_000 });
    const spans = new Set(figures.map((f) => `${f.document}:${f.start}:${f.end}`));
    expect(spans.size).toBe(figures.length);
  }, 60_000);
});
