/**
 * The cheap look before the name steps: a sentence in ASCII whose capitalized words are all country words
 * ("Kazakhstan", "Chinese"), ordinary words ("Tuesday", "The") or its first word, names nothing the steps could
 * find but that first word, so it is not tokenized. Every other sentence (a known name, a title, an unknown
 * capitalized word after the first, an acronym, any non-ASCII text) goes through the steps.
 */
import { isNotNameStart } from './lang/en.js';
import type { NameTable } from './name-table.js';
import { isCountryWord } from './steps/_country-words.js';

/** A sentence is plain when no capitalized word after its first needs the steps; `first` is its first word, if any. */
export interface QuickLook {
  needsSteps: boolean;
  first: string | null;
}

// Matches "SCO" and "EAEU" (two capitals in a row); must not match "G7" or "A".
const TWO_CAPITALS = /[A-Z]{2}/;

/** Acronyms of units, currencies and common terms: never names. */
const PLAIN_ACRONYMS = new Set(
  'TEU GDP USD EUR CNY RMB KZT RUB UZS KGS TJS MNT TRY LNG LPG CEO CFO IT ICT AI VAT FDI SEZ PPP TV CO2 EV GW MW KW KM NB PM AM'.split(
    ' ',
  ),
);

/**
 * True when a data-file name may start at the word ending at `end`: it has a one-word form, or the next word is
 * the second word of one of its forms ("The Hague", "Russian Railways"; not "The talks", "Russian gas").
 */
function startsKnownName(text: string, end: number, lower: string, table: NameTable): boolean {
  if (table.anyCaseFirst.has(lower)) return true;
  const forms = table.byFirst.get(lower);
  if (!forms) return false;
  let next: string | null = null;
  for (const form of forms) {
    if (form.tokens.length === 1) return true;
    next ??= nextWord(text, end);
    if (form.tokens[1] === next) return true;
  }
  return false;
}

/** The word after offset `end`, lower case (punctuation kept as one character): "hague" after "The". */
function nextWord(text: string, end: number): string {
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let stop = i;
  while (stop < text.length && isWordCode(text.charCodeAt(stop))) stop++;
  return (stop === i ? text.slice(i, i + 1) : text.slice(i, stop)).toLowerCase();
}

/** True for ASCII letters, digits, "_", apostrophe and hyphen: the characters of an English word here. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 39 ||
    code === 45
  );
}

// Where the look stops after the first word: a capital letter (a word may start there) or a character beyond ASCII
// (the sentence goes to the steps). Matches "K" and "é"; must not match "k", "1" or "-".
const STOP = /[A-Z\u0080-\uffff]/g;

/** End of the word characters from `i` on. */
function wordEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end;
}

/** True when the capitalized word text[start, end) may start a name the steps could find. */
function capitalNeedsSteps(
  text: string,
  start: number,
  end: number,
  isFirst: boolean,
  table: NameTable,
): boolean {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  if (startsKnownName(text, end, lower, table)) return true;
  const isCountry = isCountryWord(lower);
  // An acronym ("SCO", "EAEU") may be defined or known elsewhere in the document; units and country codes are not.
  // A lower-case second letter rules an acronym out before any upper-case copy is made.
  const isAcronym =
    end - start >= 2 &&
    !isLowerAscii(text.charCodeAt(start + 1)) &&
    word === word.toUpperCase() &&
    TWO_CAPITALS.test(word);
  if (isAcronym) return !isCountry && !PLAIN_ACRONYMS.has(word);
  return !isFirst && !isCountry && !isNotNameStart(lower);
}

/**
 * Looks at the capitalized words of `text` once: `quickLook('Trade between Kazakhstan and China grew.', table)`
 * needs no steps (first word "Trade"); `quickLook('Tokayev met Xi Jinping.', table)` needs them. Words are runs of
 * word characters (isWordCode); the first is read character by character, then the look jumps from one capital
 * letter or character beyond ASCII to the next (STOP), since nothing else can change the answer.
 */
export function quickLook(text: string, table: NameTable): QuickLook {
  let first: string | null = null;
  let i = 0;
  const length = text.length;
  while (i < length && first === null) {
    const code = text.charCodeAt(i);
    if (code >= 128) return { needsSteps: true, first };
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i + 1);
    if (code >= 65 && code <= 90) {
      first = text.slice(i, end);
      if (capitalNeedsSteps(text, i, end, true, table)) return { needsSteps: true, first };
    } else first = '';
    i = end;
  }
  while (i < length) {
    // test, not exec: the match is one character, ending at lastIndex, and no match array is made.
    STOP.lastIndex = i;
    if (!STOP.test(text)) break;
    const at = STOP.lastIndex - 1;
    if (text.charCodeAt(at) >= 128) return { needsSteps: true, first };
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) {
      i = at + 1; // a capital inside a word ("McDonald", "x-Ray"): not where a word starts
      continue;
    }
    const end = wordEnd(text, at + 1);
    if (capitalNeedsSteps(text, at, end, false, table)) return { needsSteps: true, first };
    i = end;
  }
  return { needsSteps: false, first: first || null };
}

/** True for "a" to "z". */
function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}
