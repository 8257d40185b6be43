import type { Validators } from './fetch-if-changed.js';
import type { WorkQueue } from './open-queue.js';

/**
 * What `accord watch` remembers of each feed, in two small tables of the queue's schema (beside pg-boss's): the
 * validators of the last answer (ETag, Last-Modified) and the ids of the items already enqueued. This is SQL
 * outside the store, on purpose: it is the queue's bookkeeping, not the record, and lives with the queue.
 */
export interface FeedMemory {
  validators(feed: string): Promise<Validators>;
  /** The ids among `items` not seen before for this feed. */
  unseen(feed: string, items: readonly string[]): Promise<Set<string>>;
  /** Remembers items as enqueued, then the validators of the answer they came in. */
  remember(feed: string, items: readonly string[], validators: Validators): Promise<void>;
}

/** Creates the tables if needed and returns the memory: `const memory = await openFeedMemory(queue)`. */
export async function openFeedMemory(queue: WorkQueue): Promise<FeedMemory> {
  const { pool } = queue;
  const s = queue.location.schema;
  await pool
    .query(
      `CREATE TABLE IF NOT EXISTS ${s}.accord_feed (
         url text PRIMARY KEY, etag text, last_modified text, checked_on timestamptz NOT NULL DEFAULT now());
       CREATE TABLE IF NOT EXISTS ${s}.accord_feed_item (
         feed text NOT NULL, item text NOT NULL, seen_on timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (feed, item))`,
    )
    .catch((error: { code?: string }) => {
      // Two watchers creating the tables at once: the loser's "already exists" is harmless.
      if (error.code !== '23505' && error.code !== '42P07') throw error;
    });
  return {
    async validators(feed) {
      const { rows } = await pool.query<{ etag: string | null; last_modified: string | null }>(
        `SELECT etag, last_modified FROM ${s}.accord_feed WHERE url = $1`,
        [feed],
      );
      return { etag: rows[0]?.etag ?? null, lastModified: rows[0]?.last_modified ?? null };
    },
    async unseen(feed, items) {
      const { rows } = await pool.query<{ item: string }>(
        `SELECT item FROM ${s}.accord_feed_item WHERE feed = $1 AND item = ANY($2)`,
        [feed, items],
      );
      const seen = new Set(rows.map((row) => row.item));
      return new Set(items.filter((item) => !seen.has(item)));
    },
    async remember(feed, items, validators) {
      await pool.query(
        `INSERT INTO ${s}.accord_feed_item (feed, item) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [feed, items],
      );
      await pool.query(
        `INSERT INTO ${s}.accord_feed (url, etag, last_modified, checked_on) VALUES ($1, $2, $3, now())
         ON CONFLICT (url) DO UPDATE SET etag = $2, last_modified = $3, checked_on = now()`,
        [feed, validators.etag, validators.lastModified],
      );
    },
  };
}
