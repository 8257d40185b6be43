/**
 * All records of a document, in the order the stages depend on each other. Ingest stores what this returns
 * with the document; `accord reprocess` redoes documents whose records carry an older EXTRACTOR_VERSION.
 */
import type { Taxonomy } from '../records/figures/index.js';
import type { Document, DocumentRecords } from '../types.js';
import { extractFigures } from './extract.js';

/**
 * Version of everything extraction produces. Bump it whenever a change alters the records of some text, so
 * that `accord reprocess` knows which stored documents to redo.
 */
export const EXTRACTOR_VERSION = 'figures-1';

export interface ExtractRecordsOptions {
  taxonomy?: Taxonomy | undefined;
}

/** Every record of a document: `extractRecords(document).figures` holds its figures in text order. */
export function extractRecords(document: Document, options: ExtractRecordsOptions = {}): DocumentRecords {
  const figures = extractFigures(document, { taxonomy: options.taxonomy });
  return { figures, entities: [], commitments: [], agreements: [], extractor: EXTRACTOR_VERSION };
}
