import pg from 'pg';
import PgBoss from 'pg-boss';
import { AccordError, errorMessage } from '../errors.js';
import {
  CONNECT_TIMEOUT_MS,
  DEFAULT_JOB_TIMEOUT_SECONDS,
  DEFAULT_MAINTENANCE_SECONDS,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  QUEUES,
} from './_constants.js';
import { ensureFetchOrderIndex } from './fetch-order-index.js';
import type { QueueLocation } from './queue-location.js';
import { relaxCommits } from './relaxed-commit.js';

/** An open work queue: pg-boss on Accord's own connection pool. */
export interface WorkQueue {
  readonly location: QueueLocation;
  readonly boss: PgBoss;
  /**
   * The pool pg-boss runs on. Only src/queue uses it for SQL of its own (counts, the dead-letter listing, the feed
   * memory of `accord watch`): a documented exception to "SQL only in the store", since it reads and writes the
   * queue's schema, never the store's.
   */
  readonly pool: pg.Pool;
  /**
   * Runs pg-boss statements on connections that commit without waiting for the WAL flush: pass it as `{ db }` only
   * where losing the commit in a crash means work done again, never work lost (see relaxed-commit.ts): a worker's
   * fetches and its completions of document jobs. `await queue.boss.fetch(name, { batchSize, db: queue.relaxed })`.
   */
  readonly relaxed: PgBoss.Db;
  close(): Promise<void>;
}

export interface OpenQueueOptions {
  /** Run pg-boss maintenance in this process: expire the jobs of dead workers, archive finished ones (workers do). */
  supervise?: boolean;
  maintenanceSeconds?: number;
  /** Connections in the pool. */
  poolSize?: number;
  /** Errors that happen in the background (a dropped idle connection, a failed maintenance run). */
  onError?: (error: Error) => void;
  /** Shown in pg_stat_activity; tests use it to find a worker's connections. */
  applicationName?: string;
}

/** Minutes (30 days) a job is kept: a waiting or dead-lettered one is archived by pg-boss after this. */
const RETENTION_MINUTES = 60 * 24 * 30;

/**
 * Connects to the queue database, installs or upgrades pg-boss's schema, and makes sure Accord's queues exist:
 * `const queue = await openQueue(resolveQueueLocation(undefined, 'postgres://db/accord'))`. An unreachable server,
 * a wrong database or refused credentials fail within CONNECT_TIMEOUT_MS with the reason.
 */
export async function openQueue(location: QueueLocation, options: OpenQueueOptions = {}): Promise<WorkQueue> {
  const {
    supervise = false,
    maintenanceSeconds = DEFAULT_MAINTENANCE_SECONDS,
    poolSize = 4,
    onError = () => {},
    applicationName = 'accord',
  } = options;
  const settings = {
    connectionString: location.url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: applicationName,
  };
  // Setting up holds one connection for its lock while pg-boss uses another.
  const pool = new pg.Pool({ ...settings, max: Math.max(2, poolSize) });
  // Connections are opened on first use: a process that only enqueues never opens one.
  const relaxedPool = relaxCommits(new pg.Pool({ ...settings, max: Math.max(1, poolSize) }));
  // A connection that drops while idle is reported here; without a listener it would end the process.
  pool.on('error', (error) => onError(error));
  relaxedPool.on('error', (error) => onError(error));
  const started = performance.now();
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await Promise.all([pool.end().catch(() => {}), relaxedPool.end().catch(() => {})]);
    // pg reports a connect time-out as "Connection terminated unexpectedly"; the clock tells them apart.
    const timedOut = performance.now() - started >= CONNECT_TIMEOUT_MS - 100;
    const why = timedOut ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s` : reason(error);
    throw new AccordError('NETWORK', `cannot reach the queue database ${location.display}: ${why}`, {
      cause: error,
    });
  }
  const boss = new PgBoss({
    db: { executeSql: (text, values) => executeSql(pool, text, values) },
    schema: location.schema,
    supervise,
    maintenanceIntervalSeconds: maintenanceSeconds,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error) => onError(error instanceof Error ? error : new Error(errorMessage(error))));
  try {
    await setUp(pool, location.schema, boss);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await Promise.all([pool.end().catch(() => {}), relaxedPool.end().catch(() => {})]);
    throw new AccordError('BAD_STORE', `cannot set up the queue in ${location.display}: ${reason(error)}`, {
      cause: error,
    });
  }
  let closed = false;
  return {
    location,
    boss,
    pool,
    relaxed: { executeSql: (text, values) => executeSql(relaxedPool, text, values) },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await boss.stop({ graceful: false, close: false });
      } finally {
        await Promise.all([pool.end(), relaxedPool.end()]);
      }
    },
  };
}

/**
 * Installs or upgrades pg-boss's schema, creates Accord's queues and the index their fetches read, one process at
 * a time: workers started together on a new database would otherwise deadlock attaching their queues' partitions
 * to the same table.
 */
async function setUp(pool: pg.Pool, schema: string, boss: PgBoss): Promise<void> {
  const lock = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  lock.on('error', onError);
  const key = `accord-queue-setup:${schema}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    await boss.start();
    await ensureQueues(boss);
    await ensureFetchOrderIndex(lock, schema);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
    lock.removeListener('error', onError);
    lock.release(broken);
  }
}

