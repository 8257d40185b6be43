/** Builds (once per set of options) the country table from the packaged sources. */
import { collectForms } from './_forms.js';
import { type DemonymData, readDemonyms } from './_sources.js';
import { type CountryTable, createCountryTable } from './country-table.js';

/** Languages whose country names are loaded by default: English first, then Russian and Chinese. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'ru', 'zh'];

let demonyms: DemonymData | null = null;
const cache = new Map<string, CountryTable>();

/** data/demonyms.json, read once: `demonymData().prefer.Congo` is "CG". */
export function demonymData(): DemonymData {
  demonyms ??= readDemonyms();
  return demonyms;
}

/**
 * The table for some languages and extra adjectives; tables without extras are cached:
 * `loadCountryTable(['en']).latin.get('kazakhstan')` holds the KZ entry.
 */
export function loadCountryTable(
  languages: readonly string[] = DEFAULT_LANGUAGES,
  extraDemonyms?: Record<string, string[]>,
): CountryTable {
  const key = [...new Set(languages)].sort().join(',');
  if (extraDemonyms === undefined) {
    const cached = cache.get(key);
    if (cached) return cached;
  }
  const data = demonymData();
  const table = createCountryTable(collectForms({ languages, extraDemonyms }, data), data.prefer);
  if (extraDemonyms === undefined) cache.set(key, table);
  return table;
}
