import type { SourceOptions, SourceResult } from '../sources/_types.js';
import { documentsFromBytes } from '../sources/documents-from-bytes.js';
import type { FetchedBody } from '../sources/fetch-url.js';
import { charsetFromContentType } from '../sources/find-declared-charset.js';
import { chooseFormat, formatHint, sniffFormat } from '../sources/sniff-format.js';

/** The documents of a fetched URL, and whether it was a feed (one result per item) or a single page. */
export interface FetchedDocuments {
  isFeed: boolean;
  results: SourceResult[];
}

/**
 * Reads a fetched body as `accord ingest URL` does: `await readFetched(await fetchUrl(url, limits), options)`.
 * Throws what the sources stage throws for the body as a whole (empty, binary, malformed feed).
 */
export async function readFetched(page: FetchedBody, options: SourceOptions): Promise<FetchedDocuments> {
  const hint = formatHint(page.contentType ?? '');
  const origin = { source: page.url, hint, charset: charsetFromContentType(page.contentType), url: page.url };
  const results: SourceResult[] = [];
  for await (const result of documentsFromBytes(page.bytes, origin, options)) results.push(result);
  return { isFeed: chooseFormat(sniffFormat(page.bytes), hint) === 'feed', results };
}
