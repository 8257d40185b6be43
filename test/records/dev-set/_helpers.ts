/** Shapes and shorthands of the figure development set: cases are data, so the benchmark can reuse them. */
import type { Figure, Period } from '../../../src/types.js';

/** One development case: a sentence (or a short passage when a figure refers back) and the figures an analyst records. */
export interface DevCase {
  sentence: string;
  /** Reference date the times resolve against (YYYY-MM-DD). */
  published: string;
  /** The pair the report is about, when the sentence alone does not say (a sentence taken out of a report). */
  docPair?: string[];
  expected: Partial<Figure>[];
  /** The pattern the case exercises. */
  pattern: string;
  /** Set when the pipeline is known to get the case wrong: why. Scored by the benchmark, not asserted by the tests. */
  knownGap?: string;
}

export const PUBLISHED = '2024-07-03';
export const CN_KZ = ['CN', 'KZ'];

/** A calendar year: year(2023) is 2023-01-01..2023-12-31. */
export const year = (y: number): Period => ({ label: String(y), start: `${y}-01-01`, end: `${y}-12-31` });
/** "As of" the report's date: a present-tense stock or count. */
export const AS_OF: Period = { label: '2024', start: null, end: PUBLISHED };
export const half = (y: number, h: 1 | 2): Period =>
  h === 1
    ? { label: `${y}-H1`, start: `${y}-01-01`, end: `${y}-06-30` }
    : { label: `${y}-H2`, start: `${y}-07-01`, end: `${y}-12-31` };
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
export const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => ({
  label: `${y}-Q${q}`,
  start: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`,
  end: `${y}-${QUARTER_END[q - 1]}`,
});
/** Months from..to of a year that are not a quarter or half: months(2024, 1, 5) is 2024-01..2024-05. */
export const months = (y: number, from: number, to: number, lastDay: number): Period => {
  const mm = (m: number) => String(m).padStart(2, '0');
  return {
    label: `${y}-${mm(from)}..${y}-${mm(to)}`,
    start: `${y}-${mm(from)}-01`,
    end: `${y}-${mm(to)}-${lastDay}`,
  };
};
export const month = (y: number, m: number, lastDay: number): Period => {
  const mm = String(m).padStart(2, '0');
  return { label: `${y}-${mm}`, start: `${y}-${mm}-01`, end: `${y}-${mm}-${lastDay}` };
};
export const by = (y: number): Period => ({ label: `by ${y}`, start: null, end: `${y}-12-31` });
export const since = (y: number, published = PUBLISHED): Period => ({
  label: `since ${y}`,
  start: `${y}-01-01`,
  end: published,
});
/** "over the past n years" in a report of 2024-07-03. */
export const pastYears = (n: number): Period => ({
  label: `${2024 - n}-2024`,
  start: `${2024 - n}-01-01`,
  end: PUBLISHED,
});
export const yearRange = (from: number, to: number): Period => ({
  label: `${from}-${to}`,
  start: `${from}-01-01`,
  end: `${to}-12-31`,
});
export const vague = (label: string): Period => ({ label, start: null, end: null });

/** An expected figure with every asserted field: the defaults are the common case (CN-KZ, actual, no period). */
export function fig(
  text: string,
  value: number | null,
  unit: string,
  measure: string | null,
  indicator: string | null,
  rest: Partial<Figure> = {},
): Partial<Figure> {
  return {
    text,
    value,
    unit,
    approx: null,
    measure,
    indicator,
    parties: CN_KZ,
    direction: null,
    period: null,
    kind: 'actual',
    change: null,
    ...rest,
  };
}

/** A case published 2024-07-03 in a report about China and Kazakhstan unless the options say otherwise. */
export function devCase(
  pattern: string,
  sentence: string,
  expected: Partial<Figure>[],
  options: { published?: string; docPair?: string[]; knownGap?: string } = {},
): DevCase {
  const { published = PUBLISHED, docPair = CN_KZ, knownGap } = options;
  return knownGap
    ? { sentence, published, docPair, expected, pattern, knownGap }
    : { sentence, published, docPair, expected, pattern };
}

/** Direction shorthand: flow('CN', 'KZ'). */
export const flow = (from: string, to: string) => ({ direction: { from, to } });
