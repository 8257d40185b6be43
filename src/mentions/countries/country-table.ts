/**
 * The lookup tables of the country scan, built once at start-up: Latin phrases by their first word,
 * Russian stems by their first three letters, Han names by their first character; longest first.
 */
import type { CountryMention } from '../../types.js';
import { CYRILLIC, charClass, HAN } from './_chars.js';
import { russianLower, russianStem } from './russian-stem.js';

/** One way of writing a country (or a phrase that blocks one: code null), with where it came from. */
export interface CountryForm {
  text: string;
  code: string | null;
  form: CountryMention['form'];
  rule: string;
  /** Higher wins when two sources disagree on a form: i18n names 0, data 1, the user 2, notCountries 3. */
  priority: number;
}

interface Entry {
  code: string | null;
  form: CountryMention['form'];
  rule: string;
}

/** A Latin-script phrase, lower case, single-spaced, "'" for every apostrophe; `cased` is set for abbreviations ("US"). */
export interface LatinEntry extends Entry {
  phrase: string;
  cased: string | null;
}

/** A Cyrillic phrase as stems, one per word; names must be capitalized, adjectives need not. */
export interface CyrillicEntry extends Entry {
  stems: string[];
  needsCapital: boolean;
}

/** A Han phrase, compared as written. */
export interface HanEntry extends Entry {
  text: string;
}

/** The tables; the Cyrillic and Han ones are built on first use, which English text never makes. */
export interface CountryTable {
  readonly latin: Map<string, LatinEntry[]>;
  readonly cyrillic: Map<string, CyrillicEntry[]>;
  readonly han: Map<number, HanEntry[]>;
  /** Number of distinct forms, for the load report. */
  readonly size: number;
}

// Matches "the " at the start of "the Netherlands"; must not match "Thessaly".
const LEADING_THE = /^the\s+/i;
// Matches "’" and "ʼ"; must not match "'" (already plain) or "s".
const CURLY_APOSTROPHE = /[’‘ʼ]/g;
// Matches runs of spaces, tabs and no-break spaces; must not match "-".
const WHITESPACE = /\s+/g;
// Matches "US", "U.S.", "PRC", "U.A.E."; must not match "Us", "DR Congo" or "U".
const ABBREVIATION = /^(?:[A-Z]\.?){2,5}$/;
// Splits "Российская Федерация" and "Кот-д’Ивуар" into words; must not split "Казахстан".
const NON_LETTERS = /[^\p{L}]+/u;

/** A form (NFC already) as plain text: plain apostrophes, single spaces, no leading "the": "the  People’s Republic" is "People's Republic". */
export function plainForm(text: string): string {
  return text.replace(CURLY_APOSTROPHE, "'").replace(WHITESPACE, ' ').trim().replace(LEADING_THE, '');
}

/** The first word of a Latin phrase (letters only): `firstWord('u.s.')` is "u", `firstWord("people's republic")` is "people". */
export function firstWord(phrase: string): string {
  let end = 0;
  while (
    end < phrase.length &&
    charClass(phrase.charCodeAt(end)) >= 4 &&
    charClass(phrase.charCodeAt(end)) <= 5
  )
    end++;
  return phrase.slice(0, end);
}

/** Which table a form goes to, by its first character. */
function scriptOf(text: string): 'latin' | 'cyrillic' | 'han' {
  const value = charClass(text.charCodeAt(0));
  if (value === HAN) return 'han';
  if (value === CYRILLIC) return 'cyrillic';
  return 'latin';
}

/** Adds `value` to the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Picks one form per spelling: the highest priority; among those the preferred code ("Congo" -> CG),
 * else the one code they share (a name over an adjective); several codes and no preference drop the spelling.
 * The forms' texts are plain already (plainForm), none empty.
 */
function resolve(forms: readonly CountryForm[], prefer: ReadonlyMap<string, string>): CountryForm[] {
  const bySpelling = new Map<string, CountryForm[]>();
  for (const form of forms) {
    const text = form.text;
    push(bySpelling, ABBREVIATION.test(text) ? text : text.toLowerCase(), form);
  }
  const chosen: CountryForm[] = [];
  for (const [spelling, candidates] of bySpelling) {
    if (candidates.length === 1) {
      chosen.push(candidates[0] as CountryForm);
      continue;
    }
    const top = Math.max(...candidates.map((form) => form.priority));
    const best = candidates.filter((form) => form.priority === top);
    const preferred = prefer.get(spelling.toLowerCase());
    const pool = best.some((form) => form.code === preferred)
      ? best.filter((form) => form.code === preferred)
      : best;
    if (new Set(pool.map((form) => form.code)).size > 1) continue;
    chosen.push(pool.find((form) => form.form === 'name') ?? (pool[0] as CountryForm));
  }
  return chosen;
}

