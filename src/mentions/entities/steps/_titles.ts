/** Titles before names, as a token table, and how a title and a country make a role. */
import { countryCode, countryName } from '../../countries/index.js';
import { type TokenList, tokenize } from '../_tokens.js';
import { TITLES } from '../lang/en.js';

/** Titles by first token, longest first. */
const TITLE_TABLE = new Map<string, string[][]>();
for (const title of TITLES) {
  const tokens = tokenize(title);
  const lowers: string[] = [];
  for (let i = 0; i < tokens.length; i++) lowers.push(tokens.lower(i));
  const list = TITLE_TABLE.get(lowers[0] as string) ?? [];
  list.push(lowers);
  TITLE_TABLE.set(lowers[0] as string, list);
}
for (const list of TITLE_TABLE.values()) list.sort((a, b) => b.length - a.length);

/** Every word of every title, for a cheap look-back from a name. */
const TITLE_WORDS = new Set([...TITLE_TABLE.values()].flat(2));

/** End of the title starting at token `i` ("Foreign Minister", "prime minister"), or -1. */
export function titleEnd(tokens: TokenList, i: number): number {
  const list = TITLE_TABLE.get(tokens.lower(i));
  if (!list) return -1;
  for (const title of list) {
    let k = 0;
    while (k < title.length && tokens.lower(i + k) === title[k]) k++;
    if (k === title.length) return i + k;
  }
  return -1;
}

/** True when token `i` starts a title. */
export function isTitleStart(tokens: TokenList, i: number): boolean {
  return tokens.kind(i) === 1 && TITLE_TABLE.has(tokens.lower(i));
}

/** True when token `i` is a word of some title ("minister", "foreign", "president"). */
export function isTitleWord(tokens: TokenList, i: number): boolean {
  return tokens.kind(i) === 1 && TITLE_WORDS.has(tokens.lower(i));
}

// Matches the "f" of "foreign" and the "g" after "-" in "secretary-general"; must not match "F" or the "o" of "of".
const WORD_START_LOWER = /(^|-)(\p{Ll})/gu;

/** Words a title keeps in lower case: "Minister of Foreign Affairs". */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in']);

/** A title in title case: "foreign minister" is "Foreign Minister", "minister of the economy" "Minister of the Economy". */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.replace(
            WORD_START_LOWER,
            (_, before: string, letter: string) => before + letter.toUpperCase(),
          ),
    )
    .join(' ');
}

/** ISO code of the country token `i` names ("Kazakhstan", "Kazakh", "Chinese"), or null; short words skipped. */
export function countryOfToken(tokens: TokenList, i: number): string | null {
  if (!tokens.isCap(i) || tokens.size(i) < 3) return null;
  return countryCode(tokens.word(i));
}

/** The country written just before a title: "Kazakhstan's President" and "Kazakh President" give KZ; else null. */
export function countryBefore(tokens: TokenList, titleStart: number): string | null {
  if (tokens.lower(titleStart - 1) === "'s") return countryOfToken(tokens, titleStart - 2);
  return countryOfToken(tokens, titleStart - 1);
}

/** "President" and KZ make "President of Kazakhstan"; a title that already names a country stays as it is. */
export function roleOf(title: string, country: string | null, titleNamesCountry: boolean): string {
  return country && !titleNamesCountry ? `${title} of ${countryName(country)}` : title;
}
