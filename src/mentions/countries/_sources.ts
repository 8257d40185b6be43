/** Where country words come from: i18n-iso-countries for names, data/demonyms.json for the rest. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';
import { AccordError } from '../../errors.js';

const require = createRequire(import.meta.url);

/** Languages whose country names are loaded by default: English first, then Russian and Chinese. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'ru', 'zh'];

/** Path of the demonym file, the same from src/ and from dist/. */
export const DEMONYMS_URL = new URL('../../../data/demonyms.json', import.meta.url);

/** The contents of data/demonyms.json, checked. */
export interface DemonymData {
  adjectives: Record<string, string[]>;
  aliases: Record<string, string[]>;
  prefer: Record<string, string>;
  notCountries: string[];
  display: Record<string, string>;
}

/**
 * Codes ISO 3166-1 reserves that reporting treats as parties: the European Union trades and signs
 * agreements as one ("EU-China trade"), so its figures are filed under EU, not under a member.
 */
const PARTY_CODES: ReadonlySet<string> = new Set(['EU']);

/** True for an ISO 3166-1 alpha-2 code the package knows, or a reserved party code: `isCountryCode('KZ')` and `isCountryCode('EU')` are true, `isCountryCode('kz')` false. */
export function isCountryCode(code: string): boolean {
  // Matches "KZ"; must not match "kz", "KAZ" or "K1".
  return /^[A-Z]{2}$/.test(code) && (countries.isValid(code) || PARTY_CODES.has(code));
}

/** Checks a code -> words record: `checkForms({KZ: ['Kazakh']}, 'x')` returns it; `{kz: 'Kazakh'}` throws. */
export function checkForms(value: unknown, where: string): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AccordError('BAD_INPUT', `${where}: expected an object of ISO alpha-2 codes to lists of words`);
  }
  for (const [code, words] of Object.entries(value)) {
    if (!isCountryCode(code))
      throw new AccordError('BAD_INPUT', `${where}: "${code}" is not an ISO 3166-1 alpha-2 code`);
    if (!Array.isArray(words) || words.some((word) => typeof word !== 'string' || word.trim() === '')) {
      throw new AccordError('BAD_INPUT', `${where}.${code}: expected a list of non-empty strings`);
    }
  }
  return value as Record<string, string[]>;
}

/** Reads and checks data/demonyms.json: `readDemonyms().adjectives.KZ` includes "Kazakh". Throws AccordError when malformed. */
export function readDemonyms(url: URL = DEMONYMS_URL): DemonymData {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new AccordError('UNREADABLE', `${url.pathname}: cannot read the country demonyms`, {
      cause: error,
    });
  }
  const where = url.pathname;
  const data = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const prefer = (data.prefer ?? {}) as Record<string, unknown>;
  const display = (data.display ?? {}) as Record<string, unknown>;
  const notCountries = data.notCountries ?? [];
  if (!Array.isArray(notCountries) || notCountries.some((word) => typeof word !== 'string')) {
    throw new AccordError('BAD_INPUT', `${where}: notCountries must be a list of strings`);
  }
  for (const [word, code] of Object.entries(prefer)) {
    if (typeof code !== 'string' || !isCountryCode(code))
      throw new AccordError('BAD_INPUT', `${where}: prefer.${word} must be an alpha-2 code`);
  }
  for (const [code, name] of Object.entries(display)) {
    if (!isCountryCode(code) || typeof name !== 'string')
      throw new AccordError('BAD_INPUT', `${where}: display.${code} must be a name`);
  }
  return {
    adjectives: checkForms(data.adjectives ?? {}, `${where}: adjectives`),
    aliases: checkForms(data.aliases ?? {}, `${where}: aliases`),
    prefer: prefer as Record<string, string>,
    notCountries: notCountries as string[],
    display: display as Record<string, string>,
  };
}

/**
 * All names i18n-iso-countries has for a language, by code, or null when it has no such language:
 * `isoNames('en')?.CN` is ["People's Republic of China", "China"]. Loads only that language's file.
 */
export function isoNames(lang: string): Record<string, string[]> | null {
  const cached = namesByLanguage.get(lang);
  if (cached) return cached;
  const supported = countries.getSupportedLanguages() as string[];
  if (!supported.includes(lang)) return null;
  const locale = require(`i18n-iso-countries/langs/${lang}.json`) as {
    countries: Record<string, string | string[]>;
  };
  const names: Record<string, string[]> = {};
  for (const [code, value] of Object.entries(locale.countries))
    names[code] = Array.isArray(value) ? value : [value];
  namesByLanguage.set(lang, names);
  return names;
}

const namesByLanguage = new Map<string, Record<string, string[]>>();

/** Alpha-2 code of an alpha-3 code: `alpha3ToAlpha2('KAZ')` is "KZ"; unknown gives null. */
export function alpha3ToAlpha2(code: string): string | null {
  // Matches "KAZ"; must not match "kaz" or "KA".
  if (!/^[A-Z]{3}$/.test(code)) return null;
  return countries.alpha3ToAlpha2(code) ?? null;
}
