import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/documents/create-document.js';
import { loadLanguageDetector } from '../../src/documents/detect-language.js';
import { extractRecords } from '../../src/pipeline/extract-records.js';
import {
  countJobs,
  openQueue,
  QUEUES,
  resolveQueueLocation,
  sendJobs,
  type WorkQueue,
} from '../../src/queue/index.js';
import type { JobData } from '../../src/queue/job-data.js';
import type { Store } from '../../src/store/store.js';
import {
  createTestStore,
  dropSchemas,
  freshName,
  generatedRaw,
  sql,
  type TestStore,
  withSchema,
} from './_pg.js';

const RUNNER = join(import.meta.dirname, '..', 'cli', '_run-cli.ts');
const COUNT = 2000;

interface Worker {
  name: string;
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `accord worker --drain` in a child process (through tsx, so no build step), its output kept. */
function startWorker(name: string, queueUrl: string, storeLocation: string): Worker {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      RUNNER,
      'worker',
      '--drain',
      '--concurrency',
      '2',
      '--maintenance-interval',
      '1',
      '--queue-db',
      queueUrl,
      '--db',
      storeLocation,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const worker: Worker = {
    name,
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    worker.stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    worker.stderr += chunk.toString();
  });
  return worker;
}

describe('fault test: 3 workers, one SIGKILLed and one SIGTERMed partway', () => {
  const schema = freshName('q');
  const queueUrl = withSchema(schema);
  let queue: WorkQueue;
  let testStore: TestStore;
  const workers: Worker[] = [];

  beforeAll(async () => {
    queue = await openQueue(resolveQueueLocation(queueUrl, undefined));
    testStore = createTestStore();
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await queue?.close();
    await testStore?.drop();
    await dropSchemas(schema);
  });

  it('ends with exactly 2,000 documents, each with its records once: nothing lost, nothing duplicated', async () => {
    // Jobs of a dead worker come back after 5 s (instead of 5 min), and retry after 1-2 s.
    const settings = { expireInSeconds: 5, retryDelay: 1, retryLimit: 5 };
    const jobs: JobData[] = Array.from({ length: COUNT }, (_, i) => ({
      kind: 'document',
      raw: generatedRaw(i),
      overrides: {},
      extract: true,
      settings,
    }));
    await sendJobs(queue, jobs);
    expect(await countJobs(queue)).toMatchObject({ pending: COUNT });

    const [killed, stopped, survivor] = ['killed', 'stopped', 'survivor'].map((name) =>
      startWorker(name, queueUrl, testStore.location),
    ) as [Worker, Worker, Worker];
    workers.push(killed, stopped, survivor);

    const waitForDone = async (target: number) => {
      for (;;) {
        const { done } = await countJobs(queue);
        if (done >= target) return done;
        await sleep(100);
      }
    };
    await waitForDone(COUNT * 0.15);
    const activeAtKill = (await countJobs(queue)).active;
    killed.child.kill('SIGKILL');
    await waitForDone(COUNT * 0.35);
    stopped.child.kill('SIGTERM');
    const restarted = startWorker('restarted', queueUrl, testStore.location);
    workers.push(restarted);

    const [killedExit, stoppedExit, survivorExit, restartedExit] = await Promise.all(
      [killed, stopped, survivor, restarted].map((w) => w.exited),
    );
    expect(killedExit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(stoppedExit).toEqual({ code: 0, signal: null });
    expect(stopped.stderr).toMatch(/SIGTERM: finishing the jobs in hand, then stopping/);
    expect(stopped.stdout).toMatch(/^worker stopped: \d+ jobs, \d+ stored, \d+ duplicates, 0 failed\n$/);
    expect(survivorExit).toEqual({ code: 0, signal: null });
    expect(restartedExit).toEqual({ code: 0, signal: null });
    for (const worker of [stopped, survivor, restarted]) {
      expect(worker.stderr.replace(/.*SIGTERM: finishing.*\n/, '')).toBe('');
    }

    // The jobs the killed worker held came back after they expired, and were done by another.
    expect(activeAtKill).toBeGreaterThan(0);
    const [retried] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM ${schema}.job WHERE name = $1 AND retry_count > 0`,
      [QUEUES.document],
    );
    expect(Number(retried?.n)).toBeGreaterThan(0);
    expect(await countJobs(queue)).toEqual({ pending: 0, active: 0, retry: 0, failed: 0, done: COUNT });

    const store: Store = await testStore.open();
    try {
      expect(await store.countDocuments()).toBe(COUNT);
      const figures = await store.listFigures({ limit: 1_000_000 });
      const spans = new Set(figures.map((f) => `${f.document}:${f.start}:${f.end}`));
      expect(spans.size).toBe(figures.length);
      // Every document has exactly the figures extraction gives it (checked on a sample, to keep the test short).
      const perDocument = new Map<string, number>();
      for (const figure of figures)
        perDocument.set(figure.document, (perDocument.get(figure.document) ?? 0) + 1);
      await loadLanguageDetector();
      for (let i = 0; i < COUNT; i += 40) {
        const document = createDocument(generatedRaw(i));
        if (!document) throw new Error('generated document has no text');
        expect(perDocument.get(document.id) ?? 0).toBe(extractRecords(document).figures.length);
      }
    } finally {
      await store.close();
    }
  }, 150_000);
});
