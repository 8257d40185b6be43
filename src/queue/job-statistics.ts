import type { WorkQueue } from './open-queue.js';

/**
 * The planner takes jobs through the fetch-order index (fetch-order-index.ts) only when it knows a queue holds
 * many jobs; a partition it has no statistics for looks nearly empty, and then every fetch reads and sorts the
 * whole queue. Autovacuum keeps the statistics up to date where it runs; where it is off, or has not come round
 * yet after a large enqueue, this does what its analyze would: a queue's partition changed by more than
 * autovacuum's default threshold (50 rows and 10 % of its size) since it was last analyzed is analyzed now.
 */
const CHANGED_ROWS = 50;
const CHANGED_SHARE = 0.1;

/**
 * Analyzes the queues' partitions that changed much since their last analysis, counting besides PostgreSQL's
 * own count of changes the jobs just sent to each queue (its count lags by up to a second or more);
 * returns how many it analyzed: `await refreshJobStatistics(queue, new Map([['accord-document', 3000]]))` is 1.
 * Statistics only speed fetching up, so a failure (a user that may not analyze, a lost connection) is
 * ignored and is 0.
 */
export async function refreshJobStatistics(
  queue: WorkQueue,
  sent: ReadonlyMap<string, number> = new Map(),
): Promise<number> {
  const { schema } = queue.location;
  try {
    const { rows } = await queue.pool.query<{ name: string }>(
      `WITH sent (name, jobs) AS (SELECT * FROM unnest($2::text[], $3::int[]))
       SELECT format('%I.%I', $1::text, q.partition_name) AS name
         FROM ${schema}.queue q
         JOIN pg_class c ON c.relname = q.partition_name AND c.relnamespace = to_regnamespace($1)
         LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
         LEFT JOIN sent ON sent.name = q.name
        WHERE coalesce(s.n_mod_since_analyze, 0) + coalesce(sent.jobs, 0) > $4 + $5 * greatest(c.reltuples, 0)`,
      [schema, [...sent.keys()], [...sent.values()], CHANGED_ROWS, CHANGED_SHARE],
    );
    for (const { name } of rows) await queue.pool.query(`ANALYZE ${name}`);
    return rows.length;
  } catch {
    return 0;
  }
}
