import { createDocument } from '../documents/create-document.js';
import { AccordError, errorMessage } from '../errors.js';
import {
  type ExtractGroupFn,
  type ExtractRecordsOptions,
  extractRecordsOfGroup,
  outcomesOf,
} from '../pipeline/extract-records.js';
import type { DocumentEntry, Store } from '../store/store.js';
import type { Document, DocumentOverrides, RawDocument } from '../types.js';
import type { JobError } from './job-data.js';

/** One raw document to store, as a job carries it. */
export interface RawItem {
  raw: RawDocument;
  overrides: DocumentOverrides;
  extract: boolean;
}

export type RawItemResult = { ok: true; id: string; stored: boolean } | { ok: false; error: JobError };

export interface StoreContext {
  store: Store;
  /** How the batch is extracted (extractRecordsOfGroup); one that throws fails every document of the batch. */
  extract?: ExtractGroupFn | undefined;
  extractOptions?: ExtractRecordsOptions | undefined;
}

/**
 * Cleans, extracts and stores raw documents, all in one store transaction, and says what became of each, in
 * order: `await storeRawDocuments([{ raw, overrides: {}, extract: true }], { store })`. A document that fails
 * (no text, extraction throws) fails alone; if the batch write fails, each document is written on its own so
 * that one bad document cannot sink the others. Writes are idempotent: a document already stored is a duplicate.
 */
export async function storeRawDocuments(
  items: readonly RawItem[],
  context: StoreContext,
): Promise<RawItemResult[]> {
  const { store, extract = extractRecordsOfGroup, extractOptions = {} } = context;
  const results: RawItemResult[] = [];
  const created: Array<{ index: number; document: Document; extract: boolean }> = [];
  for (const [index, item] of items.entries()) {
    try {
      const document = createDocument(item.raw, item.overrides);
      if (!document) throw new AccordError('NO_TEXT', 'no text left after cleaning');
      created.push({ index, document, extract: item.extract });
      results.push({ ok: true, id: document.id, stored: false });
    } catch (error) {
      results.push({ ok: false, error: jobError(error, item.raw.source) });
    }
  }
  // Extraction is the expensive part: skip it for content the store already holds (asked all at once, so that a
  // store over the network answers the batch in one round trip).
  const known = await Promise.allSettled(created.map(({ document }) => store.hasDocument(document.id)));
  const entries: Array<{ index: number; entry: DocumentEntry }> = [];
  const wanted: Array<{ index: number; document: Document }> = [];
  for (const [n, { index, document, extract: wants }] of created.entries()) {
    const lookup = known[n] as PromiseSettledResult<boolean>;
    if (lookup.status === 'rejected')
      results[index] = { ok: false, error: jobError(lookup.reason, document.source) };
    else if (!wants || lookup.value) entries.push({ index, entry: { document } });
    else wanted.push({ index, document });
  }
  const outcomes = outcomesOf(
    extract,
    wanted.map(({ document }) => document),
    extractOptions,
  );
  for (const [n, { index, document }] of wanted.entries()) {
    const outcome = outcomes[n];
    if (outcome?.ok) entries.push({ index, entry: { document, records: outcome.records } });
    else results[index] = { ok: false, error: jobError(outcome?.error, document.source) };
  }
  // In the order of the items, as the store writes them.
  entries.sort((a, b) => a.index - b.index);
  if (entries.length === 0) return results;
  let written: Array<{ stored: boolean } | JobError>;
  try {
    written = await store.putDocuments(entries.map((e) => e.entry));
  } catch {
    written = [];
    for (const { entry } of entries) {
      written.push(
        await store
          .putDocument(entry.document, entry.records)
          .catch((error: unknown) => jobError(error, entry.document.source)),
      );
    }
  }
  for (const [n, { index, entry }] of entries.entries()) {
    const outcome = written[n];
    results[index] =
      outcome && 'stored' in outcome
        ? { ok: true, id: entry.document.id, stored: outcome.stored }
        : { ok: false, error: outcome ?? { message: 'not written' } };
  }
  return results;
}

/** The error a failed job keeps: `jobError(new AccordError('NO_TEXT', 'empty'), 'a.txt')`. */
export function jobError(error: unknown, source?: string): JobError {
  const code = error instanceof AccordError ? error.code : (error as { code?: unknown } | null)?.code;
  return {
    message: errorMessage(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(source ? { source } : {}),
  };
}
