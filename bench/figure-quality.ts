/**
 * Figure quality on the development set (test/records/dev-set.ts, known gaps included): precision, recall and F1 of
 * value + unit, then, on the matched figures, the accuracy of measure (exact after normalization, and a looser
 * token-overlap score), indicator, parties, direction, period and kind. `scoreDevSet()` runs the shipped pipeline
 * (dist/); `scoreFigures(cases, extract)` scores any extractor.
 */
import type { Figure, RawDocument } from '../src/types.js';
import type { DevCase } from '../test/records/dev-set.js';
import { DEV_SET } from '../test/records/dev-set.js';
import { createDocument, extractFigures } from './_product.js';

/** Figures of one case; the benchmark passes the shipped pipeline, a test may pass the sources. */
export type CaseExtractor = (devCase: DevCase) => Figure[];

export interface FieldScores {
  measureExact: number;
  measureOverlap: number;
  indicator: number;
  parties: number;
  direction: number;
  period: number;
  kind: number;
}

export interface QualityReport {
  cases: number;
  knownGaps: number;
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Accuracy of each field over the matched figures (0..1). */
  fields: FieldScores;
  /** Per pattern group: figures expected, found and matched, and F1 of value + unit (negatives: found should be 0). */
  byPattern: Record<string, { cases: number; expected: number; found: number; matched: number; f1: number }>;
}

/** Words left out when measures are compared: articles and prepositions. */
const MINOR_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'to',
  'from',
  'with',
  'and',
  'at',
  'for',
  'on',
  'by',
  'between',
]);

/** Measure as compared: lower case, straight apostrophes, no articles, single spaces. */
export function normalizeMeasure(measure: string | null | undefined): string {
  if (!measure) return '';
  // Matches the "’" of "kazakhstan’s"; must not match "'".
  const straight = measure.toLowerCase().replace(/\u2019/g, "'");
  // Matches "the", "a" and "an" as whole words; must not match "then" or "area".
  const text = straight.replace(/\b(?:the|a|an)\b/g, ' ');
  // Matches the runs of spaces left behind; must not match letters.
  return text.replace(/\s+/g, ' ').trim();
}

/** Content words of a measure: "value of the projects" -> {value, projects}. */
function contentWords(measure: string | null | undefined): Set<string> {
  return new Set(
    normalizeMeasure(measure)
      .split(' ')
      .filter((w) => w !== '' && !MINOR_WORDS.has(w)),
  );
}

/** Token-overlap F1 of two measures: 1 for the same words, 0 for none shared; two empty measures agree. */
export function measureOverlap(expected: string | null | undefined, got: string | null | undefined): number {
  const a = contentWords(expected);
  const b = contentWords(got);
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const key = (f: Partial<Figure>) => `${f.value ?? 'null'}|${f.unit}`;
const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000);

/** Pairs of expected and found figures with the same value and unit, in order. */
function match(expected: Partial<Figure>[], found: Figure[]): [Partial<Figure>, Figure][] {
  const free = [...found];
  const pairs: [Partial<Figure>, Figure][] = [];
  for (const want of expected) {
    const at = free.findIndex((got) => key(got) === key(want));
    if (at >= 0) pairs.push([want, free.splice(at, 1)[0] as Figure]);
  }
  return pairs;
}

/** Scores an extractor on development cases: `scoreFigures(DEV_SET, runCase)`. */
export function scoreFigures(cases: readonly DevCase[], extract: CaseExtractor): QualityReport {
  let expectedCount = 0;
  let foundCount = 0;
  const totals = {
    measureExact: 0,
    measureOverlap: 0,
    indicator: 0,
    parties: 0,
    direction: 0,
    period: 0,
    kind: 0,
  };
  const allPairs: [Partial<Figure>, Figure][] = [];
  const patterns = new Map<string, { cases: number; expected: number; found: number; matched: number }>();
  for (const devCase of cases) {
    const found = extract(devCase);
    const pairs = match(devCase.expected, found);
    expectedCount += devCase.expected.length;
    foundCount += found.length;
    allPairs.push(...pairs);
    const group = patterns.get(devCase.pattern) ?? { cases: 0, expected: 0, found: 0, matched: 0 };
    group.cases++;
    group.expected += devCase.expected.length;
    group.found += found.length;
    group.matched += pairs.length;
    patterns.set(devCase.pattern, group);
  }
  for (const [want, got] of allPairs) {
    if (normalizeMeasure(want.measure) === normalizeMeasure(got.measure)) totals.measureExact++;
    totals.measureOverlap += measureOverlap(want.measure, got.measure);
    if (same(want.indicator, got.indicator)) totals.indicator++;
    if (same(want.parties, got.parties)) totals.parties++;
    if (same(want.direction, got.direction)) totals.direction++;
    if (same(want.period, got.period)) totals.period++;
    if (same(want.kind, got.kind)) totals.kind++;
  }
  const matched = allPairs.length;
  const precision = ratio(matched, foundCount);
  const recall = ratio(matched, expectedCount);
  const fields = Object.fromEntries(
    Object.entries(totals).map(([name, total]) => [name, ratio(total, matched)]),
  ) as unknown as FieldScores;
  const byPattern: QualityReport['byPattern'] = {};
  for (const [pattern, g] of patterns) {
    byPattern[pattern] = { ...g, f1: f1Of(ratio(g.matched, g.found), ratio(g.matched, g.expected)) };
  }
  return {
    cases: cases.length,
    knownGaps: cases.filter((c) => c.knownGap).length,
    expected: expectedCount,
    found: foundCount,
    matched,
    precision,
    recall,
    f1: f1Of(precision, recall),
    fields,
    byPattern,
  };
}

function rawDocument(devCase: DevCase): RawDocument {
  return {
    source: 'dev-set.txt',
    format: 'text',
    text: devCase.sentence,
    title: null,
    outlet: null,
    author: null,
    published: devCase.published,
    lang: 'en',
  };
}

/** The development set scored on the shipped pipeline (dist/, built by `npm run bench`). */
export function scoreDevSet(): QualityReport {
  return scoreFigures(DEV_SET, (devCase) => {
    const document = createDocument(rawDocument(devCase), { lang: 'en' });
    if (!document) return [];
    return extractFigures(document, devCase.docPair ? { hints: { pair: devCase.docPair } } : {});
  });
}
