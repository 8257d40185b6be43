import type {
  Agreement,
  Commitment,
  Document,
  DocumentRecords,
  DocumentSummary,
  Entity,
  OfficialObservation,
  StoredFigure,
} from '../types.js';

/** Filters for listing documents; every field optional. */
export interface DocumentFilter {
  outlet?: string | undefined;
  lang?: string | undefined;
  /** ISO date: published on or after. */
  since?: string | undefined;
  /** ISO date: published on or before. */
  until?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** Continue after this cursor (from `documentCursor` of the last document of the previous page). */
  after?: string | undefined;
}

/** One full-text search hit, best first, with a snippet whose matches are marked. */
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
  /** Lower is better (BM25 as the store computes it). */
  rank: number;
  /** Text around the matches, each match wrapped in the given markers. */
  snippet: string;
}

export interface SearchOptions {
  limit?: number | undefined;
  /** Markers put around each match in snippets; defaults to "[" and "]". */
  mark?: [string, string] | undefined;
}

/** Filters for figures; every field optional. Parties match exactly the sorted set ("CN,KZ"). */
export interface FigureFilter {
  parties?: string[] | undefined;
  indicator?: string | undefined;
  kind?: string | undefined;
  outlet?: string | undefined;
  /** ISO date: the figure's period ends on or after (or, without a period, its document was published on or after). */
  since?: string | undefined;
  until?: string | undefined;
  document?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** Continue after this cursor (from `figureCursor` of the last figure of the previous page). */
  after?: string | undefined;
}

/** A commitment or agreement as stored: the record plus the document it came from. */
export type Stored<T> = T & {
  document: string;
  ord: number;
  outlet: string | null;
  published: string | null;
};

/** Filters for commitments and agreements: the parties must include all of these codes. */
export interface RecordFilter {
  parties?: string[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** An official observation as stored: the observation plus the file it came from. */
export type StoredObservation = OfficialObservation & { file: string; imported: string };

/** Filters for official observations. */
export interface ObservationFilter {
  parties?: string[] | undefined;
  indicator?: string | undefined;
}

/** An entity across the documents that name it. */
export interface EntitySummary {
  id: string;
  type: Entity['type'];
  name: string;
  aliases: string[];
  roles: string[];
  country: string | null;
  documents: number;
  mentions: number;
}

/** A pair of countries that figures name together, and how much the store holds on it. */
export interface PairSummary {
  /** Two ISO codes, sorted. */
  parties: string[];
  figures: number;
  documents: number;
  /**
   * The newest date the pair's figures are for (period end, else publication date), up to today (UTC): a target's
   * deadline is not news of the relationship.
   */
  latest: string | null;
}

/** A document with the records extracted from it, written together. */
export interface DocumentEntry {
  document: Document;
  records?: DocumentRecords | undefined;
}

/** What `putDocument` did: stored it, or found the same content already there. */
export interface PutResult {
  id: string;
  stored: boolean;
}

/**
 * The one interface every backend implements (SQLite and PostgreSQL). No SQL lives outside the
 * store folder; callers speak in documents and records. A document and everything derived from it is
 * written in one transaction.
 */
export interface Store {
  /** Where the store lives: a file path or a connection string with the password hidden. */
  readonly location: string;
  putDocument(document: Document, records?: DocumentRecords): Promise<PutResult>;
  /**
   * Writes several documents, each with its records, in one transaction (group commit): each is whole or
   * absent after a crash, and the batch costs one commit instead of many. Results are in the order given.
   */
  putDocuments(entries: readonly DocumentEntry[]): Promise<PutResult[]>;
  /** Replaces the records of a stored document (after an extractor upgrade), in one transaction. */
  replaceRecords(documentId: string, records: DocumentRecords): Promise<void>;
  /** The records of a document; null when the document is unknown. */
  getRecords(documentId: string): Promise<DocumentRecords | null>;
  /** Ids of documents whose records were made by another extractor version than `extractor`, oldest first. */
  staleDocuments(extractor: string, limit: number): Promise<string[]>;
  listFigures(filter?: FigureFilter): Promise<StoredFigure[]>;
  /**
   * The figures listFigures gives, each as the JSON text of its record: what the API sends, never parsed and
   * serialized again on the way (a store that keeps no such text serializes its figures).
   */
  listFigureJson(filter?: FigureFilter): Promise<string[]>;
  /** Pairs of countries named together by figures, most documents first, then most figures, then by codes. */
  listPairs(): Promise<PairSummary[]>;
  /** Commitments whose actors include every given party, oldest document first. */
  listCommitments(filter?: RecordFilter): Promise<Stored<Commitment>[]>;
  /** Agreements whose parties include every given party, by date. */
  listAgreements(filter?: RecordFilter): Promise<Stored<Agreement>[]>;
  /**
   * Imports the observations of one statistics file in one transaction, replacing an earlier import of the same
   * file; if reading throws, nothing of the file is kept and the error is thrown again.
   */
  importObservations(
    file: string,
    observations: AsyncIterable<OfficialObservation>,
  ): Promise<{ imported: number; replaced: number }>;
  listObservations(filter?: ObservationFilter): Promise<StoredObservation[]>;
  /** Entities across documents, most documents first; `type` narrows to one kind, `name` to a name or alias. */
  listEntities(filter?: {
    type?: string | undefined;
    name?: string | undefined;
    limit?: number | undefined;
  }): Promise<EntitySummary[]>;
  hasDocument(id: string): Promise<boolean>;
  /** A document by id, or by a unique prefix of its id (at least 4 hex digits); null when none. */
  getDocument(idOrPrefix: string): Promise<Document | null>;
  listDocuments(filter?: DocumentFilter): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;
  searchDocuments(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  close(): Promise<void>;
}
