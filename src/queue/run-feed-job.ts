import { AccordError } from '../errors.js';
import { fetchUrl } from '../sources/fetch-url.js';
import type { DocumentJobData, FeedJobData, JobData, ListJobData } from './job-data.js';
import type { WorkQueue } from './open-queue.js';
import { readFetched } from './read-fetched.js';
import { sendJobs } from './send-jobs.js';
import { type StoreContext, storeRawDocuments } from './store-raw-documents.js';

/** What a feed or list job did, kept as the job's output. */
export interface ExpandOutput {
  /** Jobs it enqueued (feed items, list URLs). */
  queued: number;
  /** Documents it stored itself (a URL that was a page, not a feed). */
  stored: number;
  duplicates: number;
  /** Items that could not be read (no text), reported and skipped. */
  skipped: number;
}

/**
 * Reads a feed job's URL: a feed becomes one document job per item, so a long feed spreads over the workers; a
 * page or PDF is stored by this job. Throws (so the job is retried) when the URL cannot be fetched or read:
 * `await runFeedJob(data, queue, { store })`.
 */
export async function runFeedJob(
  data: FeedJobData,
  queue: WorkQueue,
  context: StoreContext,
): Promise<ExpandOutput> {
  const page = await fetchUrl(data.url, data.read);
  const { isFeed, results } = await readFetched(page, data.read);
  const output: ExpandOutput = { queued: 0, stored: 0, duplicates: 0, skipped: 0 };
  const raws = results.flatMap((result) => (result.ok ? [result.raw] : []));
  output.skipped = results.length - raws.length;
  const common = { overrides: data.overrides, extract: data.extract, settings: data.settings };
  if (isFeed) {
    const jobs: DocumentJobData[] = raws.map((raw) => ({ kind: 'document', raw, ...common }));
    output.queued = await sendJobs(queue, jobs);
    return output;
  }
  const stored = await storeRawDocuments(
    raws.map((raw) => ({ raw, overrides: data.overrides, extract: data.extract })),
    context,
  );
  for (const result of stored) {
    if (!result.ok) throw new AccordError('UNREADABLE', result.error.message);
    if (result.stored) output.stored++;
    else output.duplicates++;
  }
  if (raws.length === 0) throw new AccordError('NO_TEXT', `nothing readable at ${data.url}`);
  return output;
}

/** Expands a list job into one feed job per URL: `await runListJob(data, queue)`. */
export async function runListJob(data: ListJobData, queue: WorkQueue): Promise<ExpandOutput> {
  const jobs: JobData[] = data.urls.map((url) => ({
    kind: 'feed',
    url,
    read: data.read,
    overrides: data.overrides,
    extract: data.extract,
    settings: data.settings,
  }));
  return { queued: await sendJobs(queue, jobs), stored: 0, duplicates: 0, skipped: 0 };
}
