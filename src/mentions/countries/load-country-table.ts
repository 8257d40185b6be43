/**
 * Builds (once per set of options) the country table from the packaged sources; the table of the default
 * languages is read from the generated module data/country-table.generated.ts instead, which
 * scripts/build-tables.ts writes from the same sources and test/mentions/generated-tables.test.ts keeps up to date.
 */
import { collectForms } from './_forms.js';
import { DEFAULT_LANGUAGES, type DemonymData, readDemonyms } from './_sources.js';
import { type CountryTable, createCountryTable } from './country-table.js';
import { countryTableFromJson } from './country-table-json.js';
import {
  COUNTRY_TABLE_LANGUAGES,
  COUNTRY_TABLE_LATIN_JSON,
  COUNTRY_TABLE_OTHERS_JSON,
} from './data/country-table.generated.js';

export { DEFAULT_LANGUAGES };

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
    // The generated table was made in this order of languages: another order may resolve spellings otherwise.
    if (languages.join(',') === COUNTRY_TABLE_LANGUAGES) {
      const generated = countryTableFromJson(COUNTRY_TABLE_LATIN_JSON, COUNTRY_TABLE_OTHERS_JSON);
      cache.set(key, generated);
      return generated;
    }
  }
  const data = demonymData();
  const table = createCountryTable(collectForms({ languages, extraDemonyms }, data), data.prefer);
  if (extraDemonyms === undefined) cache.set(key, table);
  return table;
}
