import { InvalidArgumentError, Option } from 'commander';
import type { OpenQueueOptions, WorkQueue } from '../queue/index.js';
import type { JobSettings } from '../queue/job-data.js';

/** `--queue-db URL`, defaulting to ACCORD_QUEUE, then to the store when the store is PostgreSQL. */
export function queueDbOption(): Option {
  return new Option(
    '--queue-db <url>',
    'PostgreSQL URL of the work queue (postgres://user@host/db?schema=name); default: the store, when it is PostgreSQL',
  ).env('ACCORD_QUEUE');
}

/** `--retry-limit N`: retries of a failed job before it is dead-lettered. */
export function retryLimitOption(): Option {
  return new Option(
    '--retry-limit <n>',
    'retries of a failed job before it is dead-lettered (default 3)',
  ).argParser(parseCount);
}

/** `--retry-delay SECONDS`: the wait before the first retry; pg-boss doubles it for each later one. */
export function retryDelayOption(): Option {
  return new Option(
    '--retry-delay <seconds>',
    'wait before the first retry, about doubling after each (default 10)',
  ).argParser(parseCount);
}

/** `--job-timeout SECONDS`: a job active longer than this is taken to have died with its worker. */
export function jobTimeoutOption(): Option {
  return new Option(
    '--job-timeout <seconds>',
    'a job running longer than this is taken to have died with its worker and is retried (default 300)',
  ).argParser(parseCount);
}

/** The job settings of parsed flags: only those given, so the queue's defaults fill the rest. */
export function jobSettings(flags: {
  retryLimit?: number;
  retryDelay?: number;
  jobTimeout?: number;
}): JobSettings {
  const settings: JobSettings = {};
  if (flags.retryLimit !== undefined) settings.retryLimit = flags.retryLimit;
  if (flags.retryDelay !== undefined) settings.retryDelay = flags.retryDelay;
  if (flags.jobTimeout !== undefined) settings.expireInSeconds = Math.max(1, flags.jobTimeout);
  return settings;
}

/**
 * Opens the queue for one command and always closes it: `await withQueue(flags.queueDb, flags.db, {}, work)`.
 */
export async function withQueue<T>(
  queueDb: string | undefined,
  storeDb: string | undefined,
  options: OpenQueueOptions,
  work: (queue: WorkQueue) => Promise<T>,
): Promise<T> {
  // pg-boss is loaded by the commands that use a queue, not by every command (~0.3 s).
  const { openQueue, resolveQueueLocation } = await import('../queue/index.js');
  const queue = await openQueue(resolveQueueLocation(queueDb, storeDb), options);
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

/** Parses a whole number of zero or more: `parseCount("0")` is 0. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return n;
}

// A duration. Matches `15m`, `30s`, `1h`, `2.5m`, `900` (seconds); not `15 minutes` or `-5m`.
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a duration into milliseconds: `parseDuration("15m")` is 900000; a bare number is seconds. */
export function parseDuration(value: string): number {
  const match = DURATION.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000) : Number.NaN;
  if (!(ms > 0)) throw new InvalidArgumentError(`expected a duration such as 30s, 15m or 1h, got "${value}"`);
  return ms;
}
