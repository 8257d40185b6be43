/**
 * Figure records: mentions (quantities, times, countries) -> refiners (measure, indicator, parties, direction, kind,
 * period, references, change) -> Figure. See refiners/index.ts for the order and measure/index.ts for the patterns.
 */
export type { SentenceMentions } from './_draft.js';
export { type AssembleOptions, assembleFigures } from './assemble-figures.js';
export {
  createFigureExtractor,
  type FigureExtractor,
  type FigureExtractorOptions,
  type FigureHints,
} from './create-figure-extractor.js';
export { mainPair } from './main-pair.js';
export {
  type CompiledTaxonomy,
  compileTaxonomy,
  type IndicatorEntry,
  loadTaxonomy,
  mergeTaxonomies,
  type Taxonomy,
  type UnitClass,
  unitClass,
} from './taxonomy.js';
