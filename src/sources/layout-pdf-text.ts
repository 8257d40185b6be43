import { WHITESPACE } from './_patterns.js';
/** A piece of a PDF page's text layer, positioned in PDF units (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

// A bare page number, as printed. Matches `7`, `- 7 -`, `Page 7 of 12`, `7/12`; not `7 projects`.
const PAGE_NUMBER = /^[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–—\s]*$/i;

// A word broken by a hyphen at the end of a line. Matches `coop-` and `Kazakh-`; not `2023 -` or `--`.
const BROKEN_WORD = /\p{L}[-\u00ad]$/u;

// A line that starts in lower case, so it continues a word or sentence. Matches `eration`; not `Chinese`.
const STARTS_LOWER = /^\p{Ll}/u;

// The end of a sentence or heading, after which a page break ends the paragraph. Matches `said.` and `2024)`; not `the`.
const PARAGRAPH_END = /[.!?:;"”’)\]]$/;

// The end of a line cut mid-sentence. Matches `a total of`, `the sides,` and `coop-`; not `Statement` or `2024`.
const MID_SENTENCE_END = /[\p{Ll},-]$/u;

// Digits, so that "Page 3" and "Page 4" compare equal. Matches `3` in `Page 3`; not `Page`.
const DIGITS = /\d+/g;

/** Gap over the usual line spacing, as a factor, that starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;

/** Line spacing, as a factor of the font size, above which a gap is taken for a paragraph gap anyway. */
const MAX_SPACING = 1.5;

/**
 * A PDF's text from its pages' text layers: items into lines by y then x, lines into paragraphs by vertical gap,
 * line-end hyphenation repaired, repeated headers, footers and page numbers dropped; one paragraph per line:
 * `layoutPdfText([[{ str: 'coop-', ... }, { str: 'eration', ... }]])` is "cooperation".
 */
export function layoutPdfText(pages: PdfTextItem[][]): string {
  const pageLines = pages.map(toLines);
  const repeated = repeatedEdgeLines(pageLines);
  const spacing = usualSpacing(pageLines);
  const paragraphs: string[] = [];
  for (const lines of pageLines) {
    const kept = lines.filter((line, i) => !isFurniture(line, i, lines.length, repeated));
    let current: string | null = null;
    let previous: Line | null = null;
    for (const line of kept) {
      // Capped by the font size: in a page of one-line paragraphs the commonest gap is a paragraph gap.
      const lineSpacing = Math.min(spacing ?? Number.POSITIVE_INFINITY, MAX_SPACING * line.height);
      const isNewParagraph =
        previous === null ||
        previous.y - line.y > lineSpacing * PARAGRAPH_GAP ||
        previous.y < line.y ||
        Math.abs(previous.height - line.height) > 0.25 * previous.height;
      if (current === null) current = continuePage(paragraphs, line.text);
      else if (isNewParagraph) {
        paragraphs.push(current);
        current = line.text;
      } else current = joinLines(current, line.text);
      previous = line;
    }
    if (current !== null) paragraphs.push(current);
  }
  return paragraphs.filter((paragraph) => paragraph !== '').join('\n');
}

/** The first line of a page continues the last paragraph when that one stopped mid-sentence. */
function continuePage(paragraphs: string[], text: string): string {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined || PARAGRAPH_END.test(last)) return text;
  if (!STARTS_LOWER.test(text) && !MID_SENTENCE_END.test(last)) return text;
  paragraphs.pop();
  return joinLines(last, text);
}

/** "coop-" + "eration" is "cooperation"; "Kazakh-" + "Chinese" keeps its hyphen; else a space. */
function joinLines(before: string, after: string): string {
  if (!BROKEN_WORD.test(before)) return `${before} ${after}`;
  if (STARTS_LOWER.test(after)) return before.slice(0, -1) + after;
  return before.endsWith('\u00ad') ? before.slice(0, -1) + after : before + after;
}

function toLines(items: PdfTextItem[]): Line[] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (
      group &&
      first &&
      Math.abs(first.y - item.y) <= Math.max(1, 0.3 * Math.max(first.height, item.height))
    ) {
      group.push(item);
    } else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const text = lineText(group);
    const first = group[0];
    if (text !== '' && first)
      lines.push({ text, y: first.y, height: Math.max(...group.map((item) => item.height)) });
  }
  return lines;
}

function lineText(items: PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | null = null;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const isSpaced = text.endsWith(' ') || item.str.startsWith(' ');
      if (!isSpaced && (previous.hasEOL || gap > 0.15 * Math.max(item.height, 1))) text += ' ';
    }
    text += item.str;
    previous = item;
  }
  return text.replace(WHITESPACE, ' ').trim();
}

/** The most common distance between consecutive lines (rounded to half a unit): the usual line spacing. */
function usualSpacing(pageLines: Line[][]): number | null {
  const counts = new Map<number, number>();
  for (const lines of pageLines) {
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round(((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)) * 2) / 2;
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

/** Lines at the top or bottom of at least half the pages (two at least), digits ignored: running headers and footers. */
function repeatedEdgeLines(pageLines: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const edges = new Set([lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]]);
    for (const line of edges) if (line) counts.set(edgeKey(line), (counts.get(edgeKey(line)) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pageLines.length / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}

function isFurniture(line: Line, index: number, count: number, repeated: Set<string>): boolean {
  const isEdge = index < 2 || index >= count - 2;
  return isEdge && (PAGE_NUMBER.test(line.text) || repeated.has(edgeKey(line)));
}

function edgeKey(line: Line): string {
  return line.text.replace(DIGITS, '#').toLowerCase();
}
