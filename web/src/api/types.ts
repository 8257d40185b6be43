/**
 * The shapes the JSON API answers with (docs/api.md). The records are the product's own types from src/types.ts
 * (pure types, imported as types only). The knowledge types are restated here rather than imported: their modules
 * read files through Node, which the browser build must not pull in.
 */
import type { Agreement, Commitment, Document, Entity, Figure, Period } from '../../../src/types.js';

export type { CommitmentStatus, Period } from '../../../src/types.js';

type Direction = { from: string; to: string } | null;

/** One source's statement of an observation (src/knowledge/observations.ts). */
export interface ObservationSource {
  document: string;
  ord: number;
  outlet: string | null;
  published: string | null;
  source: string;
  kind: string;
  reporter: string | null;
  value: number;
  approx: Figure['approx'];
  text: string;
  sentence: string;
}

/** Sources of one observation that disagree (src/knowledge/conflicts.ts). */
export interface Conflict {
  spread: number;
  sides: Array<{ value: number; sources: ObservationSource[] }>;
  cause: string | null;
  explanation: string;
}

/** An official statistic beside an observation (src/knowledge/official.ts). */
export interface OfficialComparison {
  value: number;
  unit: string;
  reporter: string | null;
  source: string;
  file: string;
  ratio: number;
}

/** One indicator, parties, direction, unit and period with every source that stated it. */
export interface Observation {
  key: string;
  indicator: string;
  parties: string[];
  direction: Direction;
  period: Period;
  unit: string;
  sources: ObservationSource[];
  consensus: { value: number; document: string; outlet: string | null; reason: string };
  corroboration: number;
  conflict: Conflict | null;
  official?: OfficialComparison[];
}

/** Observations of one indicator for one set of parties, direction and unit, in period order. */
export interface Series {
  key: string;
  indicator: string;
  parties: string[];
  direction: Direction;
  unit: string;
  observations: Observation[];
}

/** A target as one source stated it. */
export interface TargetStatement {
  document: string;
  outlet: string | null;
  published: string | null;
  value: number;
  text: string;
  deadline: Period | null;
  sentence: string;
}

/** A target tracked against the latest actual (src/knowledge/targets.ts). */
export interface TargetProgress {
  indicator: string;
  parties: string[];
  unit: string;
  current: TargetStatement;
  revisions: TargetStatement[];
  latest: { value: number; period: Period; outlet: string | null; document: string } | null;
  progress: number | null;
  paceNeeded: number | null;
}

/** One page of a list: `next` is the cursor of the following page, null on the last. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** The latest observation of one of a relationship's series. */
export interface Headline {
  indicator: string;
  label: string;
  unit: string;
  direction: { from: string; to: string } | null;
  period: Period;
  value: number;
  sources: number;
  outlet: string | null;
  document: string;
  conflict: boolean;
}

/** A pair of countries the store knows figures for (`GET /api/relationships`). */
export interface Relationship {
  parties: string[];
  label: string;
  documents: number;
  figures: number;
  commitments: number;
  agreements: number;
  latest: string | null;
  headlines: Headline[];
}

/** A record as stored in a document: its position in the document's list. */
type Ordered<T> = T & { ord: number };

/** `GET /api/documents/:id`: the document with every record and its spans. */
export interface DocumentDetail extends Document {
  extractor: string | null;
  figures: Ordered<Figure>[];
  entities: Entity[];
  commitments: Ordered<Commitment>[];
  agreements: Ordered<Agreement>[];
}

/** A commitment as stored, with the document it came from. */
export type StoredCommitment = Commitment & {
  document: string;
  ord: number;
  outlet: string | null;
  published: string | null;
};

/** One change of a commitment's status, citing the report that caused it. */
export interface StatusChange {
  status: Commitment['status'];
  date: string | null;
  document: string | null;
  outlet: string | null;
  sentence: string | null;
  reason: string;
  uncertain: boolean;
}

/** `GET /api/commitments` item: a commitment and its status over time. */
export interface TrackedCommitment {
  commitment: StoredCommitment;
  status: Commitment['status'];
  history: StatusChange[];
}

/** `GET /api/stats` item: an official observation. */
export interface OfficialStat {
  indicator: string;
  parties: string[];
  direction: { from: string; to: string } | null;
  reporter: string | null;
  period: Period;
  value: number;
  unit: string;
  source: string;
  flow: 'X' | 'M' | null;
  isReported: boolean | null;
  row: number;
  file: string;
  imported: string;
}

/** `GET /api/search` item: a document that matched, with the matched ranges of its snippet. */
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
  rank: number;
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

/** An RFC 9457 problem the API answers errors with. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}
