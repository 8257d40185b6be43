/**
 * Knowledge at scale: a generated store of 1,000,000 figures over 200,000 documents, then in-process timings of the
 * figures query (p50/p99 over 1,000 random queries), all series and conflicts of one pair, and the brief for one pair.
 * The store is written through the Store interface (documents with their records, group commits), as ingest does.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Document, DocumentRecords, Figure } from '../src/types.js';
import {
  buildBrief,
  buildSeries,
  createDocument,
  openSqliteStore,
  renderBriefMarkdown,
  trackTargets,
} from './_product.js';
import { createRandom } from './generate-corpus.js';

const COUNTRIES = [
  'CN',
  'KZ',
  'UZ',
  'RU',
  'KG',
  'TJ',
  'TM',
  'TR',
  'AZ',
  'IN',
  'JP',
  'DE',
  'US',
  'MN',
  'IR',
  'PK',
];
export const INDICATORS = [
  'trade.total',
  'trade.exports',
  'trade.imports',
  'investment.total',
  'projects.count',
  'projects.value',
  'students.count',
  'freight.volume',
  'loans.total',
  'tourists.count',
];
const OUTLETS = [
  'Steppe Business Review',
  'Central Asia Wire',
  'Eurasia Trade Journal',
  'Ministry of Trade (press service)',
  'Bureau of National Statistics',
];

export function pairOf(random: () => number): [string, string] {
  const a = COUNTRIES[Math.floor(random() * COUNTRIES.length)] as string;
  let b = a;
  while (b === a) b = COUNTRIES[Math.floor(random() * COUNTRIES.length)] as string;
  return [a, b].sort() as [string, string];
}

export function makeEntry(
  i: number,
  figuresPerDocument: number,
): { document: Document; records: DocumentRecords } {
  const random = createRandom(i + 1);
  const parties = pairOf(random);
  const year = 2010 + Math.floor(random() * 15);
  const text = `Report ${i}: ${parties.join(' and ')} reviewed cooperation in ${year}. Trade and investment grew, officials said, and the sides agreed to meet again.`;
  const document = createDocument(
    {
      source: `generated/${i}.txt`,
      format: 'text',
      text,
      title: `Report ${i}`,
      outlet: OUTLETS[i % OUTLETS.length] as string,
      author: null,
      published: `${year + 1}-0${1 + (i % 9)}-1${i % 10}`,
      lang: 'en',
    },
    { lang: 'en' },
  ) as Document;
  const figures: Figure[] = [];
  for (let k = 0; k < figuresPerDocument; k++) {
    const indicator = INDICATORS[Math.floor(random() * INDICATORS.length)] as string;
    const kind = random() < 0.1 ? 'target' : 'actual';
    const figureYear = year - Math.floor(random() * 3);
    figures.push({
      text: `$${k + 1} billion`,
      start: 0,
      end: 10,
      value: (Math.round((1 + random() * 50) * 10) / 10) * 1e9,
      low: null,
      high: null,
      unit: 'USD',
      approx: random() < 0.2 ? 'about' : null,
      measure: indicator.split('.')[0] as string,
      indicator,
      parties,
      direction: null,
      period:
        kind === 'target'
          ? { label: `by ${figureYear + 6}`, start: null, end: `${figureYear + 6}-12-31` }
          : { label: String(figureYear), start: `${figureYear}-01-01`, end: `${figureYear}-12-31` },
      kind,
      change: null,
      sentence: text.slice(0, 80),
    });
  }
  return {
    document,
    records: { figures, entities: [], commitments: [], agreements: [], extractor: 'bench' },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Writes the generated store (`figureCount` figures over `documentCount` documents, 16 countries, 10 indicators) to
 * `path` through the Store interface, as ingest does: `await buildScaleStore('scale.db', 1_000_000, 200_000)`.
 */
export async function buildScaleStore(path: string, figureCount: number, documentCount: number) {
  const store = await openSqliteStore(path);
  try {
    const perDocument = Math.max(1, Math.round(figureCount / documentCount));
    const started = performance.now();
    for (let i = 0; i < documentCount; i += 500) {
      const batch = [];
      for (let j = i; j < Math.min(documentCount, i + 500); j++) batch.push(makeEntry(j, perDocument));
      await store.putDocuments(batch);
    }
    return { perDocument, buildSeconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}

/** Builds the store and times the knowledge queries: `await benchKnowledgeScale(1_000_000, 200_000)`. */
export async function benchKnowledgeScale(figureCount: number, documentCount: number) {
  const dir = mkdtempSync(join(tmpdir(), 'accord-scale-'));
  try {
    const path = join(dir, 'scale.db');
    const { perDocument, buildSeconds } = await buildScaleStore(path, figureCount, documentCount);
    const store = await openSqliteStore(path);
    const random = createRandom(7);
    const times: number[] = [];
    let rows = 0;
    for (let q = 0; q < 1000; q++) {
      const parties = pairOf(random);
      const indicator = INDICATORS[Math.floor(random() * INDICATORS.length)] as string;
      const t = performance.now();
      rows += (await store.listFigures({ parties, indicator })).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);

    const pair = ['CN', 'KZ'];
    // Warm up as a running server would be: country tables loaded, hot paths compiled.
    buildSeries(await store.listFigures({ parties: ['CN', 'UZ'], limit: 200 }));
    let t = performance.now();
    const figures = await store.listFigures({ parties: pair });
    const loadMs = performance.now() - t;
    t = performance.now();
    const series = buildSeries(figures);
    const seriesMs = loadMs + performance.now() - t;
    t = performance.now();
    const conflicts = buildSeries(figures).flatMap((s) => s.observations.filter((o) => o.conflict));
    const conflictsMs = loadMs + performance.now() - t; // loading the pair's figures is part of both
    t = performance.now();
    const pairFigures = await store.listFigures({ parties: pair });
    const pairSeries = buildSeries(pairFigures);
    const brief = buildBrief({
      parties: pair,
      figures: pairFigures,
      series: pairSeries,
      targets: trackTargets(pairFigures, pairSeries),
      commitments: await store.listCommitments({ parties: pair }),
      agreements: await store.listAgreements({ parties: pair }),
      labels: new Map(),
      generated: new Date().toISOString(),
    });
    const briefMs = performance.now() - t;
    const markdown = renderBriefMarkdown(brief);
    const reportMs = performance.now() - t;
    await store.close();

    const db = new Database(path, { readonly: true });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT f.* FROM figures f WHERE f.parties = 'CN,KZ' AND f.indicator = 'trade.total'
         ORDER BY f.sort_date DESC, f.document_id, f.ord`,
      )
      .all()
      .map((row) => (row as { detail: string }).detail);
    db.close();
    const bytes = statSync(path).size;
    return {
      documents: documentCount,
      figures: documentCount * perDocument,
      buildSeconds: round(buildSeconds),
      storeMB: round(bytes / 1e6),
      storeMBPerMillionFigures: round(bytes / 1e6 / ((documentCount * perDocument) / 1e6)),
      figuresQuery: {
        p50Ms: round(percentile(times, 50)),
        p99Ms: round(percentile(times, 99)),
        meanRows: Math.round(rows / 1000),
      },
      queryPlan: plan,
      onePair: {
        figures: figures.length,
        loadFiguresMs: round(loadMs),
        series: series.length,
        seriesMs: round(seriesMs),
        conflicts: conflicts.length,
        conflictsMs: round(conflictsMs),
        briefMs: round(briefMs),
        reportMs: round(reportMs),
        reportChars: markdown.length,
      },
      targets: { figuresQueryP99Ms: 20, seriesAndConflictsMs: 200, reportMs: 1000 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
