import { STATUS_CODES } from 'node:http';
import { AccordError } from '../errors.js';
import { USER_AGENT } from '../sources/_constants.js';
import type { FetchedBody } from '../sources/fetch-url.js';
import { tooLargeError } from '../sources/format-bytes.js';
import { networkError } from '../sources/network-error.js';

/** What a server said last time, to ask "has it changed since?" (HTTP conditional GET). */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type ConditionalResult =
  | { changed: false }
  | { changed: true; page: FetchedBody; validators: Validators };

const ACCEPT = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/html;q=0.8,*/*;q=0.5';

/**
 * GETs a URL with If-None-Match / If-Modified-Since from the last visit: a 304 is `{ changed: false }`, anything
 * else is read as `fetchUrl` reads it, with the new validators:
 * `await fetchIfChanged('https://mfa.kz/news.rss', { etag: '"abc"', lastModified: null }, limits)`.
 */
export async function fetchIfChanged(
  url: string,
  last: Validators,
  { maxBytes, timeoutMs }: { maxBytes: number; timeoutMs: number },
): Promise<ConditionalResult> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT };
  if (last.etag) headers['if-none-match'] = last.etag;
  if (last.lastModified) headers['if-modified-since'] = last.lastModified;
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers,
    });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { changed: false };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText || STATUS_CODES[response.status] || '';
      throw new AccordError('HTTP', `HTTP ${response.status} ${text}`.trim());
    }
    const bytes = await readCapped(response, maxBytes);
    return {
      changed: true,
      page: { url: response.url || url, bytes, contentType: response.headers.get('content-type') },
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  } catch (error) {
    throw networkError(error, timeoutMs);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLargeError(declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    total += next.value.length;
    if (total > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw tooLargeError(null, maxBytes);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, total);
}
