import type pg from 'pg';

/**
 * pg-boss 10 takes jobs with `WHERE name = $1 AND state < 'active' AND start_after < now() ORDER BY priority
 * DESC, created_on, id LIMIT n FOR UPDATE SKIP LOCKED`, and none of its own indexes has that order: every fetch
 * read and sorted every waiting job of the queue (65 ms of PostgreSQL CPU per fetch with 20,000 waiting, so a
 * queue of n jobs cost n² / batch). This index has the fetch's order, so a fetch reads its n jobs and stops. It
 * is created on the partitioned job table, so each queue's partition has it, those of queues created later too.
 */
const FETCH_ORDER_INDEX = 'accord_job_fetch_order';

/**
 * Creates the index in the queue's schema unless it is there: `await ensureFetchOrderIndex(client, 'accord_queue')`.
 * Run under the set-up lock; on a queue already full of jobs it takes as long as building an index over them.
 */
export async function ensureFetchOrderIndex(client: pg.ClientBase, schema: string): Promise<void> {
  await client.query(
    `CREATE INDEX IF NOT EXISTS ${FETCH_ORDER_INDEX} ON ${schema}.job (name, priority DESC, created_on, id)
       WHERE state < 'active'`,
  );
}
