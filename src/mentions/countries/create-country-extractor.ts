/** The country stage: names, adjectives and demonyms of countries in a sentence, by ISO alpha-2 code. */
import type { CountryMention, Extractor } from '../../types.js';
import { DEFAULT_LANGUAGES, loadCountryTable } from './load-country-table.js';
import { scanCountries } from './scan-countries.js';

/** Options: languages of the country names (i18n-iso-countries codes) and extra adjectives by alpha-2 code. */
export interface CountryExtractorOptions {
  languages?: readonly string[];
  /** More adjectives or demonyms: `{ KZ: ['Kazakhstani-made'] }`; English plurals are added. */
  extraDemonyms?: Record<string, string[]>;
}

/**
 * Builds the country extractor (throws AccordError BAD_INPUT on a bad option):
 * `createCountryExtractor().extract({text: 'Kazakh-Chinese relations', ...}, ctx)` gives "Kazakh" (KZ) and "Chinese" (CN), adjectives.
 */
export function createCountryExtractor({
  languages = DEFAULT_LANGUAGES,
  extraDemonyms,
}: CountryExtractorOptions = {}): Extractor<CountryMention> {
  const table = loadCountryTable(languages, extraDemonyms);
  return {
    name: 'countries',
    extract(sentence, ctx) {
      try {
        return scanCountries(sentence.text, table, sentence.start);
      } catch (error) {
        ctx.debug(
          () =>
            `countries: sentence ${sentence.index} skipped: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [];
      }
    },
  };
}
