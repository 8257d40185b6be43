/**
 * Ingest throughput into PostgreSQL through the work queue: `count` generated news-length documents are enqueued,
 * then 1, 2 and 4 `accord worker --drain` processes (the shipped bin/accord.js, one job slot each, so that processes are what scales) take
 * them, extract their records and store them; the time runs from starting the workers to the last one exiting.
 * Each run has a queue schema and a store schema of its own, dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type * as Queue from '../src/queue/index.js';
import type * as OpenStore from '../src/store/open-store.js';
import { childrenCpuMs, postgresCpuMs } from './_process-cpu.js';
import { newsText } from './generate-corpus.js';

const dist = new URL('../dist/', import.meta.url).href;
const { openQueue, resolveQueueLocation, sendJobs, countJobs } = (await import(
  `${dist}queue/index.js`
)) as typeof Queue;
const { openStore } = (await import(`${dist}store/open-store.js`)) as typeof OpenStore;

const BIN = fileURLToPath(new URL('../bin/accord.js', import.meta.url));
const WORKER_COUNTS = [1, 2, 4];
const SLOTS_PER_WORKER = 1;

export interface PgWorkersRun {
  workers: number;
  seconds: number;
  documentsPerSecond: number;
  /** Documents per second against the run with one worker. */
  scaling: number;
  stored: number;
  /** The machine's one-minute load average when the run started: other work competes for the same cores. */
  loadAverage: number;
  /** The one-minute load average when the run ended. */
  loadAverageAtEnd: number;
  /** CPU milliseconds of the worker processes per document (null off Linux). */
  workerCpuMsPerDocument: number | null;
  /**
   * CPU milliseconds of every PostgreSQL process on this machine per document, over the run (null when
   * PostgreSQL runs elsewhere); other clients of the same server would add to it.
   */
  postgresCpuMsPerDocument: number | null;
}

export interface PgWorkersResult {
  documents: number;
  cores: number;
  slotsPerWorker: number;
  enqueueSeconds: number;
  runs: PgWorkersRun[];
  note: string;
}

/** Runs the benchmark on the server at ACCORD_BENCH_PG (else ACCORD_TEST_PG, else the local test database). */
export async function benchPgWorkers(count: number): Promise<PgWorkersResult | string> {
  const server =
    process.env.ACCORD_BENCH_PG ?? process.env.ACCORD_TEST_PG ?? 'postgres://root@127.0.0.1:5432/test';
  try {
    await dropSchemas(server, []);
  } catch (error) {
    return `skipped: no PostgreSQL at ${server} (${error instanceof Error ? error.message : String(error)})`;
  }
  const texts = Array.from({ length: count }, (_, i) => newsText(i));
  const runs: PgWorkersRun[] = [];
  let enqueueSeconds = 0;
  for (const workers of WORKER_COUNTS) {
    const queueSchema = `bench_q_${randomBytes(4).toString('hex')}`;
    const storeSchema = `bench_s_${randomBytes(4).toString('hex')}`;
    const queueUrl = withSchema(server, queueSchema);
    const storeUrl = withSchema(server, storeSchema);
    try {
      const queue = await openQueue(resolveQueueLocation(queueUrl, undefined));
      const store = await openStore(storeUrl); // created before the workers race to create it
      const enqueueStarted = performance.now();
      await sendJobs(
        queue,
        texts.map((text, i) => ({
          kind: 'document' as const,
          raw: {
            source: `bench/${i}.txt`,
            format: 'text' as const,
            text,
            title: null,
            outlet: null,
            author: null,
            published: '2024-03-01',
            lang: null,
          },
          overrides: {},
          extract: true,
        })),
      );
      enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
      const loadAverage = loadavg()[0] ?? 0;
      const workerCpuBefore = childrenCpuMs();
      const postgresCpuBefore = postgresCpuMs();
      const started = performance.now();
      await Promise.all(Array.from({ length: workers }, () => runWorker(queueUrl, storeUrl)));
      const seconds = (performance.now() - started) / 1000;
      const workerCpu = perDocument(workerCpuBefore, childrenCpuMs(), count);
      const postgresCpu = perDocument(postgresCpuBefore, postgresCpuMs(), count);
      const loadAverageAtEnd = loadavg()[0] ?? 0;
      const stored = await store.countDocuments();
      const counts = await countJobs(queue);
      if (counts.done !== count || stored !== count) {
        throw new Error(
          `run with ${workers} workers ended with ${stored} documents, counts ${JSON.stringify(counts)}`,
        );
      }
      await store.close();
      await queue.close();
      const documentsPerSecond = count / seconds;
      const base = runs[0]?.documentsPerSecond ?? documentsPerSecond;
      runs.push({
        workers,
        seconds: round(seconds),
        documentsPerSecond: round(documentsPerSecond),
        scaling: round(documentsPerSecond / base),
        stored,
        loadAverage: round(loadAverage),
        loadAverageAtEnd: round(loadAverageAtEnd),
        workerCpuMsPerDocument: workerCpu,
        postgresCpuMsPerDocument: postgresCpu,
      });
    } finally {
      await dropSchemas(server, [queueSchema, storeSchema]);
    }
  }
  const cores = availableParallelism();
  return {
    documents: count,
    cores,
    slotsPerWorker: SLOTS_PER_WORKER,
    enqueueSeconds: round(enqueueSeconds),
    runs,
    note:
      'Each worker process runs one job slot, so processes are what scales. workerCpuMsPerDocument and ' +
      'postgresCpuMsPerDocument are the CPU time per document of the worker processes (their start-up, about 2 s ' +
      'each, included) and of every PostgreSQL process on this machine. Measured here with 20,000 documents, a ' +
      'document costs about 2.3 ms of worker CPU (cleaning and extraction, most of it) and about 2.5 ms of ' +
      "PostgreSQL CPU (the document's full-text vector about half of it, then its rows and their indexes, then " +
      `taking and completing its job), and PostgreSQL runs on the same ${cores} cores: 2 workers can at best about ` +
      'double 1 worker (the target), and more workers than cores add nothing. loadAverage and loadAverageAtEnd ' +
      'show how much other work shared the machine: when other processes compete for the cores, each process ' +
      'gets a share of them, so the ratios say more about that competition than about Accord, and the CPU per ' +
      'document is the figure to compare. With more cores, or workers on other machines and PostgreSQL on its ' +
      "own, throughput grows with workers until PostgreSQL's CPU for the writes is the limit, roughly 400 " +
      'documents/s per PostgreSQL core.',
  };
}

function runWorker(queueUrl: string, storeUrl: string): Promise<void> {
  const args = [BIN, 'worker', '--drain', '-q', '--concurrency', String(SLOTS_PER_WORKER)];
  const child = spawn(process.execPath, [...args, '--queue-db', queueUrl, '--db', storeUrl], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${stderr}`)),
    );
  });
}

function withSchema(server: string, schema: string): string {
  const url = new URL(server);
  url.searchParams.set('schema', schema);
  return url.toString();
}

async function dropSchemas(server: string, schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Milliseconds per document between two CPU readings, or null when either is missing. */
function perDocument(before: number | null, after: number | null, count: number): number | null {
  return before === null || after === null ? null : round((after - before) / count, 3);
}

function round(n: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(n * scale) / scale;
}