/** Creates the dead-letter queue, then the work queues that send to it; creating an existing queue does nothing. */
async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  if (!existing.has(QUEUES.dead)) {
    await boss.createQueue(QUEUES.dead, { name: QUEUES.dead, retentionMinutes: RETENTION_MINUTES });
  }
  for (const name of [QUEUES.document, QUEUES.feed, QUEUES.list]) {
    if (existing.has(name)) continue;
    await boss.createQueue(name, {
      name,
      // "short": one waiting job per singleton key, so the same content or URL enqueued twice waits once.
      policy: 'short',
      retryLimit: DEFAULT_RETRY_LIMIT,
      retryDelay: DEFAULT_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: DEFAULT_JOB_TIMEOUT_SECONDS,
      retentionMinutes: RETENTION_MINUTES,
      deadLetter: QUEUES.dead,
    });
  }
}

// A statement script that opens its own transaction. Matches `\n    BEGIN;\n    SET LOCAL ...`; not `SELECT 1`.
const SCRIPT_START = /^\s*BEGIN\b/i;

/**
 * Runs one of pg-boss's statements. Some are a whole `BEGIN; ...; COMMIT;` script: when one fails halfway the
 * connection is left inside an aborted transaction, so it is rolled back before the connection is reused.
 */
async function executeSql(pool: pg.Pool, text: string, values?: unknown[]): Promise<{ rows: never[] }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection ended by the server while checked out errors here, not on the pool: keep it from ending the process.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return (await client.query(text, values)) as { rows: never[] };
  } catch (error) {
    if (SCRIPT_START.test(text)) await client.query('ROLLBACK').catch(() => {});
    if (isConnectionError(error)) broken = error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}

// SQLSTATEs of a lost session: the connection exception class and the shutdowns. Matches `08006`, `57P01`; not `40P01`.
const LOST_STATE = /^(?:08|57P0)/;
// pg's messages for a dead socket. Matches `Connection terminated unexpectedly`; not `relation "job" does not exist`.
const LOST_MESSAGE = /Connection terminated|ECONNRESET|ECONNREFUSED|EPIPE|not queryable|connection error/i;

/** True for errors of the connection rather than of the statement: the client must not be reused. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && LOST_STATE.test(code)) return true;
  return LOST_MESSAGE.test(errorMessage(error));
}

const CONNECT_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is PostgreSQL running there?)',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name lookup failed (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ETIMEDOUT: 'connection timed out',
  '3D000': 'the database does not exist',
  '28P01': 'password authentication failed',
  '28000': 'the server refused this user',
};

/** Why a connection failed, for people: `reason({ code: '3D000', message: ... })` starts "the database does not exist". */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? CONNECT_REASONS[code] : undefined;
  const message =
    errorMessage(error) || (error instanceof AggregateError ? errorMessage(error.errors[0]) : '');
  return known ? `${known} (${message})` : message;
}
