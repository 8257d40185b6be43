import { QUEUES } from './_constants.js';
import { type JobData, type JobError, jobSource } from './job-data.js';
import type { WorkQueue } from './open-queue.js';
import { toInsert } from './send-jobs.js';

/** A dead-lettered job: what it was, and the error of its last try. */
export interface DeadLetter {
  id: string;
  kind: JobData['kind'];
  source: string;
  error: JobError;
  failedOn: string;
}

/**
 * The jobs waiting in the dead-letter queue, oldest first, each with its error: `await listDeadLetters(queue, 50)`.
 * Reads pg-boss's job table (pg-boss 10 has no listing API).
 */
export async function listDeadLetters(queue: WorkQueue, limit = 100): Promise<DeadLetter[]> {
  const { rows } = await queue.pool.query<{ id: string; data: JobData; output: unknown; created_on: Date }>(
    `SELECT id, data, output, created_on FROM ${queue.location.schema}.job
      WHERE name = $1 AND state < 'active' ORDER BY created_on, id LIMIT $2`,
    [QUEUES.dead, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.data.kind,
    source: jobSource(row.data),
    error: readError(row.output),
    failedOn: row.created_on.toISOString(),
  }));
}

/**
 * Sends every dead-lettered job back to its queue with a fresh count of retries, and takes it out of the
 * dead-letter queue: `await retryDeadLetters(queue)` is the number re-queued.
 */
export async function retryDeadLetters(queue: WorkQueue): Promise<number> {
  let count = 0;
  for (;;) {
    const jobs = await queue.boss.fetch<JobData>(QUEUES.dead, { batchSize: 100 });
    if (jobs.length === 0) return count;
    await queue.boss.insert(jobs.map((job) => toInsert(job.data)));
    await queue.boss.complete(
      QUEUES.dead,
      jobs.map((job) => job.id),
    );
    count += jobs.length;
  }
}

/** pg-boss keeps a failure as `{ message, ... }`, or `{ value: { message } }` when it failed the job itself. */
function readError(output: unknown): JobError {
  const value = (output as { value?: unknown } | null)?.value;
  const error = (value && typeof value === 'object' ? value : output) as Partial<JobError> | null;
  return {
    message: typeof error?.message === 'string' ? error.message : 'unknown error',
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(typeof error?.source === 'string' ? { source: error.source } : {}),
  };
}
