import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { loadLanguageDetector } from '../documents/detect-language.js';
import { errorMessage } from '../errors.js';
import type { ExtractGroupFn } from '../pipeline/extract-records.js';
import type { Store } from '../store/store.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_POLL_MS, type JobKind, QUEUES, WORK_KINDS } from './_constants.js';
import { isQueueIdle } from './count-jobs.js';
import { nextIdleWait } from './idle-wait.js';
import {
  type DocumentJobData,
  type FeedJobData,
  type JobData,
  type JobError,
  jobSource,
  type ListJobData,
} from './job-data.js';
import { refreshJobStatistics } from './job-statistics.js';
import type { WorkQueue } from './open-queue.js';
import { runFeedJob, runListJob } from './run-feed-job.js';
import { jobError, type StoreContext, storeRawDocuments } from './store-raw-documents.js';

/** What a worker reports as it goes: each finished or failed job, and trouble with the databases. */
export type WorkerEvent =
  | { type: 'done'; kind: JobKind; id: string; source: string; status: 'stored' | 'duplicate' | 'expanded' }
  | { type: 'failed'; kind: JobKind; id: string; source: string; error: JobError }
  | { type: 'trouble'; message: string };

export interface WorkerSummary {
  jobs: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface WorkerOptions {
  queue: WorkQueue;
  store: Store;
  /** Slots taking jobs at once in this process: overlapping database round trips with extraction. */
  concurrency?: number;
  /** Document jobs taken at once by a slot (one store transaction, one completion). */
  batchSize?: number;
  pollMs?: number;
  /** Aborting stops taking jobs; the jobs in hand are finished and completed first. */
  signal?: AbortSignal;
  /** Stop when no job is waiting, retrying or running anywhere (a batch run, tests, benchmarks). */
  drain?: boolean;
  extract?: ExtractGroupFn;
  extractOptions?: StoreContext['extractOptions'];
  onEvent?: (event: WorkerEvent) => void;
}

const DOCUMENTS_ONLY: readonly JobKind[] = ['document'];

/** Longest pause after repeated database trouble before trying again. */
const MAX_TROUBLE_WAIT_MS = 30_000;

/**
 * Takes jobs until stopped: document jobs are cleaned, extracted and stored in batches (idempotent by document
 * id), feed and list jobs are expanded. Delivery is at least once: a job whose worker dies stays active until it
 * expires and is retried, and writing it again changes nothing. A job that throws is failed with its error and
 * retried with back-off by pg-boss, then dead-lettered; the worker goes on. Database trouble (a dropped
 * connection) is reported and waited out: `await runWorker({ queue, store, signal })`.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const {
    queue,
    concurrency = 1,
    batchSize = DEFAULT_BATCH_SIZE,
    pollMs = DEFAULT_POLL_MS,
    signal = new AbortController().signal,
    drain = false,
    onEvent = () => {},
  } = options;
  const context: StoreContext = {
    store: options.store,
    extract: options.extract,
    extractOptions: options.extractOptions,
  };
  const summary: WorkerSummary = { jobs: 0, stored: 0, duplicates: 0, failed: 0 };
  await loadLanguageDetector();
  await refreshJobStatistics(queue);

  const report = (event: WorkerEvent) => {
    if (event.type === 'done') {
      summary.jobs++;
      if (event.status === 'stored') summary.stored++;
      if (event.status === 'duplicate') summary.duplicates++;
    } else if (event.type === 'failed') {
      summary.jobs++;
      summary.failed++;
    }
    onEvent(event);
  };

  // Feed and list jobs are looked for first (they make more work), but while documents keep coming, at most once
  // per poll interval: an empty queue still costs a round trip.
  let nextExpandCheck = 0;
  const takeOnce = async (): Promise<boolean> => {
    const now = performance.now();
    const kinds = now >= nextExpandCheck ? WORK_KINDS : DOCUMENTS_ONLY;
    if (kinds === WORK_KINDS) nextExpandCheck = now + pollMs;
    for (const kind of kinds) {
      // Taking jobs need not wait for a WAL flush: a fetch lost in a crash leaves its jobs to be taken again.
      const jobs = await queue.boss.fetch<JobData>(QUEUES[kind], {
        batchSize: kind === 'document' ? batchSize : 1,
        db: queue.relaxed,
      });
      if (jobs.length === 0) continue;
      if (kind === 'document')
        await runDocumentJobs(jobs as PgBoss.Job<DocumentJobData>[], queue, context, report);
      else await runExpandJob(jobs[0] as PgBoss.Job<FeedJobData | ListJobData>, queue, context, report);
      return true;
    }
    return false;
  };

  const slot = async () => {
    let troubleWait = 0;
    let idleWait = 0;
    while (!signal.aborted) {
      try {
        const worked = await takeOnce();
        troubleWait = 0;
        if (worked) {
          idleWait = 0;
          continue;
        }
        if (drain && (await isQueueIdle(queue))) return;
        idleWait = nextIdleWait(idleWait, pollMs, drain);
        await pause(idleWait, signal);
      } catch (error) {
        troubleWait = Math.min(MAX_TROUBLE_WAIT_MS, Math.max(250, troubleWait * 2));
        report({ type: 'trouble', message: `${errorMessage(error)}; trying again in ${troubleWait} ms` });
        await pause(troubleWait, signal);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, slot));
  return summary;
}

async function runDocumentJobs(
  jobs: PgBoss.Job<DocumentJobData>[],
  queue: WorkQueue,
  context: StoreContext,
  report: (event: WorkerEvent) => void,
): Promise<void> {
  const results = await storeRawDocuments(
    jobs.map(({ data }) => ({
      raw: data.raw,
      overrides: data.overrides ?? {},
      extract: data.extract !== false,
    })),
    context,
  );
  const done: string[] = [];
  for (const [index, job] of jobs.entries()) {
    const result = results[index];
    if (result?.ok) done.push(job.id);
    else await failJob(queue, 'document', job.id, result?.error ?? { message: 'not processed' });
  }
  // The documents are committed (synchronously) before this, so a completion lost in a crash only makes the jobs
  // expire and run again, finding their documents stored: it need not wait for a WAL flush (relaxed-commit.ts).
  if (done.length > 0) await persist(() => completeRelaxed(queue, QUEUES.document, done));
  for (const [index, job] of jobs.entries()) {
    const result = results[index];
    const source = job.data.raw.source;
    if (result?.ok) {
      const status = result.stored ? 'stored' : 'duplicate';
      report({ type: 'done', kind: 'document', id: job.id, source, status });
    } else {
      report({
        type: 'failed',
        kind: 'document',
        id: job.id,
        source,
        error: result?.error ?? { message: '' },
      });
    }
  }
}

async function runExpandJob(
  job: PgBoss.Job<FeedJobData | ListJobData>,
  queue: WorkQueue,
  context: StoreContext,
  report: (event: WorkerEvent) => void,
): Promise<void> {
  const { data } = job;
  const source = jobSource(data);
  try {
    const output =
      data.kind === 'feed' ? await runFeedJob(data, queue, context) : await runListJob(data, queue);
    await persist(() => queue.boss.complete(QUEUES[data.kind], job.id, output));
    const status = output.queued > 0 ? 'expanded' : output.stored > 0 ? 'stored' : 'duplicate';
    report({ type: 'done', kind: data.kind, id: job.id, source, status });
  } catch (error) {
    const failure = jobError(error, source);
    await failJob(queue, data.kind, job.id, failure);
    report({ type: 'failed', kind: data.kind, id: job.id, source, error: failure });
  }
}

/**
 * Completes jobs, without output, on the queue's relaxed connections. pg-boss 10 reads its arguments as
 * `complete(name, ids, data, options)`, though its types leave `data` out when `ids` is a list: options given third
 * would be stored as the jobs' output and the default connection used.
 */
async function completeRelaxed(queue: WorkQueue, name: string, ids: string[]): Promise<void> {
  const complete = queue.boss.complete as unknown as (
    name: string,
    ids: string[],
    data: null,
    options: PgBoss.ConnectionOptions,
  ) => Promise<unknown>;
  await complete.call(queue.boss, name, ids, null, { db: queue.relaxed });
}

/** Fails a job with its error: pg-boss retries it after a back-off, and dead-letters it after the last retry. */
async function failJob(queue: WorkQueue, kind: JobKind, id: string, error: JobError): Promise<void> {
  await persist(() => queue.boss.fail(QUEUES[kind], id, { ...error }));
}

/**
 * Records a job's outcome, trying again a few times: a connection that dropped is replaced by the pool on the
 * next try. If it still fails the job stays active, expires and is retried, and its idempotent write is redone.
 */
async function persist(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await sleep(200 * 2 ** attempt);
    }
  }
}

/** Waits, but not past an abort. */
async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => {});
}
