import { createHash } from 'node:crypto';
import { errorMessage } from '../errors.js';
import type { SourceOptions } from '../sources/index.js';
import { isHttpUrl } from '../sources/is-http-url.js';
import type { DocumentOverrides, RawDocument } from '../types.js';
import type { FeedMemory } from './feed-memory.js';
import { fetchIfChanged } from './fetch-if-changed.js';
import type { DocumentJobData, JobSettings } from './job-data.js';
import type { WorkQueue } from './open-queue.js';
import { readFetched } from './read-fetched.js';
import { sendJobs } from './send-jobs.js';

/** What one feed gave in one round. */
export type FeedCheck =
  | { feed: string; status: 'unchanged' }
  | { feed: string; status: 'checked'; items: number; queued: number }
  | { feed: string; status: 'failed'; reason: string };

export interface WatchOptions {
  sources: SourceOptions;
  overrides?: DocumentOverrides;
  extract?: boolean;
  settings?: JobSettings;
  onFeed?: (check: FeedCheck) => void;
}

/**
 * One round of `accord watch`: each feed is fetched with a conditional GET (a 304 costs nothing), and its items
 * not seen before are enqueued as document jobs, then remembered. Items are remembered after they are enqueued,
 * so a crash in between enqueues them again next round (the store keeps one copy): at least once, never lost.
 * A feed that fails is reported and the round goes on: `await watchFeeds(queue, memory, feeds, { sources })`.
 */
export async function watchFeeds(
  queue: WorkQueue,
  memory: FeedMemory,
  feeds: readonly string[],
  options: WatchOptions,
): Promise<FeedCheck[]> {
  const checks: FeedCheck[] = [];
  for (const feed of feeds) {
    let check: FeedCheck;
    try {
      check = await watchFeed(queue, memory, feed, options);
    } catch (error) {
      check = { feed, status: 'failed', reason: errorMessage(error) };
    }
    checks.push(check);
    options.onFeed?.(check);
  }
  return checks;
}

async function watchFeed(
  queue: WorkQueue,
  memory: FeedMemory,
  feed: string,
  options: WatchOptions,
): Promise<FeedCheck> {
  const { sources, overrides = {}, extract = true, settings } = options;
  const answer = await fetchIfChanged(feed, await memory.validators(feed), sources);
  if (!answer.changed) return { feed, status: 'unchanged' };
  const { results } = await readFetched(answer.page, sources);
  const raws = results.flatMap((result) => (result.ok ? [result.raw] : []));
  const keyed = raws.map((raw) => ({ raw, key: itemKey(raw, answer.page.url) }));
  const fresh = await memory.unseen(
    feed,
    keyed.map((item) => item.key),
  );
  const jobs: DocumentJobData[] = keyed
    .filter((item) => fresh.has(item.key))
    .map(({ raw }) => ({ kind: 'document', raw, overrides, extract, ...(settings ? { settings } : {}) }));
  await sendJobs(queue, jobs);
  await memory.remember(
    feed,
    keyed.map((item) => item.key),
    answer.validators,
  );
  return { feed, status: 'checked', items: raws.length, queued: jobs.length };
}

/**
 * The id of a feed item: its link, or for an item without one (and a page that is not a feed) a hash of its
 * title and text: `itemKey({ source: 'https://mfa.kz/news/1', ... }, 'https://mfa.kz/rss')` is the link.
 */
export function itemKey(raw: RawDocument, feedUrl: string): string {
  if (isHttpUrl(raw.source) && raw.source !== feedUrl) return raw.source;
  return `sha256:${createHash('sha256')
    .update(`${raw.title ?? ''}\n${raw.text}`)
    .digest('hex')
    .slice(0, 32)}`;
}
