/**
 * Snippets for the PostgreSQL store, shaped like the SQLite store's snippet(..., 16). ts_headline picks the
 * fragment and marks matches in the folded text (accents removed, as the index has it); the fragment is found
 * again in the original text and the marks moved there, so a search for "communique" shows "[communiqué]".
 * The fragment is then widened to 16 words, marks of the words of one quoted phrase are joined ("[double it]",
 * where ts_headline marks each word), and "…" stands where the snippet cuts the text.
 */

/** Markers ts_headline is asked to use: characters that clean document text does not contain. */
export const START_MARK = '\u0001';
export const STOP_MARK = '\u0002';

/** Words in a snippet, as the SQLite store's snippet(..., 16). */
const SNIPPET_WORDS = 16;

/** ts_headline options: one fragment, at most 16 words. */
export const HEADLINE_OPTIONS = `StartSel="${START_MARK}", StopSel="${STOP_MARK}", MaxWords=${SNIPPET_WORDS}, MinWords=8, MaxFragments=1`;

// Matches the combining accents NFD splits off ("é" is "e" + U+0301); the same range accord_fold removes.
const ACCENT = /[\u0300-\u036f]/g;
// Matches a word, "Kazakhstan" or "41"; must not match "$" or "’".
const WORD = /[\p{L}\p{N}]+/gu;

/** Text folded and spaced as phrases are compared: `normalizePhrase(' Café  Société')` is "cafe societe". */
export function normalizePhrase(text: string): string {
  return text.normalize('NFD').replace(ACCENT, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The text as accord_fold folds it, with the index in `text` of every folded code unit (and of the end). */
function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  const parts: string[] = [];
  const origins: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = char.normalize('NFD').replace(ACCENT, '');
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origins.push(index);
    index += char.length;
  }
  origins.push(text.length);
  return { folded: parts.join(''), origins };
}

/** Marked spans of a headline, as offsets into the headline without its markers. */
function readMarks(headline: string): { plain: string; marks: Array<[number, number]> } {
  let plain = '';
  let open = -1;
  const marks: Array<[number, number]> = [];
  for (const char of headline) {
    if (char === START_MARK) open = plain.length;
    else if (char === STOP_MARK && open >= 0) {
      marks.push([open, plain.length]);
      open = -1;
    } else plain += char;
  }
  return { plain, marks };
}

/** Widens [start, end) to `words` words, a word before then a word after in turn; reaches an edge of the text across punctuation. */
function widen(text: string, start: number, end: number, words: number): [number, number] {
  const spans = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length] as const);
  let first = spans.findIndex(([, to]) => to > start);
  let last = spans.findLastIndex(([from]) => from < end);
  if (first < 0 || last < first) return [start, end];
  for (let turn = 0; last - first + 1 < words; turn++) {
    const canEarlier = first > 0;
    const canLater = last < spans.length - 1;
    if (canEarlier && (turn % 2 === 0 || !canLater)) first--;
    else if (canLater) last++;
    else break;
  }
  return [
    first === 0 ? 0 : Math.min(start, (spans[first] as readonly [number, number])[0]),
    last === spans.length - 1 ? text.length : Math.max(end, (spans[last] as readonly [number, number])[1]),
  ];
}

/** Joins marks separated only by spaces when together they spell (the start of) one of the phrases. */
function joinPhrases(text: string, spans: Array<[number, number]>, phrases: readonly string[]) {
  const joined: Array<[number, number]> = [];
  for (const span of spans) {
    const last = joined.at(-1);
    const together = last && normalizePhrase(text.slice(last[0], span[1]));
    if (
      last &&
      together &&
      /^\s+$/.test(text.slice(last[1], span[0])) &&
      phrases.some((p) => p === together || p.startsWith(`${together} `))
    ) {
      last[1] = span[1];
    } else joined.push([...span]);
  }
  return joined;
}

/**
 * The snippet in the original text: `restoreSnippet('A communiqué.', '\u0001communique\u0002.', ['[', ']'], [])`
 * is "A [communiqué]."; `phrases` are the query's quoted phrases, normalized (normalizePhrase).
 */
export function restoreSnippet(
  text: string,
  headline: string,
  [open, close]: [string, string],
  phrases: readonly string[],
): string {
  const { plain, marks } = readMarks(headline);
  const { folded, origins } = foldWithOrigins(text);
  const at = folded.indexOf(plain);
  if (at < 0) return headline.replaceAll(START_MARK, open).replaceAll(STOP_MARK, close);
  const origin = (offset: number) => origins[at + offset] as number;
  const spans = joinPhrases(
    text,
    marks.map(([from, to]) => [origin(from), origin(to)]),
    phrases,
  );
  const [start, end] = widen(text, origin(0), origin(plain.length), SNIPPET_WORDS);
  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of spans) {
    out += `${text.slice(cursor, from)}${open}${text.slice(from, to)}${close}`;
    cursor = to;
  }
  return `${out}${text.slice(cursor, end)}${end < text.length ? '…' : ''}`;
}
