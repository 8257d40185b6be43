/**
 * The figure development set: sentences in the style of cooperation reports, written for Accord, with every figure
 * an analyst records from each. Grouped by the pattern they exercise; the tests assert each case and the benchmark
 * (bench/figure-quality.ts) scores the whole set, known gaps included.
 */

import type { DevCase } from './dev-set/_helpers.js';
import { LINKING_VERBS } from './dev-set/01-linking-verbs.js';
import { PARTICIPLES } from './dev-set/02-participles.js';
import { PREPOSITIONS } from './dev-set/03-prepositions.js';
import { COUNTS } from './dev-set/04-counts.js';
import { REFERENCES } from './dev-set/05-references.js';
import { DIRECTIONS } from './dev-set/06-direction.js';
import { PERIODS } from './dev-set/07-periods.js';
import { TARGETS } from './dev-set/08-targets.js';
import { CHANGES } from './dev-set/09-changes.js';
import { SHARES } from './dev-set/10-shares.js';
import { INDICATORS } from './dev-set/11-indicators.js';
import { NEGATIVES } from './dev-set/12-negatives.js';
import { TRICKY } from './dev-set/13-tricky.js';
import { TABLES } from './dev-set/14-tables.js';

export type { DevCase } from './dev-set/_helpers.js';

export const DEV_SET: readonly DevCase[] = [
  ...LINKING_VERBS,
  ...PARTICIPLES,
  ...PREPOSITIONS,
  ...COUNTS,
  ...REFERENCES,
  ...DIRECTIONS,
  ...PERIODS,
  ...TARGETS,
  ...CHANGES,
  ...SHARES,
  ...INDICATORS,
  ...NEGATIVES,
  ...TRICKY,
  ...TABLES,
];
