import type pg from 'pg';

/**
 * Makes every connection of `pool` commit without waiting for its WAL to reach disk (`synchronous_commit = off`):
 * `relaxCommits(new pg.Pool({ ... }))`. A commit then returns at once, and the WAL writer flushes it within a
 * fraction of a second (wal_writer_delay); a server crash in between loses the transaction, never corrupts data.
 *
 * Why a worker may take and complete document jobs this way: a job is completed only after its documents are
 * committed to the store, and that commit stays synchronous, so no acknowledged document depends on these commits.
 * Losing them in a crash only makes work be done again, and a write of a stored document changes nothing:
 * - a lost fetch leaves the jobs waiting (or active until they expire), so they are taken again;
 * - a lost completion leaves the jobs active until they expire (DEFAULT_JOB_TIMEOUT_SECONDS), then they are
 *   retried and their documents found already stored.
 * WAL is flushed in order, so any later synchronous commit on the same server (a worker's store commit when the
 * store shares the server, a send, a failure) flushes these too. What must be durable when it returns (sending
 * jobs, failing them, completing feed jobs after the document jobs they sent) keeps the synchronous pool.
 * Without this, each batch waited for three WAL flushes (fetch, store, completion), and with several workers a
 * flush also waits for the other workers' WAL written so far: a worker stood idle while its core had work.
 *
 * The setting is made when a connection opens; pg runs a client's queries in order, so it precedes every statement.
 * If it fails (a server that refuses it), the connection simply stays synchronous.
 */
export function relaxCommits(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    client.query('SET synchronous_commit = off').catch(() => {});
  });
  return pool;
}
