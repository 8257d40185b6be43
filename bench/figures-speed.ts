/**
 * Extraction speed, side by side on the same generated report text: Accord's figure pipeline (clean text,
 * sentences, figures), Microsoft Recognizers-Text's English number model (whole corpus) and currency model
 * (a 200 KB slice: it is very slow), and one regular-expression scan for digits as the floor.
 *
 * How it is timed, so that a loaded, shared machine still gives numbers to trust:
 * - every contestant first makes one pass over the same 2.5 MB warm-up slice; that first pass is reported as
 *   `cold` (it includes compiling the hot paths), and everything after it as `warm`;
 * - then `rounds` rounds, each timing Accord and then the peer on the same full corpus, interleaved (Accord,
 *   peer, Accord, peer ...) so that a change in the machine's load falls on both; medians are reported, and
 *   the ratio of each round;
 * - beside wall time, CPU time (process.cpuUsage): it leaves out the time spent waiting for a core, so MB/s of
 *   CPU time and same-round ratios are the numbers to compare between runs.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { RawDocument } from '../src/types.js';
import { createDocument, extractFigures } from './_product.js';
import { median, medianTiming, rates, round, type Timing, timed } from './_timing.js';
import { newsText } from './generate-corpus.js';

const require = createRequire(import.meta.url);

/** What every contestant reads before it is timed warm. */
const WARM_UP_MB = 2.5;
/** What the currency model reads (it runs at a few KB/s). */
const CURRENCY_SLICE_MB = 0.2;

interface Model {
  parse(text: string): unknown[];
}

function recognizers(): { number: Model; currency: Model } {
  const number = require('@microsoft/recognizers-text-number');
  const withUnit = require('@microsoft/recognizers-text-number-with-unit');
  return {
    number: new number.NumberRecognizer('en-us').getNumberModel(),
    currency: new withUnit.NumberWithUnitRecognizer('en-us').getCurrencyModel(),
  };
}

/** Documents of generated report text adding up to about `megabytes` MB. */
export function corpus(megabytes: number): string[] {
  const texts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = newsText(i);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return texts;
}

function size(texts: string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
}

function raw(text: string, i: number): RawDocument {
  return {
    source: `bench-${i}.txt`,
    format: 'text',
    text,
    title: null,
    outlet: null,
    author: null,
    published: '2024-07-03',
    lang: 'en',
  };
}

/**
 * Start-up as a user's process sees it: a fresh Node process imports the built figure pipeline and extracts the
 * figures of one report; milliseconds from the first import to the result, median of `runs` processes.
 */
