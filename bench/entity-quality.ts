/**
 * Quality and speed of the entity, commitment and agreement stages. scoreEntities, scoreCommitments and
 * scoreAgreements give precision, recall and F1 on the development set (test/records/dev-set-commitments.ts),
 * known gaps included; benchRecordStages gives MB/s on generated news text beside the figures alone; loadCost
 * measures, in a fresh process, the time and heap that loading the data files, gazetteer and tables costs.
 * `npx tsx bench/entity-quality.ts` prints all of it as JSON.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/documents/split-sentences.js';
import { extractFigures } from '../src/pipeline/extract.js';
import { createAgreementExtractor } from '../src/records/agreements/index.js';
import { createCommitmentExtractor } from '../src/records/commitments/index.js';
import { createEntityExtractor } from '../src/records/entities/index.js';
import type { Document, EntityType } from '../src/types.js';
import {
  asExpected,
  asExpectedAgreement,
  caseText,
  ENTITY_DOCS,
  type EntityDoc,
  type ExpectedCommitment,
  RECORD_CASES,
  type RecordCase,
  runRecords,
} from '../test/records/dev-set-commitments.js';
import { newsText } from './generate-corpus.js';

/** Precision, recall and F1 with the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Rounds to three decimals. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A score from counts: no records expected and none found counts as perfect. */
function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    truePositives,
    falsePositives,
    falseNegatives,
  };
}

/** Counts matches of expected and found keys (a multiset match). */
function count(expected: readonly string[], found: readonly string[]): [number, number, number] {
  const left = [...expected];
  let truePositives = 0;
  for (const key of found) {
    const at = left.indexOf(key);
    if (at >= 0) {
      left.splice(at, 1);
      truePositives++;
    }
  }
  return [truePositives, found.length - truePositives, left.length];
}

/**
 * Entities found against expected, by type and overall; a match is the same type and canonical name:
 * `scoreEntities().byType.person.f1`.
 */
export function scoreEntities(docs: readonly EntityDoc[] = ENTITY_DOCS): {
  overall: Score;
  byType: Record<string, Score>;
} {
  const totals = new Map<string, [number, number, number]>();
  const add = (type: string, counts: [number, number, number]) => {
    const [a, b, c] = totals.get(type) ?? [0, 0, 0];
    totals.set(type, [a + counts[0], b + counts[1], c + counts[2]]);
  };
  for (const doc of docs) {
    const { entities } = runRecords(doc.text);
    const types = new Set<EntityType>([...doc.entities.map((e) => e.type), ...entities.map((e) => e.type)]);
    for (const type of types) {
      const counts = count(
        doc.entities.filter((e) => e.type === type).map((e) => e.name),
        entities.filter((e) => e.type === type).map((e) => e.name),
      );
      add(type, counts);
      add('all', counts);
    }
  }
  const byType: Record<string, Score> = {};
  for (const [type, counts] of totals) if (type !== 'all') byType[type] = score(...counts);
  return { overall: score(...(totals.get('all') ?? [0, 0, 0])), byType };
}

/** Share of matched records whose field equals the expected one. */
type FieldAccuracy = Record<string, number>;

/**
 * Commitments found against expected over the development set; a match is the same case, action and object.
 * `fields` gives, over matched commitments, the share with each field right (actors, sectors, deadline ...).
 */
export function scoreCommitments(
  cases: readonly RecordCase[] = RECORD_CASES,
): Score & { fields: FieldAccuracy } {
  let totals: [number, number, number] = [0, 0, 0];
  const fields = ['cue', 'actors', 'entities', 'sectors', 'deadline', 'status', 'figure'] as const;
  const right: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  let matched = 0;
  for (const devCase of cases) {
    const { commitments, figures } = runRecords(caseText(devCase));
    const found = commitments.map((c) => asExpected(c, figures));
    const key = (c: ExpectedCommitment) => `${c.action}|${c.object}`;
    const counts = count(devCase.commitments.map(key), found.map(key));
    totals = [totals[0] + counts[0], totals[1] + counts[1], totals[2] + counts[2]];
    for (const want of devCase.commitments) {
      const got = found.find((c) => key(c) === key(want));
      if (!got) continue;
      matched++;
      for (const field of fields)
        if (JSON.stringify(got[field]) === JSON.stringify(want[field]))
          right[field] = (right[field] ?? 0) + 1;
    }
  }
  const accuracy: FieldAccuracy = {};
  for (const field of fields) accuracy[field] = round(matched === 0 ? 1 : (right[field] ?? 0) / matched);
  return { ...score(...totals), fields: accuracy };
}

/** Agreements found against expected over the development set; a match is the same case, name and type. */
export function scoreAgreements(
  cases: readonly RecordCase[] = RECORD_CASES,
): Score & { fields: FieldAccuracy } {
  let totals: [number, number, number] = [0, 0, 0];
  const fields = ['parties', 'count', 'countWord', 'date'] as const;
  const right: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  let matched = 0;
  for (const devCase of cases) {
    const found = runRecords(caseText(devCase)).agreements.map(asExpectedAgreement);
    const key = (a: { name: string; type: string }) => `${a.name}|${a.type}`;
    const counts = count(devCase.agreements.map(key), found.map(key));
    totals = [totals[0] + counts[0], totals[1] + counts[1], totals[2] + counts[2]];
    for (const want of devCase.agreements) {
      const got = found.find((a) => key(a) === key(want));
      if (!got) continue;
      matched++;
      for (const field of fields)
        if (JSON.stringify(got[field]) === JSON.stringify(want[field]))
          right[field] = (right[field] ?? 0) + 1;
    }
  }
  const accuracy: FieldAccuracy = {};
  for (const field of fields) accuracy[field] = round(matched === 0 ? 1 : (right[field] ?? 0) / matched);
  return { ...score(...totals), fields: accuracy };
}

