import { createDocument } from '../documents/create-document.js';
import { loadLanguageDetector } from '../documents/detect-language.js';
import { AccordError } from '../errors.js';
import { extractRecords } from '../pipeline/extract-records.js';
import { documentsFromBytes } from '../sources/documents-from-bytes.js';
import { readSources, type SourceOptions, type SourceResult } from '../sources/index.js';
import type { Store } from '../store/store.js';

/** What POST /api/documents accepts: one of text, html or url, and optional metadata that overrides the detected. */
export interface DocumentBody {
  text?: string | undefined;
  html?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  lang?: string | undefined;
}

/** What happened to each document of a body: stored, or already there. */
export interface IngestedDocument {
  id: string;
  stored: boolean;
  title: string | null;
  source: string;
}

export interface BodyIngest {
  documents: IngestedDocument[];
  /** Documents of the input that could not be read (a feed item), each with why. */
  failed: Array<{ source: string; reason: string }>;
}

/** The raw documents of a body: the text or HTML as given, or what the URL serves (a feed gives several). */
function readBody(body: DocumentBody, options: SourceOptions): AsyncGenerator<SourceResult> {
  if (body.url !== undefined) return readSources([body.url], options);
  const html = body.html !== undefined;
  const bytes = Buffer.from((html ? body.html : body.text) ?? '', 'utf8');
  return documentsFromBytes(
    bytes,
    { source: html ? 'api:html' : 'api:text', hint: html ? 'html' : 'text', charset: 'utf-8', url: null },
    options,
  );
}

/**
 * Runs a posted document through the same stages as `accord ingest` (read, clean, extract, store in one transaction):
 * `await ingestBody(store, { html: '<article>...</article>', outlet: 'Kazinform' }, sources)`. Throws AccordError when
 * nothing of the input could be read.
 */
export async function ingestBody(
  store: Store,
  body: DocumentBody,
  options: SourceOptions,
): Promise<BodyIngest> {
  if (!body.lang) await loadLanguageDetector();
  const overrides = { published: body.published, outlet: body.outlet, lang: body.lang };
  const out: BodyIngest = { documents: [], failed: [] };
  let firstError: AccordError | null = null;
  try {
    for await (const result of readBody(body, options)) {
      if (!result.ok) {
        firstError ??= result.error;
        out.failed.push({ source: result.source, reason: result.error.message });
        continue;
      }
      const raw = body.title ? { ...result.raw, title: body.title } : result.raw;
      const document = createDocument(raw, overrides);
      if (!document) {
        out.failed.push({ source: raw.source, reason: 'no text left after cleaning' });
        continue;
      }
      const known = await store.hasDocument(document.id);
      const { stored } = await store.putDocument(document, known ? undefined : extractRecords(document));
      out.documents.push({ id: document.id, stored, title: document.title, source: document.source });
    }
  } catch (error) {
    if (!(error instanceof AccordError)) throw error;
    firstError = error;
  }
  if (out.documents.length === 0) {
    throw firstError ?? new AccordError('NO_TEXT', out.failed[0]?.reason ?? 'no document in the input');
  }
  return out;
}