function importToFirstResult(text: string, runs = 5): { medianMs: number; runsMs: number[] } {
  const dist = new URL('../dist/', import.meta.url).href;
  const script = `
const started = performance.now();
const [{ createDocument }, { extractFigures }] = await Promise.all([
  import(${JSON.stringify(`${dist}documents/create-document.js`)}),
  import(${JSON.stringify(`${dist}pipeline/extract.js`)}),
]);
const document = createDocument(${JSON.stringify(raw(text, 0))}, { lang: 'en' });
const figures = extractFigures(document).length;
console.log(JSON.stringify({ ms: performance.now() - started, figures }));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
    });
    const { ms, figures } = JSON.parse(output.trim()) as { ms: number; figures: number };
    if (figures === 0) throw new Error('the start-up run found no figures');
    times.push(round(ms));
  }
  return { medianMs: round(median(times)), runsMs: times };
}

/** Figures found by Accord's figure pipeline over the texts (language given, as with --lang). */
export function runAccord(texts: string[]): number {
  let figures = 0;
  texts.forEach((text, i) => {
    figures += runAccordOn(text, i);
  });
  return figures;
}

function runAccordOn(text: string, i: number): number {
  const document = createDocument(raw(text, i), { lang: 'en' });
  return document ? extractFigures(document).length : 0;
}

function runModel(model: Model, texts: string[]): number {
  let found = 0;
  for (const text of texts) found += model.parse(text).length;
  return found;
}

function runRegexFloor(texts: string[]): number {
  let found = 0;
  // Matches "41" and "4,700"; must not match "billion".
  const digits = /\d[\d,.]*/g;
  for (const text of texts) {
    digits.lastIndex = 0;
    while (digits.exec(text)) found++;
  }
  return found;
}

function sliceTo(texts: string[], megabytes: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const text of texts) {
    if (bytes >= megabytes * 1e6) break;
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

/**
 * Heap in use after a collection each time another `stepMB` of the texts has gone through Accord (npm run bench
 * passes --expose-gc; without it the samples are empty): flat memory keeps them level however much is read.
 */
function heapAsItReads(texts: readonly string[], stepMB: number): number[] {
  const gc = globalThis.gc;
  if (!gc) return [];
  const samples: number[] = [];
  let bytes = 0;
  let next = stepMB * 1e6;
  texts.forEach((text, i) => {
    runAccordOn(text, i);
    bytes += Buffer.byteLength(text);
    if (bytes >= next || i === texts.length - 1) {
      gc();
      samples.push(round(process.memoryUsage().heapUsed / 1e6));
      next += stepMB * 1e6;
    }
  });
  return samples;
}

/** MB/s of wall and CPU time, cold (first pass) and warm (median of the rounds), with each round's. */
function speeds(coldMB: number, cold: Timing, mb: number, warm: readonly Timing[]) {
  return {
    cold: { megabytes: round(coldMB), ...rates(coldMB, cold) },
    warm: { ...rates(mb, medianTiming(warm)), rounds: warm.map((t) => rates(mb, t)) },
  };
}

/** Per-round ratios of `slow` time over `fast` time (how many times faster `fast` is), and their medians. */
function ratios(fast: readonly Timing[], slow: readonly Timing[], slowScale = 1) {
  const cpu = fast.map((t, i) => round(((slow[i] as Timing).cpuMs * slowScale) / t.cpuMs));
  const wall = fast.map((t, i) => round(((slow[i] as Timing).wallMs * slowScale) / t.wallMs));
  return { cpu: round(median(cpu)), wall: round(median(wall)), roundsCpu: cpu, roundsWall: wall };
}

/**
 * The whole speed comparison: `benchFiguresSpeed(6)` on about 6 MB, warm-up included, `rounds` interleaved
 * rounds (ACCORD_BENCH_ROUNDS, default 3).
 */
export function benchFiguresSpeed(megabytes: number, rounds = Number(process.env.ACCORD_BENCH_ROUNDS ?? 3)) {
  const texts = corpus(megabytes);
  const mb = size(texts);
  const warmUp = sliceTo(texts, Math.min(WARM_UP_MB, mb));
  const warmMB = size(warmUp);
  // Linearity, as the issue asks it: 1 MB against 10 MB (at scale 1), Accord alone, in rounds of their own.
  const linearLarge = corpus((megabytes / 6) * 10);
  const linearSmall = sliceTo(linearLarge, size(linearLarge) / 10);
  const models = recognizers();

  // Start-up: from a fresh process's first import to its first figures, and, in this process, the first document
  // (which builds the tables on first use: taxonomy, phrase tables).
  const importToFirst = importToFirstResult(texts[0] as string);
  const first = timed(() => runAccord(texts.slice(0, 1)));
  // Cold: one pass over the warm-up slice each, compiling the hot paths as it goes.
  const accordCold = timed(() => runAccord(warmUp));
  const numberCold = timed(() => runModel(models.number, warmUp));
  const floorCold = timed(() => runRegexFloor(warmUp));

  const accord: Timing[] = [];
  const number: Timing[] = [];
  const floor: Timing[] = [];
  let figures = 0;
  let numbers = 0;
  let matches = 0;
  for (let r = 0; r < rounds; r++) {
    const a = timed(() => runAccord(texts));
    const p = timed(() => runModel(models.number, texts));
    const f = timed(() => runRegexFloor(texts));
    accord.push(a);
    number.push(p);
    floor.push(f);
    figures = a.result;
    numbers = p.result;
    matches = f.result;
  }
  // The currency model once, on a slice (interleaved rounds would take minutes), against Accord on the same slice.
  const currencySlice = sliceTo(texts, CURRENCY_SLICE_MB);
  const sliceMB = size(currencySlice);
  runModel(models.currency, sliceTo(texts, 0.02)); // a small warm-up
  const currency = timed(() => runModel(models.currency, currencySlice));
  const accordOnSlice = timed(() => runAccord(currencySlice));

  const linearSmallRuns: Timing[] = [];
  const linearLargeRuns: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    linearSmallRuns.push(timed(() => runAccord(linearSmall)));
    linearLargeRuns.push(timed(() => runAccord(linearLarge)));
  }
  const small = medianTiming(linearSmallRuns);
  const large = medianTiming(linearLargeRuns);
  const heap = heapAsItReads(linearLarge, size(linearLarge) / 10);

  const accordWarm = medianTiming(accord);
  const accordCpuMBps = mb / (accordWarm.cpuMs / 1000);
  return {
    corpusMB: round(mb),
    rounds,
    warmUpMB: round(warmMB),
    note: 'MB/s of wall and of CPU time; cold is the first pass over the warm-up slice, warm the median of the rounds; trust CPU time and same-round ratios on a loaded machine',
    startUp: {
      importToFirstResultMs: importToFirst.medianMs,
      importToFirstResultRunsMs: importToFirst.runsMs,
      firstDocumentMs: round(first.wallMs),
      firstDocumentCpuMs: round(first.cpuMs),
    },
    accordFigures: { ...speeds(warmMB, accordCold, mb, accord), figures },
    recognizersNumber: { ...speeds(warmMB, numberCold, mb, number), found: numbers },
    regexFloor: { ...speeds(warmMB, floorCold, mb, floor), matches },
    recognizersCurrency: {
      sliceMB: round(sliceMB),
      mbPerSecondWall: round(sliceMB / (currency.wallMs / 1000), 4),
      mbPerSecondCpu: round(sliceMB / (currency.cpuMs / 1000), 4),
      found: currency.result,
    },
    ratios: {
      accordOverRecognizersNumber: ratios(accord, number),
      accordOverRecognizersCurrency: {
        cpu: round(currency.cpuMs / accordOnSlice.cpuMs),
        wall: round(currency.wallMs / accordOnSlice.wallMs),
      },
      regexFloorOverAccord: ratios(floor, accord),
    },
    linearity: {
      smallMB: round(size(linearSmall)),
      largeMB: round(size(linearLarge)),
      smallCpuSeconds: round(small.cpuMs / 1000),
      largeCpuSeconds: round(large.cpuMs / 1000),
      sizeRatio: round(size(linearLarge) / size(linearSmall)),
      cpuTimeRatio: round(large.cpuMs / small.cpuMs),
      wallTimeRatio: round(large.wallMs / small.wallMs),
    },
    memory: {
      note: 'heap in use after a collection at each tenth of the large linearity corpus, in MB',
      heapAfterGcMB: heap,
      growthMB: heap.length > 1 ? round((heap.at(-1) as number) - (heap[0] as number)) : null,
    },
    gbPerDayMinutes: round(2300 / accordCpuMBps / 60),
    targets: {
      mbPerSecond: 10,
      overRecognizersNumber: 10,
      regexFloorOverAccordAtMost: 6,
      importToFirstResultMs: 300,
    },
  };
}
