/** The cue stage: commitment, denial, condition, signing and agreement words of a sentence, as CueMention[]. */
import type { Extractor } from '../../types.js';
import { tokenize } from '../entities/index.js';
import { type CueTable, createCueTable, scanCues } from './cue-table.js';
import { CUE_LANGUAGES, EN } from './lang/index.js';
import type { CueLanguage, CueMention } from './types.js';

/** Options of the cue stage: the cue words by language (default: the built-in English ones). */
export interface CueExtractorOptions {
  /** Cue words by language code; default the built-in ones (English). */
  languages?: Readonly<Record<string, CueLanguage>>;
}

/** A cue extractor with its tables, for the record stages that scan tokens they already have. */
export interface CueExtractor extends Extractor<CueMention> {
  tableFor(lang: string | null | undefined): CueTable;
}

/**
 * Builds the cue extractor: on "Kazakhstan plans to double trade and has no plans to cut tariffs", `extract`
 * gives a commit cue "plans to" and a denial "no plans to". Sentences without any cue's first word are skipped
 * by one regex test before tokenizing.
 */
export function createCueExtractor({ languages = CUE_LANGUAGES }: CueExtractorOptions = {}): CueExtractor {
  const tables = new Map<string, CueTable>();
  const fallback = createCueTable(languages.en ?? EN);
  for (const [lang, language] of Object.entries(languages))
    tables.set(lang, lang === 'en' ? fallback : createCueTable(language));
  const tableFor = (lang: string | null | undefined): CueTable =>
    (lang ? tables.get(lang) : undefined) ?? fallback;
  return {
    name: 'cues',
    tableFor,
    extract(sentence, ctx) {
      const table = tableFor(ctx.lang);
      if (!table.trigger.test(sentence.text)) return [];
      try {
        return scanCues(sentence.text, tokenize(sentence.text), table, sentence.start);
      } catch (error) {
        ctx.debug(
          () =>
            `cues: sentence ${sentence.index} skipped: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [];
      }
    },
  };
}
