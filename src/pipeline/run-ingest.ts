import { createDocument } from '../documents/create-document.js';
import { loadLanguageDetector } from '../documents/detect-language.js';
import { errorMessage } from '../errors.js';
import { readSources, type SourceOptions } from '../sources/index.js';
import type { Store } from '../store/store.js';
import type { DocumentOverrides } from '../types.js';

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
}

/**
 * Reads every input, cleans each document and stores it with one transaction per document, streaming:
 * `await runIngest(["examples/"], { store, sources })`. Bad inputs are reported through `onItem` and counted;
 * the batch goes on. Killing it halfway leaves whole documents only, and running it again skips them.
 */
export async function runIngest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, sources, overrides = {}, onItem = () => {} } = options;
  const summary: IngestSummary = { stored: 0, duplicates: 0, failed: 0 };
  if (!overrides.lang) await loadLanguageDetector();
  for await (const result of readSources(inputs, sources)) {
    if (!result.ok) {
      summary.failed++;
      onItem({ status: 'failed', source: result.source, reason: result.error.message });
      continue;
    }
    try {
      const document = createDocument(result.raw, overrides);
      if (!document) {
        summary.failed++;
        onItem({ status: 'failed', source: result.raw.source, reason: 'no text left after cleaning' });
        continue;
      }
      const { stored } = await store.putDocument(document);
      if (stored) summary.stored++;
      else summary.duplicates++;
      onItem({
        status: stored ? 'stored' : 'duplicate',
        source: document.source,
        id: document.id,
        title: document.title,
      });
    } catch (error) {
      summary.failed++;
      onItem({ status: 'failed', source: result.raw.source, reason: errorMessage(error) });
    }
  }
  return summary;
}