/** Generated news documents of about 3 KB each, split into sentences, with their total size in bytes. */
function corpus(documents: number): { docs: Document[]; bytes: number } {
  const docs: Document[] = [];
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const text = newsText(i);
    bytes += Buffer.byteLength(text);
    docs.push({
      id: String(i),
      source: `news-${i}.txt`,
      format: 'text',
      outlet: null,
      title: null,
      author: null,
      published: '2024-07-03',
      lang: 'en',
      text,
      sentences: splitSentences(text, 'en'),
    });
  }
  return { docs, bytes };
}

/** A fresh copy of a document (new sentence objects), so that no stage finds the tokens of an earlier round. */
function fresh(doc: Document): Document {
  return { ...doc, sentences: doc.sentences.map((s) => ({ ...s })) };
}

/**
 * Throughput on generated news text, best of `rounds`: figures alone, the record stages (entities, commitments,
 * agreements), and the whole pipeline; `recordsVsFigures` is the pipeline's speed over the figures' speed.
 */
export function benchRecordStages(documents = 1500, rounds = 3): Record<string, number> {
  const { docs, bytes } = corpus(documents);
  const entities = createEntityExtractor();
  const commitments = createCommitmentExtractor();
  const agreements = createAgreementExtractor();
  const mb = bytes / 1e6;
  let figuresMs = Number.POSITIVE_INFINITY;
  let recordsMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    let figuresTime = 0;
    let recordsTime = 0;
    // One fresh copy at a time, as ingest hands documents over: no stage finds tokens of an earlier round, and
    // what a document's stages share dies with it.
    for (const original of docs) {
      const doc = fresh(original);
      const start = performance.now();
      const figures = extractFigures(doc);
      const middle = performance.now();
      const found = entities.extractDocument(doc);
      commitments.extractDocument(doc, figures, found);
      agreements.extractDocument(doc, found);
      recordsTime += performance.now() - middle;
      figuresTime += middle - start;
    }
    figuresMs = Math.min(figuresMs, figuresTime);
    recordsMs = Math.min(recordsMs, recordsTime);
  }
  const perSecond = (ms: number) => round(mb / (ms / 1000));
  return {
    megabytes: round(mb),
    figuresMBps: perSecond(figuresMs),
    recordStagesMBps: perSecond(recordsMs),
    pipelineMBps: perSecond(figuresMs + recordsMs),
    pipelineVsFigures: round(figuresMs / (figuresMs + recordsMs)),
  };
}

/** What the fresh process runs: import the record stages, build them, and report time and heap as JSON. */
const LOAD_SCRIPT = `
const gc = globalThis.gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const [e, c, a] = await Promise.all([
  import(new URL('../src/records/entities/index.ts', BASE).href),
  import(new URL('../src/records/commitments/index.ts', BASE).href),
  import(new URL('../src/records/agreements/index.ts', BASE).href),
]);
const imported = performance.now();
e.createEntityExtractor();
c.createCommitmentExtractor();
a.createAgreementExtractor();
const built = performance.now();
gc?.();
const heap = process.memoryUsage().heapUsed - heapBefore;
console.log(JSON.stringify({ importMs: imported - start, buildMs: built - imported, heapMB: heap / 1e6 }));
`;

/**
 * Time and heap to load the data files, gazetteer and tables, in a fresh Node process (tsx, --expose-gc):
 * importMs is the modules (through tsx, which compiles them: slower than a build), buildMs reading the data
 * files and building the tables, heapMB what stays on the heap after a collection.
 */
export function loadCost(): { importMs: number; buildMs: number; heapMB: number } {
  const script = `const BASE = ${JSON.stringify(import.meta.url)};${LOAD_SCRIPT}`;
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--input-type=module', '--eval', script],
    { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) },
  );
  const measured = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  return {
    importMs: round(measured.importMs ?? Number.NaN),
    buildMs: round(measured.buildMs ?? Number.NaN),
    heapMB: round(measured.heapMB ?? Number.NaN),
  };
}

/** Everything, as one object for `npm run bench`. */
export function entityQuality(documents = 1500): Record<string, unknown> {
  return {
    entities: scoreEntities(),
    commitments: scoreCommitments(),
    agreements: scoreAgreements(),
    speed: {
      ...benchRecordStages(documents),
      targets: { recordStagesMBps: 15, pipelineMBps: 5, pipelineVsFigures: 0.5 },
    },
    load: { ...loadCost(), targets: { ms: 50, heapMB: 30 } },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(entityQuality(Number(process.env.ACCORD_BENCH_DOCUMENTS ?? 1500)), null, 2));
}
