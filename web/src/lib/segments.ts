/** A highlighted stretch of a document: a figure, an entity mention or a commitment, by offsets into the text. */
export interface Highlight {
  /** Stable within the document: "figure-3", "entity-2-0", "commitment-1". */
  id: string;
  type: 'figure' | 'entity' | 'commitment';
  start: number;
  end: number;
}

/** A piece of the text and the highlights covering it (outermost first). */
export interface Segment<H extends Highlight = Highlight> {
  start: number;
  end: number;
  text: string;
  highlights: H[];
}

/**
 * Cuts a text at every highlight boundary so overlapping highlights can nest:
 * `segmentText('trade of $41 billion', [{id: 'figure-0', start: 9, end: 20, ...}])` gives "trade of " and "$41 billion".
 * Highlights outside the text or empty are dropped rather than trusted.
 */
export function segmentText<H extends Highlight>(text: string, highlights: readonly H[]): Segment<H>[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<H>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid
      .filter((h) => h.start <= start && h.end >= end)
      // Longest first: a commitment wraps the figure inside it.
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({ start, end, text: text.slice(start, end), highlights: covering });
  }
  return segments;
}
