import type { Document, DocumentSummary, Figure, StoredFigure } from '../types.js';
import type { PairSummary, StoredObservation } from './store.js';

/**
 * Rows as every store reads them, and the records they become: one mapping for all backends, so that a
 * document or figure reads back the same from SQLite and PostgreSQL. JSON columns arrive as text (SQLite) or
 * already parsed (PostgreSQL); both are accepted.
 */

/** A JSON column's value, parsed if it arrived as text: `fromJson('[1,2]')` is `[1, 2]`. */
export function fromJson<T>(value: string | T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export interface DocumentRow {
  id: string;
  source: string;
  format: Document['format'];
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  lang: string | null;
  text: string;
  /** Sentence offsets as a flat list: start, end, start, end ... */
  sentences: string | number[];
  ingested: string;
  chars: number;
}

export function toSummary(row: Omit<DocumentRow, 'text' | 'sentences'>): DocumentSummary {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    outlet: row.outlet,
    title: row.title,
    author: row.author,
    published: row.published,
    lang: row.lang,
    ingested: row.ingested,
    chars: row.chars,
  };
}

/** The flat offsets a document's sentences are stored as: `[0, 47, 48, 76]`. */
export function sentenceOffsets(document: Document): number[] {
  return document.sentences.flatMap((s) => [s.start, s.end]);
}

export function toDocument(row: DocumentRow): Document {
  const offsets = fromJson<number[]>(row.sentences);
  const sentences: Document['sentences'] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    sentences.push({ index: sentences.length, start, end, text: row.text.slice(start, end) });
  }
  const { ingested: _ingested, chars: _chars, ...summary } = toSummary(row);
  return { ...summary, text: row.text, sentences };
}

/** A stored figure's record alone: `withoutProvenance(stored)` drops document, ord, outlet, published and source. */
export function withoutProvenance(stored: StoredFigure): Figure {
  const { document: _d, ord: _o, outlet: _out, published: _p, source: _s, ...figure } = stored;
  return figure;
}

/**
 * A figure with where it came from, keys in the order every store and the API give them, holding only the fields
 * of the record (a figure built by the extractor may carry more): `storedFigureOf(figure, document, 0)`. A direction
 * is kept only with both ends, as the row columns always kept it.
 */
export function storedFigureOf(
  f: Figure,
  document: Pick<Document, 'id' | 'outlet' | 'published' | 'source'>,
  ord: number,
): StoredFigure {
  return {
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    approx: f.approx,
    measure: f.measure,
    indicator: f.indicator,
    parties: [...f.parties],
    direction: f.direction?.from && f.direction.to ? { from: f.direction.from, to: f.direction.to } : null,
    period: f.period
      ? { label: f.period.label, start: f.period.start ?? null, end: f.period.end ?? null }
      : null,
    kind: f.kind,
    change: f.change ?? null,
    sentence: f.sentence,
    document: document.id,
    ord,
    outlet: document.outlet,
    published: document.published,
    source: document.source,
  };
}

/** The date a figure sorts by: its period's end, else its document's publication date. */
export function figureSortDate(f: Pick<Figure, 'period'>, published: string | null): string | null {
  return f.period?.end ?? published;
}

export interface ObservationRow {
  file: string;
  row: number;
  indicator: string;
  parties: string;
  direction_from: string | null;
  direction_to: string | null;
  reporter: string | null;
  period_label: string;
  period_start: string | null;
  period_end: string | null;
  value: number;
  unit: string;
  source: string;
  flow: 'X' | 'M' | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  is_reported: number | boolean | null;
  imported: string;
}

export function toObservation(r: ObservationRow): StoredObservation {
  return {
    indicator: r.indicator,
    parties: r.parties.split(','),
    direction: r.direction_from && r.direction_to ? { from: r.direction_from, to: r.direction_to } : null,
    reporter: r.reporter,
    period: { label: r.period_label, start: r.period_start, end: r.period_end },
    value: r.value,
    unit: r.unit,
    source: r.source,
    flow: r.flow,
    isReported: r.is_reported === null ? null : Boolean(r.is_reported),
    row: r.row,
    file: r.file,
    imported: r.imported,
  };
}

/** Party codes as stored: upper case, sorted, comma-joined: `partiesKey(['kz', 'cn'])` is "CN,KZ". */
export function partiesKey(parties: readonly string[]): string {
  return [...parties]
    .map((p) => p.toUpperCase())
    .sort()
    .join(',');
}

/** A row of the pairs aggregate, as both stores return it. */
export interface PairRow {
  parties: string;
  figures: number;
  documents: number;
  latest: string | null;
}

export function toPair(row: PairRow): PairSummary {
  return {
    parties: row.parties.split(','),
    figures: Number(row.figures),
    documents: Number(row.documents),
    latest: row.latest,
  };
}
