/** Cue mentions: the words that mark commitments, denials, conditions, signings and agreements, by language. */
export { type CueExtractor, type CueExtractorOptions, createCueExtractor } from './create-cue-extractor.js';
export { type CueTable, createCueTable, scanCues } from './cue-table.js';
export { CUE_LANGUAGES, cueLanguage, EN } from './lang/index.js';
export { lemma } from './lemma.js';
export type { CueEntry, CueKind, CueLanguage, CueMention } from './types.js';
