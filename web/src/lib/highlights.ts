import type { DocumentDetail } from '../api/types.js';
import type { Highlight } from './segments.js';

/** A highlight with the record it belongs to: an entity named three times is three highlights of one record. */
export interface RecordHighlight extends Highlight {
  /** What `?highlight=` names: "figure-3", "entity-2", "commitment-1". */
  record: string;
}

/** Every span of a document's records to mark in the reader, by type. */
export function documentHighlights(doc: DocumentDetail): RecordHighlight[] {
  const out: RecordHighlight[] = [];
  for (const f of doc.figures) {
    out.push({
      id: `figure-${f.ord}`,
      record: `figure-${f.ord}`,
      type: 'figure',
      start: f.start,
      end: f.end,
    });
  }
  for (const [i, e] of doc.entities.entries()) {
    for (const [j, m] of e.mentions.entries()) {
      out.push({ id: `entity-${i}.${j}`, record: `entity-${i}`, type: 'entity', start: m.start, end: m.end });
    }
  }
  for (const c of doc.commitments) {
    out.push({
      id: `commitment-${c.ord}`,
      record: `commitment-${c.ord}`,
      type: 'commitment',
      start: c.start,
      end: c.end,
    });
  }
  return out;
}

/** The text's blocks (lines) with their offsets, so each becomes a paragraph without losing its place in the text. */
export function textBlocks(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      blocks.push({ start, end: text.length });
      return blocks.filter((b) => b.end > b.start);
    }
    blocks.push({ start, end });
    start = end + 1;
  }
}
