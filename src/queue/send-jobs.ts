import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { INSERT_CHUNK, QUEUES } from './_constants.js';
import type { JobData } from './job-data.js';
import { refreshJobStatistics } from './job-statistics.js';
import type { WorkQueue } from './open-queue.js';

/**
 * The key that makes a waiting job unique in its queue (pg-boss "short" policy): the same text, or the same URL,
 * enqueued again while the first is still waiting is dropped. `singletonKey({kind: 'feed', url: 'https://a'})`.
 */
export function singletonKey(data: JobData): string | undefined {
  if (data.kind === 'document') return createHash('sha256').update(data.raw.text).digest('hex').slice(0, 32);
  if (data.kind === 'feed') return data.url;
  return undefined;
}

/** One job as pg-boss inserts it: queue, data, key and the retry settings given at enqueue time. */
export function toInsert(data: JobData): PgBoss.JobInsert {
  const { settings } = data;
  return {
    name: QUEUES[data.kind],
    data,
    ...definedOnly({
      singletonKey: singletonKey(data),
      retryLimit: settings?.retryLimit,
      retryDelay: settings?.retryDelay,
      expireInSeconds: settings?.expireInSeconds,
    }),
  };
}

/**
 * Sends jobs in chunks of INSERT_CHUNK (one round trip each); returns how many were sent. Duplicates of waiting
 * jobs are dropped by PostgreSQL, and duplicates of stored documents by the store, so sending twice is harmless.
 * A queue that grew much is analyzed, so that workers fetch from it through its index: `await sendJobs(queue, jobs)`.
 */
export async function sendJobs(queue: WorkQueue, jobs: readonly JobData[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const sent = new Map<string, number>();
  for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
    const inserts = jobs.slice(start, start + INSERT_CHUNK).map(toInsert);
    await queue.boss.insert(inserts);
    for (const { name } of inserts) sent.set(name, (sent.get(name) ?? 0) + 1);
  }
  await refreshJobStatistics(queue, sent);
  return jobs.length;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
