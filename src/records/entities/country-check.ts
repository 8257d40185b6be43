/**
 * Where a sentence may name a country, so that the country scan reads only there: Latin-script country names
 * and adjectives are capitalized and start with a word the country table knows ("kazakhstan", "kazakh",
 * "people", "u"), and run at most a few words ("Democratic Republic of the Congo"). Text in other scripts is
 * scanned whole.
 */
import { DEFAULT_LANGUAGES } from '../../mentions/countries/index.js';
import { loadCountryTable } from '../../mentions/countries/load-country-table.js';
import type { TokenList } from '../../mentions/entities/index.js';

// Matches any character but printable ASCII ("é", "К", "中", a tab); must not match "Kazakh-Chinese talks".
const NON_ASCII = /[^ -~]/;
// Matches the letters that open a word ("people" of "people's"); must not match "'s".
const LEADING_LETTERS = /^[a-z]+/;

/** Most tokens a country form spans after its first word. */
const WINDOW_TOKENS = 7;

/** First words of the Latin country forms, lower case ("kazakhstan", "kazakh", "people", "u"). */
export function countryFirstWords(languages: readonly string[] = DEFAULT_LANGUAGES): ReadonlySet<string> {
  return new Set(loadCountryTable(languages).latin.keys());
}

/** True when one word of `lower` (hyphen parts and leading letters included) is a country first word. */
function startsCountry(lower: string, words: ReadonlySet<string>): boolean {
  if (words.has(lower)) return true;
  const letters = LEADING_LETTERS.exec(lower)?.[0];
  if (letters && letters !== lower && words.has(letters)) return true;
  if (lower.includes('-')) for (const part of lower.split('-')) if (words.has(part)) return true;
  return false;
}

/**
 * Sentence offsets [start, end) of the stretches that may name a country, merged, in order:
 * `countryWindows('Kazakh-Chinese talks in Astana', tokens, words)` is [[0, 30]]. `tokens` is null when the
 * sentence was not tokenized; then, and for text in other scripts, the window is the whole sentence.
 */
export function countryWindows(
  text: string,
  tokens: TokenList | null,
  words: ReadonlySet<string>,
): [number, number][] {
  // Not tokenized (the name stage saw nothing to look at closely): the country scan reads the whole sentence.
  if (tokens === null || NON_ASCII.test(text)) return [[0, text.length]];
  const windows: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isCap(i) || !startsCountry(tokens.lower(i), words)) continue;
    const start = tokens.start(i);
    const end = tokens.end(Math.min(i + WINDOW_TOKENS, tokens.length) - 1);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}
