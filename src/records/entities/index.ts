/** Entity records: the people, countries, organisations, places and initiatives a document names, with every mention. */
export {
  createEntityExtractor,
  type EntityExtractor,
  type EntityExtractorOptions,
  type EntityRecord,
} from './create-entity-extractor.js';
export { termOn } from './set-roles.js';
