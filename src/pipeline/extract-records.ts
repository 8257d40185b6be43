/**
 * All records of a document, in the order the stages depend on each other: figures; entities; commitments (which
 * link their target figures and name their actors among the entities); agreements (parties among the entities).
 * Ingest stores what this returns with the document; `accord reprocess` redoes documents whose records carry an
 * older EXTRACTOR_VERSION.
 */
import { DOCUMENTS_KEPT } from '../mentions/_last-document.js';
import { type AgreementExtractor, createAgreementExtractor } from '../records/agreements/index.js';
import { type CommitmentExtractor, createCommitmentExtractor } from '../records/commitments/index.js';
import { createEntityExtractor, type EntityExtractor } from '../records/entities/index.js';
import type { Taxonomy } from '../records/figures/index.js';
import type { Document, DocumentRecords, Figure } from '../types.js';
import { extractFigures } from './extract.js';

/**
 * Version of everything extraction produces. Bump it whenever a change alters the records of some text, so
 * that `accord reprocess` knows which stored documents to redo.
 */
export const EXTRACTOR_VERSION = 'records-8';

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
  return recordsAfterFigures(document, extractFigures(document, { taxonomy: options.taxonomy }));
}

/** The records of a document whose figures are known: entities, commitments (linked to the figures), agreements. */
function recordsAfterFigures(document: Document, figures: Figure[]): DocumentRecords {
  const { entities: entityStage, commitments: commitmentStage, agreements: agreementStage } = recordStages();
  const entities = entityStage.extractDocument(document);
  const commitments = commitmentStage.extractDocument(document, figures, entities);
  const agreements = agreementStage.extractDocument(document, entities);
  return { figures, entities, commitments, agreements, extractor: EXTRACTOR_VERSION };
}

/** What extraction gave one document of a group: its records, or what stopped them. */
export type RecordsOutcome = { ok: true; records: DocumentRecords } | { ok: false; error: unknown };

/**
 * How a group of documents is extracted, one outcome each, in order: extractRecordsOfGroup. Ingest's neighbours
 * (the queue worker, reprocess) take one as an option; tests swap in one that fails a document to play a poison
 * document.
 */
export type ExtractGroupFn = (
  documents: readonly Document[],
  options: ExtractRecordsOptions,
) => RecordsOutcome[];

/**
 * The outcomes of `extract` on the documents, one each: `outcomesOf(extractRecordsOfGroup, documents, {})`. When
 * `extract` itself throws (a replaced one can), every document fails with its error.
 */
export function outcomesOf(
  extract: ExtractGroupFn,
  documents: readonly Document[],
  options: ExtractRecordsOptions,
): RecordsOutcome[] {
  if (documents.length === 0) return [];
  try {
    return extract(documents, options);
  } catch (error) {
    return documents.map(() => ({ ok: false, error }));
  }
}

/**
 * The records of several documents, in their order, each the same as `extractRecords` gives it alone; a document
 * whose extraction throws fails alone (`{ ok: false, error }`), the others go on. Ingest, the queue worker and
 * `accord reprocess` hand over documents in groups.
 *
 * Stage by stage, not document by document: figures of up to DOCUMENTS_KEPT documents first, then the other stages
 * document by document (those share each document's tokens and cues through createLastDocumentCache, so they stay
 * together; the entity stage reads the figure stage's country scans, kept for the last DOCUMENTS_KEPT documents).
 * Run one document at a time, the figure stage's code and tables and the other stages' take turns in the CPU's
 * caches, and the figure stage itself ran 28-35% slower than alone (wall time per stage over 1,500 generated
 * reports). In groups of 64, the pipeline ran at 0.59-0.61 of the speed of figures alone, against 0.47-0.49 a
 * document at a time (`npm run bench -- --only entities`, same machine and runs).
 */
export function extractRecordsOfGroup(
  documents: readonly Document[],
  options: ExtractRecordsOptions = {},
): RecordsOutcome[] {
  const outcomes: RecordsOutcome[] = [];
  for (let from = 0; from < documents.length; from += DOCUMENTS_KEPT)
    outcomes.push(...extractSmallGroup(documents.slice(from, from + DOCUMENTS_KEPT), options));
  return outcomes;
}

/** extractRecordsOfGroup on at most DOCUMENTS_KEPT documents. */
function extractSmallGroup(documents: readonly Document[], options: ExtractRecordsOptions): RecordsOutcome[] {
  const figuresOf = documents.map((document): { figures: Figure[] } | { error: unknown } => {
    try {
      return { figures: extractFigures(document, { taxonomy: options.taxonomy }) };
    } catch (error) {
      return { error };
    }
  });
  return documents.map((document, index): RecordsOutcome => {
    const first = figuresOf[index] as { figures: Figure[] } | { error: unknown };
    if ('error' in first) return { ok: false, error: first.error };
    try {
      return { ok: true, records: recordsAfterFigures(document, first.figures) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

/**
 * Documents per group where documents arrive in numbers: ingest writes a group in one transaction and extracts it
 * stage by stage (extractRecordsOfGroup), all of it in one go. Groups of 32 to 256 measured alike.
 */
export const INGEST_GROUP_SIZE = DOCUMENTS_KEPT;
