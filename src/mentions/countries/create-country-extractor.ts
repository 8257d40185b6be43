/** The country stage: names, adjectives and demonyms of countries in a sentence, by ISO alpha-2 code. */
import type { CountryMention, ExtractContext, Extractor, Sentence } from '../../types.js';
import { keepScan, keptScan, mentionsInWindow } from './document-scans.js';
import { DEFAULT_LANGUAGES, loadCountryTable } from './load-country-table.js';
import { scanCountries } from './scan-countries.js';

/** Options: languages of the country names (i18n-iso-countries codes) and extra adjectives by alpha-2 code. */
export interface CountryExtractorOptions {
  languages?: readonly string[];
  /** More adjectives or demonyms: `{ KZ: ['Kazakhstani-made'] }`; English plurals are added. */
  extraDemonyms?: Record<string, string[]>;
}

/**
 * The country extractor, with two ways to share work between the stages that read one document: a whole sentence
 * read through `extractInDocument` is kept (for that document only), and `extractWindow` answers a stretch of it
 * from what was kept when it can (see mentionsInWindow), instead of scanning the stretch again.
 */
export interface CountryExtractor extends Extractor<CountryMention> {
  /** As extract(), keeping the scan for later stages reading the same document object. */
  extractInDocument(document: object, sentence: Sentence, ctx: ExtractContext): CountryMention[];
  /** The mentions in sentence.text[from, to), as extract() on that stretch alone gives them (document offsets). */
  extractWindow(
    document: object,
    sentence: Sentence,
    from: number,
    to: number,
    ctx: ExtractContext,
  ): CountryMention[];
}

/**
 * Builds the country extractor (throws AccordError BAD_INPUT on a bad option):
 * `createCountryExtractor().extract({text: 'Kazakh-Chinese relations', ...}, ctx)` gives "Kazakh" (KZ) and "Chinese" (CN), adjectives.
 */
export function createCountryExtractor({
  languages = DEFAULT_LANGUAGES,
  extraDemonyms,
}: CountryExtractorOptions = {}): CountryExtractor {
  const table = loadCountryTable(languages, extraDemonyms);

  /** The scan of one text; a failure is a debug line and no mention, never an exception. */
  function scan(sentence: Sentence, text: string, offset: number, ctx: ExtractContext, blocked?: number[]) {
    try {
      return scanCountries(text, table, offset, blocked);
    } catch (error) {
      ctx.debug(
        () =>
          `countries: sentence ${sentence.index} skipped: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  }

  return {
    name: 'countries',
    extract(sentence, ctx) {
      return scan(sentence, sentence.text, sentence.start, ctx) ?? [];
    },
    extractInDocument(document, sentence, ctx) {
      const blocked: number[] = [];
      const mentions = scan(sentence, sentence.text, sentence.start, ctx, blocked);
      if (mentions === null) return [];
      keepScan(document, sentence, { text: sentence.text, table, offset: sentence.start, mentions, blocked });
      return mentions;
    },
    extractWindow(document, sentence, from, to, ctx) {
      const kept = keptScan(document, sentence, sentence.text, table);
      const shared = kept ? mentionsInWindow(kept, from, to) : null;
      if (shared) return shared;
      return scan(sentence, sentence.text.slice(from, to), sentence.start + from, ctx) ?? [];
    },
  };
}
