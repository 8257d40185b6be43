import { AccordError } from '../errors.js';
import type { DocumentSummary, StoredFigure } from '../types.js';

/**
 * Keyset cursors: a page ends at its last row, and the next page starts after that row's sort key. Cursors
 * are opaque to callers (base64url JSON) and the same for every store, so a cursor from SQLite works on
 * PostgreSQL. Keyset pages stay fast however deep a reader goes, where OFFSET reads every skipped row.
 */

/** Figures sort by (sort date DESC, nulls last; document id; position): the sort date is the period end or the publication date. */
export interface FigureKey {
  date: string | null;
  document: string;
  ord: number;
}

/** Documents sort by (published DESC, nulls last; id). */
export interface DocumentKey {
  published: string | null;
  id: string;
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(cursor: string, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AccordError('BAD_INPUT', `not a ${what} cursor: ${cursor.slice(0, 40)}`);
  }
}

const isDateOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The cursor that continues after this figure: `listFigures({ after: figureCursor(last) })`. */
export function figureCursor(
  figure: Pick<StoredFigure, 'period' | 'published' | 'document' | 'ord'>,
): string {
  return encode(['f', figure.period?.end ?? figure.published ?? null, figure.document, figure.ord]);
}

export function readFigureCursor(cursor: string): FigureKey {
  const v = decode(cursor, 'figure');
  if (
    !Array.isArray(v) ||
    v.length !== 4 ||
    v[0] !== 'f' ||
    !isDateOrNull(v[1]) ||
    typeof v[2] !== 'string' ||
    !Number.isInteger(v[3])
  ) {
    throw new AccordError('BAD_INPUT', `not a figure cursor: ${cursor.slice(0, 40)}`);
  }
  return { date: v[1], document: v[2], ord: v[3] as number };
}

/** The cursor that continues after this document. */
export function documentCursor(document: Pick<DocumentSummary, 'published' | 'id'>): string {
  return encode(['d', document.published ?? null, document.id]);
}

export function readDocumentCursor(cursor: string): DocumentKey {
  const v = decode(cursor, 'document');
  if (
    !Array.isArray(v) ||
    v.length !== 3 ||
    v[0] !== 'd' ||
    !isDateOrNull(v[1]) ||
    typeof v[2] !== 'string'
  ) {
    throw new AccordError('BAD_INPUT', `not a document cursor: ${cursor.slice(0, 40)}`);
  }
  return { published: v[1], id: v[2] };
}
