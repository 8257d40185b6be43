import { createDocument } from '../documents/create-document.js';
import { loadLanguageDetector } from '../documents/detect-language.js';
import { errorMessage } from '../errors.js';
import { readSources, type SourceOptions } from '../sources/index.js';
import type { DocumentEntry, Store } from '../store/store.js';
import type { DocumentOverrides } from '../types.js';
import { type ExtractRecordsOptions, extractRecordsOfGroup, INGEST_GROUP_SIZE } from './extract-records.js';

/** What happened to one input document. */
export type IngestItem =
  | { status: 'stored' | 'duplicate'; source: string; id: string; title: string | null }
  | { status: 'failed'; source: string; reason: string };

export interface IngestSummary {
  stored: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions {
  store: Store;
  sources: SourceOptions;
  overrides?: DocumentOverrides;
  /** Called once per document, in order, after it was stored, skipped or refused. */
  onItem?: (item: IngestItem) => void;
  /** False stores documents without extracting records (they can be extracted later by reprocess). */
  extract?: boolean;
  extractOptions?: ExtractRecordsOptions;
}

/**
 * Documents are extracted and written in groups of up to this many, one transaction per group (group commit):
 * each document with everything derived from it is still whole or absent, and a commit (with its full-text
 * index flush) is paid once per group instead of once per document. A group is extracted stage by stage
 * (extractRecordsOfGroup), which is faster than a document at a time.
 */
const GROUP_SIZE = INGEST_GROUP_SIZE;
/** A group waits no longer than this for more documents, so slow sources (URLs, stdin) still land. */
const GROUP_WAIT_MS = 250;

/**
 * Reads every input, cleans each document and stores it, streaming:
 * `await runIngest(["examples/"], { store, sources })`. Bad inputs are reported through `onItem` and counted;
 * the batch goes on. Killing it halfway leaves whole documents only, and running it again skips them.
 */
export async function runIngest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, sources, overrides = {}, onItem = () => {}, extract = true, extractOptions = {} } = options;
  const summary: IngestSummary = { stored: 0, duplicates: 0, failed: 0 };
  if (!overrides.lang) await loadLanguageDetector();
  // Failures wait in the group too, so that onItem reports items in input order.
  let group: Array<Pending | IngestItem> = [];
  let groupStarted = 0;

  const flush = async () => {
    extractGroup(group, extractOptions);
    const entries = group.filter((entry): entry is Pending => 'document' in entry);
    const results =
      entries.length > 0
        ? await store.putDocuments(entries.map(({ document, records }) => ({ document, records })))
        : [];
    let next = 0;
    for (const entry of group) {
      if (!('document' in entry)) {
        summary.failed++;
        onItem(entry);
        continue;
      }
      const { document } = entry;
      const stored = results[next++]?.stored === true;
      if (stored) summary.stored++;
      else summary.duplicates++;
      onItem({
        status: stored ? 'stored' : 'duplicate',
        source: document.source,
        id: document.id,
        title: document.title,
      });
    }
    group = [];
    // Local files are read synchronously, so a batch could otherwise run start to end without the event loop
    // turning: timers (the progress bar), signal handlers and the runtime's deferred clean-up wait for a turn
    // (without one, memory held for each HTML page was not given back until the batch ended).
    await new Promise<void>((resolve) => setImmediate(resolve));
  };

  for await (const result of readSources(inputs, sources)) {
    if (group.length === 0) groupStarted = performance.now();
    if (!result.ok) {
      group.push({ status: 'failed', source: result.source, reason: result.error.message });
    } else {
      try {
        const document = createDocument(result.raw, overrides);
        if (!document) {
          group.push({ status: 'failed', source: result.raw.source, reason: 'no text left after cleaning' });
        } else {
          // Extraction is the expensive part: skip it for content the store already holds.
          const known = !extract || (await store.hasDocument(document.id));
          group.push({ document, extract: !known });
        }
      } catch (error) {
        group.push({ status: 'failed', source: result.raw.source, reason: errorMessage(error) });
      }
    }
    if (group.length >= GROUP_SIZE || performance.now() - groupStarted >= GROUP_WAIT_MS) await flush();
  }
  await flush();
  return summary;
}

/** A document of a group waiting for its records (when `extract`) and its write. */
interface Pending extends DocumentEntry {
  extract: boolean;
}

/** Gives the group's documents that want records their records, in place; one whose extraction throws becomes a failure. */
function extractGroup(group: Array<Pending | IngestItem>, options: ExtractRecordsOptions): void {
  const wanted: number[] = [];
  for (const [index, entry] of group.entries()) if ('document' in entry && entry.extract) wanted.push(index);
  if (wanted.length === 0) return;
  const outcomes = extractRecordsOfGroup(
    wanted.map((index) => (group[index] as Pending).document),
    options,
  );
  for (const [n, index] of wanted.entries()) {
    const pending = group[index] as Pending;
    const outcome = outcomes[n];
    if (outcome?.ok) pending.records = outcome.records;
    else
      group[index] = {
        status: 'failed',
        source: pending.document.source,
        reason: errorMessage(outcome?.error),
      };
  }
}
