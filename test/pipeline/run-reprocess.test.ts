/**
 * runReprocess: stale documents get the records extraction gives them; one whose extraction fails is reported,
 * keeps its old records and does not stall the run, however many fail before the rest.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsText } from '../../bench/generate-corpus.js';
import {
  EXTRACTOR_VERSION,
  type ExtractGroupFn,
  extractRecords,
  extractRecordsOfGroup,
} from '../../src/pipeline/extract-records.js';
import { runIngest } from '../../src/pipeline/run-ingest.js';
import { type ReprocessItem, runReprocess } from '../../src/pipeline/run-reprocess.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../src/sources/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

/** A store holding `count` generated reports (files report-000.txt ...), stored without records. */
async function storeWithoutRecords(count: number): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-reprocess-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'in', `report-${String(i).padStart(3, '0')}.txt`), newsText(i));
  const store = await openSqliteStore(join(dir, 'accord.db'));
  const summary = await runIngest([join(dir, 'in')], {
    store,
    sources: { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, follow: false },
    overrides: { lang: 'en', published: '2024-07-03' },
    extract: false,
  });
  expect(summary).toEqual({ stored: count, duplicates: 0, failed: 0 });
  return store;
}

/** The number in a report's file name: 12 for ".../report-012.txt". */
function reportNumber(source: string): number {
  return Number(/report-(\d+)\.txt$/.exec(source)?.[1] ?? Number.NaN);
}

/** The real extraction, except that reports numbered below `below` fail. */
function failingBelow(below: number): ExtractGroupFn {
  return (documents, options) => {
    const outcomes = extractRecordsOfGroup(documents, options);
    return documents.map((document, i) =>
      reportNumber(document.source) < below
        ? { ok: false, error: new Error(`report ${reportNumber(document.source)} failed on purpose`) }
        : (outcomes[i] as (typeof outcomes)[number]),
    );
  };
}

describe('runReprocess', () => {
  it('gives every stale document the records extraction gives it, once', async () => {
    const store = await storeWithoutRecords(5);
    try {
      const ids = await store.staleDocuments(EXTRACTOR_VERSION, 100);
      expect(ids).toHaveLength(5);
      const items: ReprocessItem[] = [];
      expect(await runReprocess({ store, onItem: (item) => items.push(item) })).toEqual({
        reprocessed: 5,
        failed: 0,
      });
      expect(items.map((item) => item.status)).toEqual(Array(5).fill('reprocessed'));
      expect(await store.staleDocuments(EXTRACTOR_VERSION, 100)).toEqual([]);
      for (const id of ids) {
        const document = await store.getDocument(id);
        const records = await store.getRecords(id);
        expect(records?.figures.length).toBeGreaterThan(0);
        expect(records).toEqual(extractRecords(document as NonNullable<typeof document>));
      }
      expect(await runReprocess({ store })).toEqual({ reprocessed: 0, failed: 0 });
    } finally {
      await store.close();
    }
  });

  it('reports a failing document, leaves it stale, and goes on past a whole round of failures', async () => {
    // The first 205 reports fail: more than a round (200) of the stale documents the store gives first.
    const store = await storeWithoutRecords(215);
    try {
      const failed: ReprocessItem[] = [];
      const summary = await runReprocess({
        store,
        extract: failingBelow(205),
        onItem: (item) => {
          if (item.status === 'failed') failed.push(item);
        },
      });
      expect(summary).toEqual({ reprocessed: 10, failed: 205 });
      expect(failed[0]).toMatchObject({
        status: 'failed',
        reason: expect.stringMatching(/^report \d+ failed on purpose$/),
      });
      expect(new Set(failed.map((item) => reportNumber(item.source))).size).toBe(205);
      const stale = await store.staleDocuments(EXTRACTOR_VERSION, 1000);
      expect(stale).toHaveLength(205);
      // The next run, with extraction working, finishes the job.
      expect(await runReprocess({ store })).toEqual({ reprocessed: 205, failed: 0 });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('fails every document of a group when the extraction itself throws', async () => {
    const store = await storeWithoutRecords(3);
    try {
      const summary = await runReprocess({
        store,
        extract: () => {
          throw new Error('extractor exploded on purpose');
        },
      });
      expect(summary).toEqual({ reprocessed: 0, failed: 3 });
      expect(await store.staleDocuments(EXTRACTOR_VERSION, 100)).toHaveLength(3);
    } finally {
      await store.close();
    }
  });
});
