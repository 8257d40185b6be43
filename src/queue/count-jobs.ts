import { QUEUES } from './_constants.js';
import type { WorkQueue } from './open-queue.js';

/** Jobs by state, as `accord queue --format json` prints them. */
export interface JobCounts {
  /** Waiting to be taken. */
  pending: number;
  /** Taken by a worker and not yet finished (or its worker died and it has not yet expired). */
  active: number;
  /** Failed, waiting for their next try (exponential back-off). */
  retry: number;
  /** Failed their last try: in the dead-letter queue with their error until `accord queue retry`. */
  failed: number;
  /** Finished (pg-boss archives finished jobs after 12 hours and drops the archive after 7 days). */
  done: number;
}

const WORK_QUEUES = [QUEUES.document, QUEUES.feed, QUEUES.list];

/**
 * Counts the jobs of Accord's queues by state: `await countJobs(queue)` is `{ pending: 12, active: 3, ... }`.
 * Reads pg-boss's tables directly (one grouped query; pg-boss 10 has no public count by state).
 */
export async function countJobs(queue: WorkQueue): Promise<JobCounts> {
  const schema = queue.location.schema;
  const { rows } = await queue.pool.query<{ name: string; state: string; n: string }>(
    `SELECT name, state::text AS state, count(*) AS n FROM ${schema}.job
       WHERE name = ANY($1) GROUP BY name, state
     UNION ALL
     SELECT name, state::text, count(*) FROM ${schema}.archive
       WHERE name = ANY($2) AND state = 'completed' GROUP BY name, state`,
    [[...WORK_QUEUES, QUEUES.dead], WORK_QUEUES],
  );
  const counts: JobCounts = { pending: 0, active: 0, retry: 0, failed: 0, done: 0 };
  for (const row of rows) {
    const n = Number(row.n);
    if (row.name === QUEUES.dead) {
      if (row.state === 'created' || row.state === 'retry' || row.state === 'active') counts.failed += n;
    } else if (row.state === 'created') counts.pending += n;
    else if (row.state === 'active') counts.active += n;
    else if (row.state === 'retry') counts.retry += n;
    else if (row.state === 'completed') counts.done += n;
  }
  return counts;
}

/** True when no job is waiting, retrying or running: a `--drain` worker may stop. */
export async function isQueueIdle(queue: WorkQueue): Promise<boolean> {
  const { pending, active, retry } = await countJobs(queue);
  return pending + active + retry === 0;
}