/** The forms of a table resolved by script: Latin entries filed by first word, the other scripts' forms resolved on first call. */
export interface ResolvedCountryForms {
  latin: Map<string, LatinEntry[]>;
  /** Number of Latin entries. */
  latinSize: number;
  /** The Cyrillic and Han forms, resolved (once) when called. */
  others: () => readonly CountryForm[];
}

/**
 * Resolves forms script by script: `resolveCountryForms(forms, {Congo: 'CG'}).latin.get('congo')` holds the CG
 * entry. Spellings of two scripts never meet, so each script is resolved apart: the Latin forms now, the Cyrillic
 * and Han ones (a third of the forms) when `others` is first called.
 */
export function resolveCountryForms(
  forms: readonly CountryForm[],
  prefer: Readonly<Record<string, string>> = {},
): ResolvedCountryForms {
  const preferred = new Map(
    Object.entries(prefer).map(([text, code]) => [plainForm(text).toLowerCase(), code]),
  );
  const latinForms: CountryForm[] = [];
  const otherForms: CountryForm[] = [];
  for (const form of forms) {
    const text = plainForm(form.text);
    if (text === '') continue;
    (scriptOf(text) === 'latin' ? latinForms : otherForms).push({ ...form, text });
  }
  const latin = new Map<string, LatinEntry[]>();
  let latinSize = 0;
  for (const form of resolve(latinForms, preferred)) {
    const phrase = form.text.toLowerCase();
    const key = firstWord(phrase);
    if (key === '') continue;
    const entry = { code: form.code, form: form.form, rule: form.rule };
    push(latin, key, { ...entry, phrase, cased: ABBREVIATION.test(form.text) ? form.text : null });
    latinSize++;
  }
  for (const list of latin.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  let others: CountryForm[] | null = null;
  return { latin, latinSize, others: () => (others ??= resolve(otherForms, preferred)) };
}

/**
 * The tables of resolved forms: the Latin one as given, the Cyrillic and Han ones (and Russian stemming) built
 * when the scan first meets such a letter, which English text never makes it do.
 */
export function assembleCountryTable({ latin, latinSize, others }: ResolvedCountryForms): CountryTable {
  let otherTables: Pick<CountryTable, 'cyrillic' | 'han' | 'size'> | null = null;
  const built = () => {
    otherTables ??= buildOtherTables(others(), latinSize);
    return otherTables;
  };
  return {
    latin,
    get cyrillic() {
      return built().cyrillic;
    },
    get han() {
      return built().han;
    },
    get size() {
      return built().size;
    },
  };
}

/**
 * Builds the tables from forms: `createCountryTable([{text: 'Kazakhstan', code: 'KZ', form: 'name', rule: 'name:en', priority: 0}])`
 * has the Latin key "kazakhstan". `prefer` settles a spelling shared by several codes ("Congo" -> CG).
 */
export function createCountryTable(
  forms: readonly CountryForm[],
  prefer: Readonly<Record<string, string>> = {},
): CountryTable {
  return assembleCountryTable(resolveCountryForms(forms, prefer));
}

/** The Cyrillic and Han tables from resolved forms of those scripts; `size` counts `latinSize` forms more. */
function buildOtherTables(
  forms: readonly CountryForm[],
  latinSize: number,
): Pick<CountryTable, 'cyrillic' | 'han' | 'size'> {
  const cyrillic = new Map<string, CyrillicEntry[]>();
  const han = new Map<number, HanEntry[]>();
  let size = latinSize;
  for (const form of forms) {
    const entry = { code: form.code, form: form.form, rule: form.rule };
    if (scriptOf(form.text) === 'han') {
      push(han, form.text.charCodeAt(0), { ...entry, text: form.text });
    } else {
      const stems = russianLower(form.text)
        .split(NON_LETTERS)
        .filter((word) => word !== '')
        .map(russianStem);
      const first = stems[0];
      if (first === undefined) continue;
      const needsCapital = form.form === 'name' && form.text.charAt(0) !== form.text.charAt(0).toLowerCase();
      push(cyrillic, first.slice(0, 3), { ...entry, stems, needsCapital });
    }
    size++;
  }
  for (const list of cyrillic.values())
    list.sort((a, b) => b.stems.join(' ').length - a.stems.join(' ').length);
  for (const list of han.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { cyrillic, han, size };
}
