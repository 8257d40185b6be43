/**
 * Quality and speed of the entity, commitment and agreement stages. scoreEntities, scoreCommitments and
 * scoreAgreements give precision, recall and F1 on the development set (test/records/dev-set-commitments.ts),
 * known gaps included; benchRecordStages gives MB/s on generated news text beside the figures alone; loadCost
 * measures, in a fresh process, the time and heap that loading the data files, gazetteer and tables costs.
 * `npx tsx bench/entity-quality.ts` prints all of it as JSON.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Document, EntityType, RawDocument } from '../src/types.js';
import {
  asExpected,
  asExpectedAgreement,
  caseText,
  ENTITY_DOCS,
  type EntityDoc,
  type ExpectedAgreement,
  type ExpectedCommitment,
  RECORD_CASES,
  type RecordCase,
  runRecords,
} from '../test/records/dev-set-commitments.js';
import { median, medianTiming, rates, type Timing, timed } from './_timing.js';
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
 * Found records against expected over the development set: a match shares `key`; `fields` gives, over matched
 * records, the share with each field right.
 */
function scoreRecords<T, F extends keyof T & string>(
  cases: readonly RecordCase[],
  expectedOf: (devCase: RecordCase) => readonly T[],
  foundOf: (devCase: RecordCase) => T[],
  key: (record: T) => string,
  fields: readonly F[],
): Score & { fields: FieldAccuracy } {
  let totals: [number, number, number] = [0, 0, 0];
  const right: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  let matched = 0;
  for (const devCase of cases) {
    const expected = expectedOf(devCase);
    const found = foundOf(devCase);
    const counts = count(expected.map(key), found.map(key));
    totals = [totals[0] + counts[0], totals[1] + counts[1], totals[2] + counts[2]];
    for (const want of expected) {
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

/**
 * Commitments found against expected over the development set; a match is the same case, action and object.
 * `fields` gives, over matched commitments, the share with each field right (actors, sectors, deadline ...).
 */
export function scoreCommitments(
  cases: readonly RecordCase[] = RECORD_CASES,
): Score & { fields: FieldAccuracy } {
  return scoreRecords<
    ExpectedCommitment,
    'cue' | 'actors' | 'entities' | 'sectors' | 'deadline' | 'status' | 'figure'
  >(
    cases,
    (devCase) => devCase.commitments,
    (devCase) => {
      const { commitments, figures } = runRecords(caseText(devCase));
      return commitments.map((c) => asExpected(c, figures));
    },
    (c) => `${c.action}|${c.object}`,
    ['cue', 'actors', 'entities', 'sectors', 'deadline', 'status', 'figure'],
  );
}

/** Agreements found against expected over the development set; a match is the same case, name and type. */
export function scoreAgreements(
  cases: readonly RecordCase[] = RECORD_CASES,
): Score & { fields: FieldAccuracy } {
  return scoreRecords<ExpectedAgreement, 'parties' | 'count' | 'countWord' | 'date'>(
    cases,
    (devCase) => devCase.agreements,
    (devCase) => runRecords(caseText(devCase)).agreements.map(asExpectedAgreement),
    (a) => `${a.name}|${a.type}`,
    ['parties', 'count', 'countWord', 'date'],
  );
}

/** The product as shipped (dist/, built by `npm run bench`), as bench/_product.ts loads the rest. */
const product = await (async () => {
  const dist = new URL('../dist/', import.meta.url).href;
  const load = async <T>(path: string) => (await import(`${dist}${path}`)) as T;
  const { createDocument } = await load<typeof import('../src/documents/create-document.js')>(
    'documents/create-document.js',
  );
  const { extractFigures } = await load<typeof import('../src/pipeline/extract.js')>('pipeline/extract.js');
  const { extractRecords, extractRecordsOfGroup, INGEST_GROUP_SIZE } = await load<
    typeof import('../src/pipeline/extract-records.js')
  >('pipeline/extract-records.js');
  return {
    createDocument,
    extractFigures,
    extractRecords,
    extractRecordsOfGroup,
    groupSize: INGEST_GROUP_SIZE,
  };
})();

/** Generated news texts of about 3 KB each, with their total size in bytes. */
function corpus(documents: number): { texts: string[]; bytes: number } {
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const text = newsText(i);
    bytes += Buffer.byteLength(text);
    texts.push(text);
  }
  return { texts, bytes };
}

/** A text as a document of the product: clean text and sentences (language given, as with --lang en). */
function toDocument(text: string, i: number): Document {
  const raw: RawDocument = {
    source: `news-${i}.txt`,
    format: 'text',
    text,
    title: null,
    outlet: null,
    author: null,
    published: '2024-07-03',
    lang: 'en',
  };
  const document = product.createDocument(raw, { lang: 'en' });
  if (!document) throw new Error(`news-${i}.txt: no text`);
  return document;
}

/** A fresh copy of a document (new sentence objects), so that no stage finds the tokens of an earlier round. */
function fresh(doc: Document): Document {
  return { ...doc, sentences: doc.sentences.map((s) => ({ ...s })) };
}

/** MB/s of figures alone and of the whole pipeline over interleaved rounds, and the ratio per round. */
function compare(mb: number, figuresPass: () => void, pipelinePass: () => void, rounds: number) {
  const cold = { figures: timed(figuresPass), pipeline: timed(pipelinePass) };
  const figures: Timing[] = [];
  const pipeline: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    figures.push(timed(figuresPass));
    pipeline.push(timed(pipelinePass));
  }
  const figuresWarm = medianTiming(figures);
  const pipelineWarm = medianTiming(pipeline);
  const perRound = figures.map((f, i) => round(f.cpuMs / (pipeline[i] as Timing).cpuMs));
  return {
    figuresMBps: rates(mb, figuresWarm).cpu,
    pipelineMBps: rates(mb, pipelineWarm).cpu,
    recordStagesMBps: round(mb / ((pipelineWarm.cpuMs - figuresWarm.cpuMs) / 1000)),
    pipelineVsFigures: round(median(perRound)),
    pipelineVsFiguresRounds: perRound,
    wall: { figuresMBps: rates(mb, figuresWarm).wall, pipelineMBps: rates(mb, pipelineWarm).wall },
    cold: { figuresMBps: rates(mb, cold.figures).cpu, pipelineMBps: rates(mb, cold.pipeline).cpu },
  };
}

/** Runs `work` on the documents in groups of the size ingest uses, in order. */
function inGroups<T>(items: readonly T[], work: (group: T[], from: number) => void): void {
  for (let from = 0; from < items.length; from += product.groupSize)
    work(items.slice(from, from + product.groupSize), from);
}

/**
 * Throughput of the built product on generated news text: figures alone (`extractFigures`) and the whole pipeline
 * (figures, entities, commitments, agreements), each from the text as a user runs it (clean text and sentences
 * included, as bench/figures-speed.ts times figures), and from documents already split (the stages only). Both
 * take the documents as ingest does, in groups of INGEST_GROUP_SIZE: the pipeline through `extractRecordsOfGroup`,
 * figures alone with each group's documents made first too. `oneAtATime` is the pipeline through `extractRecords`,
 * one document after another, against figures alone the same way. After one warm-up pass of each, the two are
 * timed in interleaved rounds (figures, pipeline, figures, pipeline ...); medians of CPU time (wall time beside it)
 * give MB/s, and `pipelineVsFigures` is the pipeline's speed over the speed of figures alone, per round and as the
 * median. `recordStagesMBps` is the pipeline less figures alone.
 */
export function benchRecordStages(documents = 1500, rounds = 5): Record<string, unknown> {
  const { texts, bytes } = corpus(documents);
  const mb = bytes / 1e6;
  const docs = texts.map(toDocument);
  // A fresh copy of a split document lets no stage find tokens of an earlier round.
  const fromText = compare(
    mb,
    () =>
      inGroups(texts, (group, from) => {
        const made = group.map((text, i) => toDocument(text, from + i));
        for (const document of made) product.extractFigures(document);
      }),
    () =>
      inGroups(texts, (group, from) => {
        product.extractRecordsOfGroup(group.map((text, i) => toDocument(text, from + i)));
      }),
    rounds,
  );
  const fromSentences = compare(
    mb,
    () =>
      inGroups(docs, (group) => {
        for (const document of group.map(fresh)) product.extractFigures(document);
      }),
    () =>
      inGroups(docs, (group) => {
        product.extractRecordsOfGroup(group.map(fresh));
      }),
    rounds,
  );
  const oneAtATime = compare(
    mb,
    () => {
      texts.forEach((text, i) => {
        product.extractFigures(toDocument(text, i));
      });
    },
    () => {
      texts.forEach((text, i) => {
        product.extractRecords(toDocument(text, i));
      });
    },
    rounds,
  );
  return {
    megabytes: round(mb),
    rounds,
    groupSize: product.groupSize,
    ...fromText,
    fromSentences,
    oneAtATime,
    note:
      'MB/s of CPU time (median of interleaved rounds; wall beside), from text to records, documents in groups as ingest takes them; ' +
      'fromSentences: the stages only; oneAtATime: extractRecords one document after another',
  };
}

/** What the fresh process runs: import the built record stages, build them, and report time and heap as JSON. */
const LOAD_SCRIPT = `
const gc = globalThis.gc;
gc?.();
const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
const heapBefore = process.memoryUsage().heapUsed;
let wall = performance.now();
let cpuStart = cpu();
const [e, c, a] = await Promise.all([
  import(new URL('records/entities/index.js', DIST).href),
  import(new URL('records/commitments/index.js', DIST).href),
  import(new URL('records/agreements/index.js', DIST).href),
]);
const importMs = performance.now() - wall;
const importCpuMs = cpu() - cpuStart;
wall = performance.now();
cpuStart = cpu();
e.createEntityExtractor();
c.createCommitmentExtractor();
a.createAgreementExtractor();
const buildMs = performance.now() - wall;
const buildCpuMs = cpu() - cpuStart;
gc?.();
const heap = process.memoryUsage().heapUsed - heapBefore;
console.log(JSON.stringify({ importMs, importCpuMs, buildMs, buildCpuMs, heapMB: heap / 1e6 }));
`;

/**
 * Time and heap to load the data files, gazetteer and tables of the built product, median of `runs` fresh Node
 * processes (--expose-gc): importMs is loading the modules, buildMs reading the data files and building the tables
 * (the target), heapMB what stays on the heap after a collection. CPU times count V8's helper threads too (background
 * compilation, concurrent marking), so they can exceed the wall time on an idle machine.
 */
export function loadCost(runs = 5): Record<string, number> {
  const script = `const DIST = ${JSON.stringify(new URL('../dist/', import.meta.url).href)};${LOAD_SCRIPT}`;
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '--eval', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    samples.push(JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, number>);
  }
  const middle = (key: string) => round(median(samples.map((sample) => sample[key] ?? Number.NaN)));
  return {
    runs,
    importMs: middle('importMs'),
    buildMs: middle('buildMs'),
    importCpuMs: middle('importCpuMs'),
    buildCpuMs: middle('buildCpuMs'),
    heapMB: middle('heapMB'),
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
