/**
 * Ingest throughput into SQLite: generated news-length documents written to files, then ingested by the
 * real pipeline (sources -> documents -> store), one transaction per document. Memory is sampled as the
 * batch grows to show it stays flat.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, openSqliteStore, runIngest } from './_product.js';
import { newsPage, newsText } from './generate-corpus.js';
import { ingestFloor } from './ingest-floor.js';

export interface IngestBenchResult {
  kind: 'text' | 'html';
  /** Whether records were extracted and stored too (issue targets are set for ingest before extraction). */
  extract: boolean;
  documents: number;
  megabytes: number;
  seconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  peakRssMB: number;
  /** Heap in use after a collection at a tenth, half and the end of the batch: flat memory keeps these close. */
  heapAtTenthMB: number;
  heapAtHalfMB: number;
  heapAtEndMB: number;
  stored: number;
  failed: number;
  /** The floor (bench/ingest-floor.ts) on the same files, run just before: docs/s and our share of it. */
  floorDocumentsPerSecond: number;
  ratioToFloor: number;
}

function writeCorpus(dir: string, kind: 'text' | 'html', count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // Folders of 1,000 files, as a crawl would leave them.
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const content = kind === 'text' ? newsText(i) : newsPage(i);
    bytes += Buffer.byteLength(content);
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.${kind === 'text' ? 'txt' : 'html'}`), content);
  }
  return bytes;
}

/** Ingests `count` generated documents of one kind and measures it: `await benchIngest('text', 10_000)`. */
export async function benchIngest(
  kind: 'text' | 'html',
  count: number,
  options: { extract: boolean },
): Promise<IngestBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), `accord-bench-${kind}-`));
  try {
    const corpus = join(dir, 'corpus');
    const bytes = writeCorpus(corpus, kind, count);
    const floor = ingestFloor(corpus, join(dir, 'floor.db'));
    const floorRate = floor.documents / floor.seconds;
    const store = await openSqliteStore(join(dir, 'bench.db'));
    let seen = 0;
    let peakRss = 0;
    let heapAtTenth = 0;
    let heapAtHalf = 0;
    global.gc?.();
    const started = performance.now();
    const summary = await runIngest([corpus], {
      store,
      sources: { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, follow: false },
      overrides: {},
      extract: options.extract,
      onItem: () => {
        seen++;
        if (seen % 250 === 0) {
          const memory = process.memoryUsage();
          peakRss = Math.max(peakRss, memory.rss);
          // Live memory, not garbage awaiting collection (npm run bench passes --expose-gc).
          if (seen === Math.floor(count / 10 / 250) * 250) {
            global.gc?.();
            heapAtTenth = process.memoryUsage().heapUsed;
          }
          if (seen === Math.floor(count / 2 / 250) * 250) {
            global.gc?.();
            heapAtHalf = process.memoryUsage().heapUsed;
          }
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    global.gc?.();
    const heapAtEnd = process.memoryUsage().heapUsed;
    await store.close();
    const mb = bytes / 1e6;
    return {
      kind,
      extract: options.extract,
      documents: count,
      megabytes: round(mb),
      seconds: round(seconds),
      documentsPerSecond: round(count / seconds),
      megabytesPerSecond: round(mb / seconds),
      peakRssMB: round(peakRss / 1e6),
      heapAtTenthMB: round(heapAtTenth / 1e6),
      heapAtHalfMB: round(heapAtHalf / 1e6),
      heapAtEndMB: round(heapAtEnd / 1e6),
      stored: summary.stored,
      failed: summary.failed,
      floorDocumentsPerSecond: round(floorRate),
      ratioToFloor: round(count / seconds / floorRate),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
