import type { AccordError } from '../errors.js';
import type { RawDocument } from '../types.js';

/** How sources are read; the CLI fills it from its flags. */
export interface SourceOptions {
  /** Largest input read, in bytes (`--max-bytes`). */
  maxBytes: number;
  /** Time allowed per URL, headers and body together (`--timeout`). */
  timeoutMs: number;
  /** Fetch an item's page when a feed item carries only a summary (`--follow`). */
  follow: boolean;
  /** What "-" reads; defaults to process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string> | undefined;
}

/** One document read, or one input that could not be read and why. */
export type SourceResult = { ok: true; raw: RawDocument } | { ok: false; source: string; error: AccordError };
