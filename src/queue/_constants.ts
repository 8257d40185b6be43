/** Names and limits of the work queue, in one place so that each fails loudly where it applies. */

/** The pg-boss queues Accord uses; every job's data carries its `kind`, which names its queue. */
export const QUEUES = {
  /** A RawDocument to clean, extract and store. */
  document: 'accord-document',
  /** A URL to read: a feed becomes one document job per item; a page or PDF is stored by the job itself. */
  feed: 'accord-feed',
  /** A list of URLs, each becoming a feed job. */
  list: 'accord-list',
  /** Where a job lands, with its error, after its last retry failed; `accord queue retry` takes them back. */
  dead: 'accord-dead',
} as const;

export type JobKind = Exclude<keyof typeof QUEUES, 'dead'>;

/** The queues workers take jobs from, in the order they are tried: expanding jobs first, so work spreads. */
export const WORK_KINDS: readonly JobKind[] = ['list', 'feed', 'document'];

/** The PostgreSQL schema holding pg-boss's tables (and the feed memory of `accord watch`), unless `?schema=` says otherwise. */
export const DEFAULT_QUEUE_SCHEMA = 'accord_queue';

/** Retries after a failure, before a job is dead-lettered. */
export const DEFAULT_RETRY_LIMIT = 3;

/** Seconds before the first retry; each later retry waits about twice as long (pg-boss retryBackoff, with jitter). */
export const DEFAULT_RETRY_DELAY_SECONDS = 10;

/**
 * Seconds a job may stay active before it counts as failed and is retried: the bound on how long the jobs of a
 * worker that died (SIGKILL, power loss) wait before another worker takes them. A URL job needs its fetch
 * timeout (15 s) plus extraction, so the default leaves a wide margin.
 */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;

/** How often a worker process runs pg-boss maintenance (expiring jobs of dead workers, archiving): one instance per interval does it. */
export const DEFAULT_MAINTENANCE_SECONDS = 30;

/**
 * Document jobs a worker slot takes at once: one fetch, one store transaction and one completion per batch. Each
 * batch costs PostgreSQL a fixed share besides its documents (planning and running the fetch, the lookup, six
 * statements and their commits, waits for WAL flushes); at 16 that share was about a fifth of PostgreSQL's CPU per
 * document, at 64 it is a few percent. A batch of news documents takes well under a second to extract and store.
 */
export const DEFAULT_BATCH_SIZE = 64;

/** How long an idle worker slot waits before asking for jobs again. */
export const DEFAULT_POLL_MS = 1000;

/** Time allowed to open a connection to the queue database before it is reported unreachable. */
export const CONNECT_TIMEOUT_MS = 5000;

/** Jobs sent to PostgreSQL in one insert when enqueueing. */
export const INSERT_CHUNK = 500;
