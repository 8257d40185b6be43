/** Tokenises a sentence once, marks which tokens its mentions cover, and numbers its clauses. */
import type { SentenceMentions, SentenceView, Token } from './_draft.js';
import { BARE_CLAUSE_OPENERS, CLAUSE_OPENERS, COMPARISON_OPENERS, SAME_WORDS } from './lang/en.js';

// Matches "é", "ж", "中", "٣"; must not match "-", "'", " " or "$".
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return NON_ASCII_WORD.test(text[index] ?? '');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Joiners kept inside a word when a word character follows: "Kazakhstan's", "Kazakh-Chinese", "4,700", "14.5". */
function joinsWord(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  if (!isWordCode(next, text, j + 1)) return false;
  if (c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011) return true;
  return (c === 44 || c === 46) && isDigit(text.charCodeAt(j - 1)) && isDigit(next);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** Words and punctuation with sentence offsets: tokenize("China's trade, $41bn") gives "china's", "trade", ",", "$", "41bn". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    const isWord = isWordCode(c, text, i);
    if (isWord) {
      while (j < n) {
        if (isWordCode(text.charCodeAt(j), text, j)) j++;
        else if (joinsWord(text, j)) j += 2;
        else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    const raw = text.slice(i, j);
    const lower = raw.toLowerCase();
    tokens.push({
      start: i,
      end: j,
      lower: lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower,
      isWord,
      isCap: isWord && raw[0] !== lower[0],
      quantity: -1,
      time: -1,
      codes: null,
      clause: 0,
    });
    i = j;
  }
  return tokens;
}

/** Index of the first token ending after `offset` (tokens are in text order): where a span's cover can begin. */
function firstEndingAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Token range [first, last] a span covers, or [-1, -1] when it covers none. */
function coverSpan(
  tokens: Token[],
  start: number,
  end: number,
  mark: (token: Token) => void,
): [number, number] {
  let first = -1;
  let last = -1;
  for (let k = firstEndingAfter(tokens, start); k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.end <= start) continue;
    if (token.start >= end) break;
    if (first < 0) first = k;
    last = k;
    mark(token);
  }
  return [first, last];
}

/** First letters of BARE_CLAUSE_OPENERS and COMPARISON_OPENERS: most words are ruled out without hashing them. */
const BARE_OPENER_FIRSTS: ReadonlySet<number> = new Set(
  [...BARE_CLAUSE_OPENERS, ...COMPARISON_OPENERS].map((word) => word.charCodeAt(0)),
);

/**
 * True when the comparison word at k introduces a base: a quantity, a time or "the same period" after it, past
 * "with"/"to" and an article ("compared with $8 billion in 2023", "against the same period"); "sanctions against
 * Russia" is no base. Reads the mention marks, so clauses are numbered after the mentions are laid on the tokens.
 */
function opensComparison(tokens: Token[], k: number): boolean {
  let j = k + 1;
  const w = tokens[j]?.lower;
  if (w === 'with' || w === 'to') j++;
  if (tokens[j]?.lower === 'the') j++;
  const next = tokens[j];
  return !!next && (next.quantity >= 0 || next.time >= 0 || SAME_WORDS.has(next.lower));
}

/**
 * Numbers clauses: a new one starts at ";", ":", a dash, ", while" / ", with" / ", and", a bare "while", or a bare
 * comparison word before its base ("compared with $8 billion").
 */
function numberClauses(tokens: Token[]): void {
  let clause = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!token.isWord) {
      const mark = token.lower;
      if (mark === ';' || mark === ':' || mark === '\u2014' || mark === '\u2013') clause++;
      else if (mark === ',' && next?.isWord && CLAUSE_OPENERS.has(next.lower)) clause++;
    } else if (k > 0 && BARE_OPENER_FIRSTS.has(token.lower.charCodeAt(0))) {
      if (BARE_CLAUSE_OPENERS.has(token.lower)) clause++;
      else if (
        COMPARISON_OPENERS.has(token.lower) &&
        tokens[k - 1]?.lower !== ',' &&
        opensComparison(tokens, k)
      )
        clause++;
    }
    token.clause = clause;
  }
}

/** Builds the view every refiner reads: tokens, which mention covers each, and clause numbers. */
export function createSentenceView(mentions: SentenceMentions): SentenceView {
  const { sentence, quantities, times, countries } = mentions;
  const offset = sentence.start;
  const tokens = tokenize(sentence.text);
  const quantityTokens = quantities.map((m, k) =>
    coverSpan(tokens, m.start - offset, m.end - offset, (t) => {
      if (t.quantity < 0) t.quantity = k;
    }),
  );
  const timeTokens = times.map((m, k) =>
    coverSpan(tokens, m.start - offset, m.end - offset, (t) => {
      if (t.time < 0) t.time = k;
    }),
  );
  for (const m of countries) {
    coverSpan(tokens, m.start - offset, m.end - offset, (t) => {
      if (!t.codes) t.codes = [m.code];
      else if (!t.codes.includes(m.code)) t.codes.push(m.code);
    });
  }
  numberClauses(tokens);
  const countryTokens: number[] = [];
  if (countries.length > 0)
    for (let k = 0; k < tokens.length; k++) if (tokens[k]?.codes) countryTokens.push(k);
  const table = mentions.table ?? null;
  return { sentence, tokens, quantities, times, countries, quantityTokens, timeTokens, countryTokens, table };
}
