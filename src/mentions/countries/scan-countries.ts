/**
 * The country scan: one pass over a sentence that stops only at capitalized Latin words, Cyrillic
 * words and Han characters, and looks each one up in the tables (no regex over the text).
 */
import type { CountryMention } from '../../types.js';
import {
  CYRILLIC,
  charClass,
  foldCase,
  HAN,
  isApostrophe,
  isHyphen,
  isWordClass,
  LATIN_UPPER,
  LETTER,
  SPACE,
} from './_chars.js';
import type { CountryTable, CyrillicEntry, LatinEntry } from './country-table.js';
import { matchesStem, russianLower } from './russian-stem.js';

/** Most whitespace characters allowed where a phrase has one space ("South  Korea"). */
const MAX_SPACES = 3;

/** End of the Latin letters (and marks) starting at `start`. */
function latinWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const value = charClass(text.charCodeAt(end));
    if (value !== LATIN_UPPER && value !== LETTER) break;
    end++;
  }
  return end;
}

/** End of `entry` matched at `start`, or -1: case-insensitive, any whitespace for a space, any apostrophe for "'". */
function matchLatin(text: string, start: number, entry: LatinEntry): number {
  if (entry.cased !== null) return text.startsWith(entry.cased, start) ? start + entry.cased.length : -1;
  const phrase = entry.phrase;
  let at = start;
  for (let i = 0; i < phrase.length; i++) {
    const wanted = phrase.charCodeAt(i);
    if (wanted === 32) {
      let spaces = 0;
      while (spaces < MAX_SPACES && at < text.length && charClass(text.charCodeAt(at)) === SPACE) {
        at++;
        spaces++;
      }
      if (spaces === 0) return -1;
      continue;
    }
    if (at >= text.length) return -1;
    const code = text.charCodeAt(at);
    const same =
      wanted === 39 ? isApostrophe(code) : wanted === 45 ? isHyphen(code) : foldCase(code) === wanted;
    if (!same) return -1;
    at++;
  }
  return at;
}

/** True when a Latin match may end at `end`: no letter or digit follows, no "$" after an abbreviation ("US$"), only "'s" after an apostrophe. */
function endsWell(text: string, end: number, entry: LatinEntry): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (isWordClass(charClass(code))) return false;
  if (code === 36 && entry.cased !== null) return false;
  if (isApostrophe(code) && end + 1 < text.length && isWordClass(charClass(text.charCodeAt(end + 1)))) {
    const s = foldCase(text.charCodeAt(end + 1)) === 115;
    const after = end + 2 < text.length ? charClass(text.charCodeAt(end + 2)) : SPACE;
    return s && !isWordClass(after);
  }
  return true;
}

/** End of the Cyrillic letters starting at `start`. */
function cyrillicWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && charClass(text.charCodeAt(end)) === CYRILLIC) end++;
  return end;
}

/** End of `entry` matched word by word at `start` (words joined by spaces, hyphens or apostrophes), or -1. */
function matchCyrillic(
  text: string,
  start: number,
  firstEnd: number,
  firstWord: string,
  entry: CyrillicEntry,
): number {
  if (entry.needsCapital && text.charAt(start) === text.charAt(start).toLowerCase()) return -1;
  if (!matchesStem(firstWord, entry.stems[0] as string)) return -1;
  let end = firstEnd;
  for (let i = 1; i < entry.stems.length; i++) {
    let at = end;
    let gap = 0;
    while (at < text.length && gap < MAX_SPACES) {
      const code = text.charCodeAt(at);
      if (charClass(code) !== SPACE && !isHyphen(code) && !isApostrophe(code)) break;
      at++;
      gap++;
    }
    const wordEnd = cyrillicWordEnd(text, at);
    if (
      gap === 0 ||
      wordEnd === at ||
      !matchesStem(russianLower(text.slice(at, wordEnd)), entry.stems[i] as string)
    )
      return -1;
    end = wordEnd;
  }
  return end;
}

/** Adds a mention unless the entry blocks (code null). */
function emit(
  found: CountryMention[],
  text: string,
  start: number,
  end: number,
  offset: number,
  entry: LatinEntry | CyrillicEntry | { code: string | null; form: CountryMention['form']; rule: string },
): void {
  if (entry.code === null) return;
  found.push({
    kind: 'country',
    text: text.slice(start, end),
    start: offset + start,
    end: offset + end,
    code: entry.code,
    form: entry.form,
    rule: entry.rule,
  });
}

/**
 * Country mentions in `text`, with offsets shifted by `offset`:
 * `scanCountries("Kazakhstan’s ties with China", table, 0)` gives "Kazakhstan" (KZ, 0..10) and "China" (CN, 23..28).
 */
export function scanCountries(text: string, table: CountryTable, offset = 0): CountryMention[] {
  const found: CountryMention[] = [];
  let previous = SPACE;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const value = charClass(code);
    let end = -1;
    if (value === LATIN_UPPER && !isWordClass(previous)) {
      const wordEnd = latinWordEnd(text, i);
      const entries = table.latin.get(text.slice(i, wordEnd).toLowerCase());
      if (entries) {
        for (const entry of entries) {
          const matched = matchLatin(text, i, entry);
          if (matched > i && endsWell(text, matched, entry)) {
            emit(found, text, i, matched, offset, entry);
            end = matched;
            break;
          }
        }
      }
      if (end < 0) end = wordEnd;
    } else if (value === CYRILLIC && !isWordClass(previous)) {
      const wordEnd = cyrillicWordEnd(text, i);
      const word = russianLower(text.slice(i, wordEnd));
      const entries = table.cyrillic.get(word.slice(0, 3));
      if (entries) {
        for (const entry of entries) {
          const matched = matchCyrillic(text, i, wordEnd, word, entry);
          if (matched > i && (matched >= text.length || !isWordClass(charClass(text.charCodeAt(matched))))) {
            emit(found, text, i, matched, offset, entry);
            end = matched;
            break;
          }
        }
      }
      if (end < 0) end = wordEnd;
    } else if (value === HAN) {
      const entries = table.han.get(code);
      if (entries) {
        for (const entry of entries) {
          if (text.startsWith(entry.text, i)) {
            emit(found, text, i, i + entry.text.length, offset, entry);
            end = i + entry.text.length;
            break;
          }
        }
      }
    }
    if (end > i) {
      previous = charClass(text.charCodeAt(end - 1));
      i = end;
    } else {
      previous = value;
      i++;
    }
  }
  return found;
}
