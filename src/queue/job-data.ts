import type { DocumentOverrides, RawDocument } from '../types.js';

/** How a job's sources are read: the `ingest` flags that travel with the job to whichever worker takes it. */
export interface JobReadOptions {
  maxBytes: number;
  timeoutMs: number;
  follow: boolean;
}

/** Retry settings given at enqueue time; missing ones take the queue's defaults. */
export interface JobSettings {
  retryLimit?: number | undefined;
  retryDelay?: number | undefined;
  /** Seconds a job may stay active before it is taken to have died and is retried. */
  expireInSeconds?: number | undefined;
}

interface JobBase {
  overrides: DocumentOverrides;
  /** False stores documents without records (`--no-extract`). */
  extract: boolean;
  settings?: JobSettings | undefined;
}

/** A document read by the enqueuer (a file, stdin, a feed item): `{ kind: 'document', raw, ... }`. */
export interface DocumentJobData extends JobBase {
  kind: 'document';
  raw: RawDocument;
}

/** A URL to read on the worker: `{ kind: 'feed', url: 'https://mfa.kz/news.rss', ... }`. */
export interface FeedJobData extends JobBase {
  kind: 'feed';
  url: string;
  read: JobReadOptions;
}

/** URLs of a `--list` file, expanded by a worker into feed jobs: `{ kind: 'list', urls: [...], ... }`. */
export interface ListJobData extends JobBase {
  kind: 'list';
  urls: string[];
  read: JobReadOptions;
}

export type JobData = DocumentJobData | FeedJobData | ListJobData;

/** The error a failed job keeps (pg-boss `output`), as `accord queue failed` shows it. */
export interface JobError {
  message: string;
  code?: string | undefined;
  source?: string | undefined;
}

/** What a job is about, for people: its document's source, its URL, or "3 URLs" for a list of three. */
export function jobSource(data: JobData): string {
  if (data.kind === 'document') return data.raw.source;
  if (data.kind === 'feed') return data.url;
  return `${data.urls.length} URL${data.urls.length === 1 ? '' : 's'}`;
}
