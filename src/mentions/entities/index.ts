/** Entity mentions: names of people, organisations, places and initiatives in a sentence, and the data behind them. */
export {
  type DocumentTokens,
  documentTokens,
  HAN_RUN,
  NUMBER,
  PUNCT,
  TokenList,
  tokenize,
  WORD,
} from './_tokens.js';
export {
  createNameExtractor,
  type NameExtractor,
  type NameExtractorOptions,
} from './create-name-extractor.js';
export { loadEntityData } from './load-entity-data.js';
export { createNameTable, matchName, type NameTable } from './name-table.js';
export { plainApostrophes, plainMarks } from './plain-text.js';
export type { EntityData, ExtraEntityData, KnownEntity, LeaderTerm, NameMention } from './types.js';
