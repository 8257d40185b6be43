/**
 * Tables as the sources render them: one line a row, cells joined by " | ", the caption on the line above
 * ("China-Kazakhstan trade, $ billion" / "Year | China's customs | Kazakhstan's statistics" / "2023 | 41.0 | 31.4").
 * For a row that holds quantities, the reader finds its heading row (the nearest row above with headings and no
 * figures) and the caption above that, and reads their headings, so that the figure stage can give each cell the
 * column's year and the row's name.
 */
import type { Sentence } from '../../../types.js';
import type { Heading, SentenceMentions, SentenceView, TableRow } from '../_draft.js';
import { createSentenceView } from '../sentence-view.js';
import { type NoteReader, readHeading } from './heading.js';

/** Most tokens of a line read as a caption: a caption is a title, not a paragraph. */
const MAX_CAPTION_TOKENS = 24;

/** True for a sentence that is a table row: its cells are separated by "|". */
export function isTableRow(sentence: Sentence): boolean {
  return sentence.text.includes('|');
}

/** [start, end) of each cell of a row, split at "|" (sentence offsets). */
export function cellSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    spans.push([start, i]);
    start = i + 1;
  }
  spans.push([start, text.length]);
  return spans;
}

/** True for a line that may caption the table under it: short, and no sentence of prose (no closing stop). */
function isCaption(view: SentenceView): boolean {
  const { tokens } = view;
  if (tokens.length === 0 || tokens.length > MAX_CAPTION_TOKENS) return false;
  const end = tokens[tokens.length - 1]?.lower ?? '';
  return end !== '.' && end !== '!' && end !== '?' && end !== ':';
}

/** What the reader needs from the figure stage: the mentions of any sentence of the document. */
export interface TableSources {
  sentences: readonly Sentence[];
  /** Mentions of sentence i: quantities, times and countries (computed on demand for sentences without quantities). */
  mentionsOf(index: number): SentenceMentions;
  /** True when sentence i holds a quantity (a row of figures, not of headings). */
  hasQuantities(index: number): boolean;
  readNote: NoteReader;
}

// Matches a letter or digit of any script ("2022", "Value", "Экспорт"); must not match "–", "—" or " ".
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a row with a word or number in a cell after its first: "2019 | – | –" heads nothing. */
function hasHeadings(text: string): boolean {
  return WORD_CHAR.test(text.slice(text.indexOf('|') + 1));
}

/** Headings of the table under a heading row, read once per table. */
interface TableHead {
  columns: (Heading | null)[];
  caption: Heading | null;
}

/**
 * A reader for one document: `read(mentions)` gives the headings of the row `mentions` is, or null when the sentence
 * is no table row or no heading row stands above it. Each table's heading row and caption are read once.
 */
export function createTableReader(sources: TableSources): (mentions: SentenceMentions) => TableRow | null {
  const { sentences, mentionsOf, hasQuantities, readNote } = sources;
  const heads = new Map<number, TableHead>();

  const headOf = (top: number): TableHead => {
    let head = heads.get(top);
    if (head) return head;
    const view = createSentenceView(mentionsOf(top));
    const columns = cellSpans(view.sentence.text).map(([start, end]) =>
      readHeading(view, start, end, readNote),
    );
    let caption: Heading | null = null;
    const above = sentences[top - 1];
    if (above && !isTableRow(above)) {
      const captionView = createSentenceView(mentionsOf(top - 1));
      if (isCaption(captionView)) caption = readHeading(captionView, 0, above.text.length, readNote);
    }
    head = { columns, caption };
    heads.set(top, head);
    return head;
  };

  return (mentions) => {
    const { sentence } = mentions;
    if (!isTableRow(sentence)) return null;
    // The heading row is the nearest row above with headings and no figures: the table's first row, or the first
    // row of a table right under another one.
    let top = -1;
    for (let j = sentence.index - 1; j >= 0 && isTableRow(sentences[j] as Sentence); j--) {
      const text = (sentences[j] as Sentence).text;
      if (!hasQuantities(j) && hasHeadings(text)) {
        top = j;
        break;
      }
    }
    if (top < 0) return null;
    const head = headOf(top);
    const cells = cellSpans(sentence.text);
    const view = createSentenceView(mentions);
    const first = cells[0] as [number, number];
    // A heading row whose empty first cell was trimmed away ("2022 | 2023" over "Trade | 31.2 | 41.0") is shifted.
    const columns = head.columns.length === cells.length - 1 ? [null, ...head.columns] : head.columns;
    return {
      cells,
      row: readHeading(view, first[0], first[1], readNote),
      columns,
      caption: head.caption,
    };
  };
}
