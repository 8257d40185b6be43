/**
 * The work queue: pg-boss on PostgreSQL. `ingest --queue` enqueues, `worker` takes jobs (clean, extract, store,
 * idempotently), `queue` counts and retries, `watch` enqueues new feed items on a schedule.
 */
export * from './_constants.js';
export { countJobs, isQueueIdle, type JobCounts } from './count-jobs.js';
export { type DeadLetter, listDeadLetters, retryDeadLetters } from './dead-letters.js';
export { type EnqueueItem, type EnqueueSummary, enqueueInputs } from './enqueue-inputs.js';
export { openFeedMemory } from './feed-memory.js';
export type { JobData, JobError, JobSettings } from './job-data.js';
export { type OpenQueueOptions, openQueue, type WorkQueue } from './open-queue.js';
export { isPostgresUrl, type QueueLocation, redactUrl, resolveQueueLocation } from './queue-location.js';
export { runWorker, type WorkerEvent, type WorkerSummary } from './run-worker.js';
export { sendJobs } from './send-jobs.js';
export { type FeedCheck, watchFeeds } from './watch-feeds.js';
