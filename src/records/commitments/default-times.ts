/** One default time extractor for the commitment and agreement stages, built on first use and shared. */
import { createTimeExtractor } from '../../mentions/time/index.js';
import type { Extractor, TimeMention } from '../../types.js';

let shared: Extractor<TimeMention> | null = null;

/** The default time extractor: `defaultTimes().extract(sentence, ctx)`; built once per process. */
export function defaultTimes(): Extractor<TimeMention> {
  shared ??= createTimeExtractor();
  return shared;
}
