/** Country mentions: the extractor, and the lookups later stages reuse. */
export { countryCode, countryName } from './country-code.js';
export {
  type CountryExtractor,
  type CountryExtractorOptions,
  createCountryExtractor,
} from './create-country-extractor.js';
export { DEFAULT_LANGUAGES } from './load-country-table.js';
