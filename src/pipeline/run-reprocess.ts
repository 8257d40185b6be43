/**
 * Re-extracts the stored documents whose records an older extractor made (EXTRACTOR_VERSION), in rounds, each
 * round in groups extracted stage by stage; each document's records are replaced in a transaction of their own,
 * so a run stopped halfway is resumed by the next. A document whose extraction fails is reported and left with its
 * old records; the run goes on without it.
 */
import { errorMessage } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Document } from '../types.js';
import {
  EXTRACTOR_VERSION,
  type ExtractGroupFn,
  type ExtractRecordsOptions,
  extractRecordsOfGroup,
  INGEST_GROUP_SIZE,
  outcomesOf,
} from './extract-records.js';

/** What became of one stale document. */
export type ReprocessItem =
  | { status: 'reprocessed'; id: string; source: string }
  | { status: 'failed'; id: string; source: string; reason: string };

export interface ReprocessSummary {
  reprocessed: number;
  failed: number;
}

export interface ReprocessOptions {
  store: Store;
  extractOptions?: ExtractRecordsOptions;
  /** How a group is extracted (extractRecordsOfGroup); tests swap in one that fails a document. */
  extract?: ExtractGroupFn;
  /** Called once per document, after its records were replaced or its extraction failed. */
  onItem?: (item: ReprocessItem) => void;
}

/** Stale documents asked for per round. */
const ROUND = 200;

/**
 * Re-extracts every stale document: `await runReprocess({ store })` gives `{ reprocessed: 19, failed: 0 }`. Each
 * round asks the store again, as documents done in earlier rounds (or runs) carry the new version; documents that
 * failed in this run are asked for beyond the round and left out, so they cannot stall it.
 */
export async function runReprocess(options: ReprocessOptions): Promise<ReprocessSummary> {
  const { store, extractOptions = {}, extract = extractRecordsOfGroup, onItem = () => {} } = options;
  const summary: ReprocessSummary = { reprocessed: 0, failed: 0 };
  const failed = new Set<string>();
  const nextRound = async () =>
    (await store.staleDocuments(EXTRACTOR_VERSION, ROUND + failed.size)).filter((id) => !failed.has(id));
  for (let ids = await nextRound(); ids.length > 0; ids = await nextRound()) {
    for (let from = 0; from < ids.length; from += INGEST_GROUP_SIZE) {
      const documents: Document[] = [];
      for (const id of ids.slice(from, from + INGEST_GROUP_SIZE)) {
        const document = await store.getDocument(id);
        if (document) documents.push(document);
      }
      const outcomes = outcomesOf(extract, documents, extractOptions);
      for (const [index, document] of documents.entries()) {
        const outcome = outcomes[index];
        const item = { id: document.id, source: document.source };
        if (outcome?.ok) {
          await store.replaceRecords(document.id, outcome.records);
          summary.reprocessed++;
          onItem({ status: 'reprocessed', ...item });
        } else {
          failed.add(document.id);
          summary.failed++;
          onItem({ status: 'failed', ...item, reason: errorMessage(outcome?.error) });
        }
      }
    }
  }
  return summary;
}
