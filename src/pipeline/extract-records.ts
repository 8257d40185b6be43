/**
 * All records of a document, in the order the stages depend on each other: figures; entities; commitments (which
 * link their target figures and name their actors among the entities); agreements (parties among the entities).
 * Ingest stores what this returns with the document; `accord reprocess` redoes documents whose records carry an
 * older EXTRACTOR_VERSION.
 */
import { type AgreementExtractor, createAgreementExtractor } from '../records/agreements/index.js';
import { type CommitmentExtractor, createCommitmentExtractor } from '../records/commitments/index.js';
import { createEntityExtractor, type EntityExtractor } from '../records/entities/index.js';
import type { Taxonomy } from '../records/figures/index.js';
import type { Document, DocumentRecords } from '../types.js';
import { extractFigures } from './extract.js';

/**
 * Version of everything extraction produces. Bump it whenever a change alters the records of some text, so
 * that `accord reprocess` knows which stored documents to redo.
 */
export const EXTRACTOR_VERSION = 'records-7';

export interface ExtractRecordsOptions {
  taxonomy?: Taxonomy | undefined;
}

/** The record stages after figures, built once: their data tables load on first use. */
let stages: {
  entities: EntityExtractor;
  commitments: CommitmentExtractor;
  agreements: AgreementExtractor;
} | null = null;

function recordStages() {
  stages ??= {
    entities: createEntityExtractor(),
    commitments: createCommitmentExtractor(),
    agreements: createAgreementExtractor(),
  };
  return stages;
}

/** Every record of a document: `extractRecords(document).figures` holds its figures in text order. */
export function extractRecords(document: Document, options: ExtractRecordsOptions = {}): DocumentRecords {
  const { entities: entityStage, commitments: commitmentStage, agreements: agreementStage } = recordStages();
  const figures = extractFigures(document, { taxonomy: options.taxonomy });
  const entities = entityStage.extractDocument(document);
  const commitments = commitmentStage.extractDocument(document, figures, entities);
  const agreements = agreementStage.extractDocument(document, entities);
  return { figures, entities, commitments, agreements, extractor: EXTRACTOR_VERSION };
}
