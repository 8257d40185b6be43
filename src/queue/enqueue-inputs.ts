import { errorMessage } from '../errors.js';
import { readSources, type SourceOptions } from '../sources/index.js';
import { isHttpUrl } from '../sources/is-http-url.js';
import type { DocumentOverrides } from '../types.js';
import type { JobKind } from './_constants.js';
import { INSERT_CHUNK } from './_constants.js';
import { type JobData, type JobSettings, jobSource } from './job-data.js';
import type { WorkQueue } from './open-queue.js';
import { sendJobs } from './send-jobs.js';

/** What happened to one input when enqueueing. */
export type EnqueueItem =
  | { status: 'queued'; kind: JobKind; source: string }
  | { status: 'failed'; source: string; reason: string };

export interface EnqueueSummary {
  queued: number;
  failed: number;
}

export interface EnqueueOptions {
  sources: SourceOptions;
  overrides?: DocumentOverrides;
  extract?: boolean;
  settings?: JobSettings;
  /** URLs of `--list` files: they travel as one list job, expanded by a worker. */
  listUrls?: string[];
  onItem?: (item: EnqueueItem) => void;
}

/**
 * Enqueues inputs as `accord ingest` would read them: local files, folders and stdin are read here (a worker on
 * another machine cannot see them) and sent as document jobs, one per document; URLs are sent as feed jobs for a
 * worker to fetch: `await enqueueInputs(queue, ['reports/', 'https://mfa.kz/news.rss'], { sources })`.
 */
export async function enqueueInputs(
  queue: WorkQueue,
  inputs: readonly string[],
  options: EnqueueOptions,
): Promise<EnqueueSummary> {
  const { sources, overrides = {}, extract = true, settings, listUrls = [], onItem = () => {} } = options;
  const base = { overrides, extract, ...(settings ? { settings } : {}) };
  const read = { maxBytes: sources.maxBytes, timeoutMs: sources.timeoutMs, follow: sources.follow };
  const summary: EnqueueSummary = { queued: 0, failed: 0 };
  let pending: Array<{ job: JobData; source: string }> = [];

  const flush = async () => {
    await sendJobs(
      queue,
      pending.map((entry) => entry.job),
    );
    for (const { job, source } of pending) onItem({ status: 'queued', kind: job.kind, source });
    summary.queued += pending.length;
    pending = [];
  };
  const add = async (job: JobData, source: string) => {
    pending.push({ job, source });
    if (pending.length >= INSERT_CHUNK) await flush();
  };

  if (listUrls.length > 0) {
    const list: JobData = { kind: 'list', urls: listUrls, read, ...base };
    await add(list, jobSource(list));
  }
  for (const input of inputs) {
    if (isHttpUrl(input)) {
      await add({ kind: 'feed', url: input, read, ...base }, input);
      continue;
    }
    for await (const result of readSources([input], sources)) {
      if (result.ok) {
        await add({ kind: 'document', raw: result.raw, ...base }, result.raw.source);
        continue;
      }
      await flush(); // keeps reports in input order
      summary.failed++;
      onItem({ status: 'failed', source: result.source, reason: errorMessage(result.error) });
    }
  }
  await flush();
  return summary;
}
