/** Plain text to one block per line, joining lines that were hard-wrapped inside a paragraph. */
import { LINE_BREAK } from './_patterns.js';

// The start of a list item or heading-like line, never joined to the line before. Matches `- grain`,
// `• grain`, `2. grain`, `(a) grain`; not `grain exports`.
const ITEM_START = /^(?:[-*•·–]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s)/i;

// The first word of a line. Matches `Kazakhstan` in `Kazakhstan and China`; not the space after it.
const FIRST_WORD = /^\S+/;

// Punctuation that ends a title-like line's sentence. Matches `.` `!` `?` `:` `;` `,`; not `"n"`.
const SENTENCE_END = /[.!?:;,]$/;

/** Text hard-wrapped narrower than this is rewrapped; wider text is taken line by line. */
const MIN_WRAP_WIDTH = 60;
const MAX_WRAP_WIDTH = 100;
const MAX_TITLE_CHARS = 150;

/**
 * Blocks of plain text, one per line, hard wraps undone:
 * `plainTextToBlocks('Trade reached $41 billion in\n2023.\n\nProjects: 45')` keeps "Projects: 45" apart.
 */
export function plainTextToBlocks(text: string): string {
  const lines = text.split(LINE_BREAK).map((line) => line.trim());
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  const isWrapped = width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH;
  const blocks: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      if (current !== '') blocks.push(current);
      current = '';
      continue;
    }
    current = current === '' ? line : `${current} ${line}`;
    const next = lines[i + 1] ?? '';
    if (!(isWrapped && next !== '' && wasWrapped(line, next, width))) {
      blocks.push(current);
      current = '';
    }
  }
  if (current !== '') blocks.push(current);
  return blocks.join('\n');
}

/** A line broke here only because the next word would not fit in the width. */
function wasWrapped(line: string, next: string, width: number): boolean {
  if (ITEM_START.test(next)) return false;
  const nextWord = FIRST_WORD.exec(next)?.[0] ?? '';
  return line.length + 1 + nextWord.length > width;
}

/** The first line as a title when it stands alone and reads like one: "Tokayev and Xi Address Media\n\n..." gives it. */
export function plainTextTitle(text: string): string | null {
  const lines = text
    .trimStart()
    .split(LINE_BREAK, 3)
    .map((line) => line.trim());
  const [first, second] = lines;
  if (!first || first.length > MAX_TITLE_CHARS || SENTENCE_END.test(first)) return null;
  return second === '' ? first : null;
}
