import { LINE_BREAK } from './_patterns.js';
import { stripMarkdownInline } from './strip-markdown-inline.js';

/** Markdown as text: one block per line, and the first heading as title. */
export interface MarkdownText {
  text: string;
  title: string | null;
}

// HTML comments, across lines. Matches `<!-- draft -->`; not `<!- x ->`.
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

// A fence opening or closing a code block. Matches ```` ```ts ```` and `~~~`; not `` `` `` or ` ```x``` `.
const FENCE = /^\s{0,3}(`{3,}|~{3,})[^`]*$/;

// An ATX heading. Matches `## Trade and investment ##`; not `#hashtag` or `####### seven`.
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;

// A setext underline. Matches `=====` and `---`; not `- item`.
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;

// A thematic break. Matches `***`, `- - -`, `___`; not `**bold**`.
const THEMATIC_BREAK = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;

// A list item marker, with an optional task box. Matches `- [x] ship`, `* grain`, `12. grain`; not `-5%` or `2024.`.
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;

// Block quote markers. Matches `> > quoted`; not `quoted > x`.
const QUOTE = /^\s{0,3}(?:>\s?)+/;

// A table delimiter row. Matches `| --- | :---: |`; not `| 2023 | $41 billion |`.
const TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/;

// A table row with leading pipe. Matches `| 2023 | $41 billion |`; not `a | b`.
const TABLE_ROW = /^\s*\|(.*?)\|?\s*$/;

// A link reference definition. Matches `[js]: https://mfa.kz/js "Joint"`; not `[js] text`.
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;

/** Markdown to text: `markdownToText('# Talks\n\nTrade **rose**.')` is `{ text: 'Talks\nTrade rose.', title: 'Talks' }`. */
export function markdownToText(markdown: string): MarkdownText {
  const lines = markdown.replace(HTML_COMMENT, '').split(LINE_BREAK);
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = stripMarkdownInline(paragraph.join(' '));
    if (text !== '') blocks.push(text);
    paragraph = [];
  };
  const heading = (raw: string) => {
    const text = stripMarkdownInline(raw);
    if (text === '') return;
    blocks.push(text);
    title ??= text;
  };

  // Front matter was taken off before (read-front-matter.ts).
  for (const line of lines) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence) && line.trim() === fenceMatch[1]) fence = null;
      else if (line.trim() !== '') blocks.push(line.trim());
      continue;
    }
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(line)) {
      const text = paragraph.join(' ');
      paragraph = [];
      heading(text);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DELIMITER.test(line)) {
      flush();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flush();
      heading(atx[1] ?? '');
      continue;
    }
    const row = TABLE_ROW.exec(line);
    if (row) {
      flush();
      const cells = (row[1] ?? '').split('|').map((cell) => stripMarkdownInline(cell));
      if (cells.some((cell) => cell !== '')) blocks.push(cells.join(' | '));
      continue;
    }
    const unquoted = line.replace(QUOTE, '');
    const item = LIST_ITEM.exec(unquoted);
    if (item) {
      flush();
      paragraph.push(unquoted.slice(item[0].length).trim());
      continue;
    }
    if (unquoted.trim() === '') flush();
    else paragraph.push(unquoted.trim());
  }
  flush();
  return { text: blocks.join('\n'), title };
}
