/**
 * The sources stage: files, directories, URLs, feeds and standard input to raw documents, one result per
 * document, in input order, streaming; a bad input is a failed result naming it, never a throw.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AccordError } from '../errors.js';
import { KNOWN_EXTENSIONS } from './_constants.js';
import type { SourceOptions, SourceResult } from './_types.js';
import { type BytesOrigin, documentsFromBytes } from './documents-from-bytes.js';
import { fetchUrl } from './fetch-url.js';
import { charsetFromContentType } from './find-declared-charset.js';
import { fsError } from './fs-error.js';
import { isHttpUrl } from './is-http-url.js';
import { readFileBytes } from './read-file-bytes.js';
import { readStreamBytes } from './read-stream-bytes.js';
import { formatHint } from './sniff-format.js';
import { toFailure } from './to-failure.js';
import { walkDirectory } from './walk-directory.js';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './_constants.js';
export type { SourceOptions, SourceResult } from './_types.js';
export { countInputs } from './count-inputs.js';
export { readInputList } from './read-input-list.js';

/**
 * Reads inputs (files, directories recursively, http(s) URLs, "-" for stdin) as raw documents, one result each:
 * `for await (const result of readSources(['reports/', 'https://mfa.kz/news.rss'], options)) ...`.
 */
export async function* readSources(inputs: string[], options: SourceOptions): AsyncGenerator<SourceResult> {
  for (const input of inputs) {
    if (input === '-') yield* guarded('-', () => stdinDocuments(options));
    else if (isHttpUrl(input)) yield* guarded(input, () => urlDocuments(input, options));
    else yield* guarded(input, () => pathDocuments(input, options));
  }
}

/** Results of one input; whatever it throws becomes a failure naming it, and the batch goes on. */
async function* guarded(
  source: string,
  read: () => AsyncGenerator<SourceResult>,
): AsyncGenerator<SourceResult> {
  try {
    yield* read();
  } catch (error) {
    yield toFailure(source, error);
  }
}

async function* pathDocuments(path: string, options: SourceOptions): AsyncGenerator<SourceResult> {
  const info = await stat(path).catch((error: unknown) => {
    throw fsError(error);
  });
  if (!info.isDirectory()) {
    yield* fileDocuments(path, options);
    return;
  }
  let files = 0;
  for await (const entry of walkDirectory(path)) {
    if (entry.error) {
      yield toFailure(entry.path, entry.error);
      continue;
    }
    files++;
    yield* guarded(entry.path, () => fileDocuments(entry.path, options));
  }
  if (files === 0) {
    const known = [...KNOWN_EXTENSIONS].join(' ');
    yield toFailure(path, new AccordError('EMPTY', `directory has no readable files (${known})`));
  }
}

async function* fileDocuments(path: string, options: SourceOptions): AsyncGenerator<SourceResult> {
  const bytes = await readFileBytes(path, options.maxBytes);
  const origin: BytesOrigin = { source: path, hint: formatHint(extname(path)), charset: null, url: null };
  yield* documentsFromBytes(bytes, origin, options);
}

async function* urlDocuments(url: string, options: SourceOptions): AsyncGenerator<SourceResult> {
  const page = await fetchUrl(url, options);
  const origin: BytesOrigin = {
    source: page.url,
    hint: formatHint(page.contentType ?? ''),
    charset: charsetFromContentType(page.contentType),
    url: page.url,
  };
  yield* documentsFromBytes(page.bytes, origin, options);
}

async function* stdinDocuments(options: SourceOptions): AsyncGenerator<SourceResult> {
  const bytes = await readStreamBytes(options.stdin ?? process.stdin, options.maxBytes);
  if (bytes.length === 0) throw new AccordError('EMPTY', 'standard input is empty');
  yield* documentsFromBytes(bytes, { source: '-', hint: null, charset: null, url: null }, options);
}
