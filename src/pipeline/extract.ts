/**
 * Extraction: the one place that orders the record stages of a document. Figures today; the lead adds
 * entities and commitments here. No I/O beyond the built-in taxonomy, read once when no taxonomy is given.
 */
import {
  createFigureExtractor,
  type FigureExtractor,
  type FigureHints,
  type Taxonomy,
} from '../records/figures/index.js';
import type { Document, ExtractContext, Figure } from '../types.js';

export interface ExtractOptions {
  /** Indicator taxonomy (loadTaxonomy(path) merges a user file); default the built-in one. */
  taxonomy?: Taxonomy;
  /** Overrides of the context: published date, language, debug output. */
  ctx?: Partial<ExtractContext>;
  /** What the caller knows better than the document (the pair it is about). */
  hints?: FigureHints;
}

/** Built extractors, one per taxonomy object, so that repeated calls do not recompile the taxonomy. */
const extractors = new WeakMap<Taxonomy, FigureExtractor>();
let defaultExtractor: FigureExtractor | null = null;

function figureExtractor(taxonomy: Taxonomy | undefined): FigureExtractor {
  if (!taxonomy) {
    defaultExtractor ??= createFigureExtractor();
    return defaultExtractor;
  }
  let extractor = extractors.get(taxonomy);
  if (!extractor) {
    extractor = createFigureExtractor({ taxonomy });
    extractors.set(taxonomy, extractor);
  }
  return extractor;
}

/**
 * The figures of a document, in document order: `extractFigures(document)` on the seed report gives the $41 billion
 * of 2023, the doubling target, the $25 billion of investment, the 45 projects and the rest. Stages, in order:
 * mentions (quantities on every sentence; times and countries where needed), then the figure refiners.
 */
export function extractFigures(document: Document, options: ExtractOptions = {}): Figure[] {
  const { taxonomy, ctx, hints } = options;
  return figureExtractor(taxonomy).extractDocument(document, ctx, hints);
}
