/**
 * The country scan: one pass over a sentence that stops only at capitalized Latin words, Cyrillic
 * words and Han characters (found by one regex of single characters), and looks each one up in the tables.
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

/** End of the Latin letters (and marks) starting at `start`; negative (minus the end, minus one) when one is not ASCII. */
function latinWordEnd(text: string, start: number): number {
  let end = start;
  let ascii = true;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    const value = charClass(code);
    if (value !== LATIN_UPPER && value !== LETTER) break;
    if (code >= 128) ascii = false;
    end++;
  }
  return ascii ? end : -end - 1;
}

/** A number for a word's first letter, length and last letter: "china" and "chile" differ. */
function shape(first: number, length: number, last: number): number {
  return (first * 64 + Math.min(length, 63)) * 65536 + last;
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const latinShapes = new WeakMap<CountryTable, Set<number>>();

/**
 * The shapes of a table's Latin keys, built on first use: an ASCII word whose lower-case shape is not among them
 * has no entry, so most capitalized words ("The", "Officials") are passed over without a lower-case copy.
 */
function shapesOf(table: CountryTable): Set<number> {
  let shapes = latinShapes.get(table);
  if (!shapes) {
    shapes = new Set();
    for (const key of table.latin.keys()) {
      shapes.add(shape(key.charCodeAt(0), key.length, key.charCodeAt(key.length - 1)));
    }
    latinShapes.set(table, shapes);
  }
  return shapes;
}

/** The entries of the Latin word text[start, end) (`ascii` when all its letters are ASCII). */
function latinEntries(
  text: string,
  start: number,
  end: number,
  ascii: boolean,
  table: CountryTable,
): LatinEntry[] | undefined {
  if (ascii) {
    const key = shape(asciiLower(text.charCodeAt(start)), end - start, asciiLower(text.charCodeAt(end - 1)));
    if (!shapesOf(table).has(key)) return undefined;
  }
  return table.latin.get(text.slice(start, end).toLowerCase());
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

/** Adds a mention, or when the entry blocks (code null) notes its span in `blocked` (sentence offsets, flat pairs). */
function emit(
  found: CountryMention[],
  blocked: number[] | undefined,
  text: string,
  start: number,
  end: number,
  offset: number,
  entry: LatinEntry | CyrillicEntry | { code: string | null; form: CountryMention['form']; rule: string },
): void {
  if (entry.code === null) {
    blocked?.push(start, end);
    return;
  }
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

// Where a mention may start: a Latin capital, a Cyrillic letter or a Han character; charClass() and the class of the
// character before then decide (a lookbehind here would cost twice the scan). Matches "K" in "to Kazakhstan", "Ж"
// and "中"; must not match "a", "k" or "1".
const CANDIDATE = /[A-Z\u00c0-\u024f\u1e00-\u1eff\u0400-\u052f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/**
 * Country mentions in `text`, with offsets shifted by `offset`:
 * `scanCountries("Kazakhstan’s ties with China", table, 0)` gives "Kazakhstan" (KZ, 0..10) and "China" (CN, 23..28).
 * Jumps between candidate characters (CANDIDATE); the class of the character before a candidate is what a visit
 * of every character would have carried to it, since a mention or a skipped word ends where the next one may start.
 * When `blocked` is given, the spans of forms that matched but name no country ("New Mexico") are added to it as
 * [start, end] pairs in `text` offsets: like mentions, the scan steps over them (see mentionsInWindow).
 */
export function scanCountries(
  text: string,
  table: CountryTable,
  offset = 0,
  blocked?: number[],
): CountryMention[] {
  const found: CountryMention[] = [];
  let i = 0;
  while (i < text.length) {
    CANDIDATE.lastIndex = i;
    if (CANDIDATE.exec(text) === null) break;
    i = CANDIDATE.lastIndex - 1;
    const code = text.charCodeAt(i);
    const value = charClass(code);
    const previous = i === 0 ? SPACE : charClass(text.charCodeAt(i - 1));
    let end = -1;
    if (value === LATIN_UPPER && !isWordClass(previous)) {
      const scanned = latinWordEnd(text, i);
      const wordEnd = scanned >= 0 ? scanned : -scanned - 1;
      const entries = latinEntries(text, i, wordEnd, scanned >= 0, table);
      if (entries) {
        for (const entry of entries) {
          const matched = matchLatin(text, i, entry);
          if (matched > i && endsWell(text, matched, entry)) {
            emit(found, blocked, text, i, matched, offset, entry);
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
            emit(found, blocked, text, i, matched, offset, entry);
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
            emit(found, blocked, text, i, i + entry.text.length, offset, entry);
            end = i + entry.text.length;
            break;
          }
        }
      }
    }
    i = end > i ? end : i + 1;
  }
  return found;
}
