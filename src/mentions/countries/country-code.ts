/** Country lookups for other stages: a name or adjective to its code, a code to its English name. */
import { alpha3ToAlpha2, isCountryCode, isoNames } from './_sources.js';
import { DEFAULT_LANGUAGES, demonymData, loadCountryTable } from './load-country-table.js';
import { scanCountries } from './scan-countries.js';

// Matches "'s" and "’s" at the end; must not match "s" alone.
const POSSESSIVE_END = /['’]s$/;
// Matches "the " at the start; must not match "there".
const LEADING_THE = /^the\s+/i;

/** The code of the one country `text` names from end to end, or null. */
function wholeMatch(text: string, languages: readonly string[]): string | null {
  const [mention, ...others] = scanCountries(text, loadCountryTable(languages));
  return mention && others.length === 0 && mention.start === 0 && mention.end === text.length
    ? mention.code
    : null;
}

/**
 * ISO alpha-2 code of a country name, adjective, demonym or code, or null: `countryCode('Kazakh')` is "KZ",
 * `countryCode("China's")` "CN", `countryCode('Казахстана')` "KZ", `countryCode('Chine', 'fr')` "CN", `countryCode('us')` null.
 * Names of `lang` are loaded on first use when it is not one of English, Russian, Chinese; an unknown `lang` is ignored.
 */
export function countryCode(nameOrAdjective: string, lang?: string): string | null {
  const text = nameOrAdjective.normalize('NFC').trim().replace(LEADING_THE, '').replace(POSSESSIVE_END, '');
  if (text === '') return null;
  if (isCountryCode(text)) return text;
  const fromAlpha3 = alpha3ToAlpha2(text);
  if (fromAlpha3) return fromAlpha3;
  const extra = lang !== undefined && !DEFAULT_LANGUAGES.includes(lang) && isoNames(lang) !== null;
  const languages = extra ? [...DEFAULT_LANGUAGES, lang] : DEFAULT_LANGUAGES;
  return wholeMatch(text, languages) ?? wholeMatch(text.charAt(0).toUpperCase() + text.slice(1), languages);
}

/** English name of a code for people to read: `countryName('CN')` is "China", `countryName('kz')` "Kazakhstan"; an unknown code comes back as given. */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  return demonymData().display[upper] ?? isoNames('en')?.[upper]?.[0] ?? code;
}
