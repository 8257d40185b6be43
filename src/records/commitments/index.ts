/** Commitment records: what was promised or planned, by whom, by when, with its sector, target figure and status. */
export {
  type CommitmentExtractor,
  type CommitmentExtractorOptions,
  type CommitmentRecord,
  createCommitmentExtractor,
  objectText,
} from './create-commitment-extractor.js';
export { defaultTimes } from './default-times.js';
export { loadSectors, type SectorTable, sectorsIn } from './sectors.js';
export {
  cuesOf,
  mainPairOf,
  makeView,
  type Named,
  namedBySentence,
  once,
  type SentenceView,
  standalone,
  within,
} from './sentence-view.js';
