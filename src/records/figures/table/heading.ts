/**
 * One heading of a table, read from the tokens of its cell: what it names ("trade turnover"), the unit note after a
 * comma or in brackets ("$ billion"), and its period when it is one time expression ("2023").
 */
import type { Period } from '../../../types.js';
import type { Heading, SentenceView, Token, UnitNote } from '../_draft.js';
import { DETERMINERS } from '../lang/en.js';

/** Reads a unit note ("$ billion"), or null; see unit-note.ts. */
export type NoteReader = (note: string) => UnitNote | null;

/** Index of the first token of the view that starts at or after `offset` (tokens are in text order). */
function firstTokenFrom(view: SentenceView, offset: number): number {
  let low = 0;
  let high = view.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((view.tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Tokens of the view inside [start, end) (sentence offsets); a binary search, so a wide row costs no square. */
function tokensIn(view: SentenceView, start: number, end: number): Token[] {
  const inside: Token[] = [];
  for (let k = firstTokenFrom(view, start); k < view.tokens.length; k++) {
    const token = view.tokens[k] as Token;
    if (token.start >= end) break;
    inside.push(token);
  }
  return inside;
}

/** Index of the token that opens the unit note: after the last comma, or the "(" of a closing bracket; else -1. */
function noteStart(tokens: Token[]): number {
  const last = tokens.length - 1;
  if (tokens[last]?.lower === ')') {
    for (let k = last - 1; k > 0; k--) if ((tokens[k] as Token).lower === '(') return k;
  }
  for (let k = last - 1; k > 0; k--) if ((tokens[k] as Token).lower === ',') return k;
  return -1;
}

/** The text of tokens[from..to] as written, or '' when the range is empty. */
function textOf(view: SentenceView, tokens: Token[], from: number, to: number): string {
  if (from > to) return '';
  return view.sentence.text.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}

/** Lower-case label from its words: no leading article, single spaces, straight apostrophes. */
function labelOf(view: SentenceView, words: Token[]): string {
  let from = 0;
  while (from < words.length && DETERMINERS.has((words[from] as Token).lower)) from++;
  let to = words.length - 1;
  while (to >= from && !(words[to] as Token).isWord) to--;
  while (from <= to && !(words[from] as Token).isWord) from++;
  const text = textOf(view, words, from, to).toLowerCase();
  // Matches the runs of spaces and line breaks of "trade\n turnover"; must not match "trade".
  const spaced = text.replace(/\s+/g, ' ');
  return spaced.includes('\u2019') ? spaced.replaceAll('\u2019', "'") : spaced;
}

/**
 * The heading in cell [start, end) of a row's view, or null when the cell is empty or holds a quantity (a row of
 * figures is no heading): "Trade turnover, $ billion" -> label "trade turnover", note USD 10^9; "2023" -> period 2023.
 */
export function readHeading(
  view: SentenceView,
  start: number,
  end: number,
  readNote: NoteReader,
): Heading | null {
  const tokens = tokensIn(view, start, end);
  if (tokens.length === 0) return null;
  let time = -1;
  let times = 0;
  const words: Token[] = [];
  for (const token of tokens) {
    if (token.quantity >= 0) return null;
    if (token.time >= 0) {
      if (token.time !== time) times++;
      time = token.time;
    } else words.push(token);
  }
  const period: Period | null = times === 1 ? (view.times[time]?.period ?? null) : null;
  const mixed = times > 0 && words.some((token) => token.isWord);
  const at = noteStart(words);
  const closing = words[words.length - 1]?.lower === ')' ? words.length - 2 : words.length - 1;
  let note = at >= 0 ? readNote(textOf(view, words, at + 1, closing)) : null;
  let labelWords = note ? words.slice(0, at) : words;
  if (!note && words.length > 0 && times === 0) {
    // "$ billion", "%": a heading that is all note names nothing.
    note = readNote(textOf(view, words, 0, words.length - 1));
    if (note) labelWords = [];
  }
  return { label: labelOf(view, labelWords), tokens: labelWords, period, mixed, note };
}
