/**
 * The figure stage: runs the quantity, time and country extractors on a document's sentences and assembles
 * Figure records. Cheap first: quantities on every sentence; times only where a quantity is; countries of the
 * whole document only when a figure needs the document's main pair.
 */
import { type CountryExtractor, createCountryExtractor } from '../../mentions/countries/index.js';
import { createQuantityExtractor } from '../../mentions/quantities/index.js';
import { createTimeExtractor } from '../../mentions/time/index.js';
import type {
  CountryMention,
  Document,
  ExtractContext,
  Extractor,
  Figure,
  QuantityMention,
  Sentence,
  TimeMention,
} from '../../types.js';
import type { FigureRefiner, SentenceMentions } from './_draft.js';
import { assembleFigures } from './assemble-figures.js';
import { mainPair } from './main-pair.js';
import { createTableReader, isTableRow } from './table/read-table.js';
import { createNoteReader } from './table/unit-note.js';
import { compileTaxonomy, loadTaxonomy, type Taxonomy } from './taxonomy.js';

export interface FigureExtractorOptions {
  /** Indicator taxonomy; default the built-in data/taxonomy.json (read once). */
  taxonomy?: Taxonomy;
  /** Mention extractors, replaceable in tests; default the project's own. */
  quantities?: Extractor<QuantityMention>;
  times?: Extractor<TimeMention>;
  countries?: Extractor<CountryMention>;
  refiners?: readonly FigureRefiner[];
}

/** Hints a caller may know better than the document: the pair it is about (a one-sentence test case has none). */
export interface FigureHints {
  pair?: string[];
}

export interface FigureExtractor {
  name: 'figures';
  extractDocument(document: Document, ctx?: Partial<ExtractContext>, hints?: FigureHints): Figure[];
}

const noDebug = (): void => {};

/** The mention extractors and what is known of the document's countries, for reading table headings. */
interface TableDeps {
  quantities: Extractor<QuantityMention>;
  times: Extractor<TimeMention>;
  /** The country mentions of a sentence of the document. */
  countriesIn: (sentence: Sentence) => CountryMention[];
  countriesOf: Map<number, CountryMention[]>;
  ctx: ExtractContext;
}

/** True when a quantity of the sentence stands outside its times ("2101" as a year heading is no figure). */
function hasFreeQuantity({ quantities, times }: SentenceMentions): boolean {
  let t = 0;
  for (const q of quantities) {
    while (t < times.length && (times[t] as TimeMention).end <= q.start) t++;
    const time = times[t];
    if (!time || time.start > q.start || time.end < q.end) return true;
  }
  return false;
}

/** Gives each table row among `found` the headings of its table (heading row and caption), read once per table. */
function readTables(document: Document, found: SentenceMentions[], deps: TableDeps): void {
  const { quantities, times, countriesIn, countriesOf, ctx } = deps;
  const byIndex = new Map(found.map((m) => [m.sentence.index, m]));
  const read = createTableReader({
    sentences: document.sentences,
    mentionsOf(index) {
      const known = byIndex.get(index);
      if (known) return known;
      const sentence = document.sentences[index] as Sentence;
      const named = countriesOf.get(index) ?? countriesIn(sentence);
      countriesOf.set(index, named);
      return { sentence, quantities: [], times: times.extract(sentence, ctx), countries: named };
    },
    hasQuantities: (index) => {
      const mentions = byIndex.get(index);
      return !!mentions && hasFreeQuantity(mentions);
    },
    readNote: createNoteReader(quantities, ctx),
  });
  for (const mentions of found) if (isTableRow(mentions.sentence)) mentions.table = read(mentions);
}

/**
 * `createFigureExtractor().extractDocument(doc)` on "Bilateral trade reached $41 billion last year." (published
 * 2024-07-03) gives one figure: 41000000000 USD, measure "bilateral trade", trade.total, period 2023, actual.
 */
export function createFigureExtractor(options: FigureExtractorOptions = {}): FigureExtractor {
  const {
    taxonomy = loadTaxonomy(),
    quantities = createQuantityExtractor(),
    times = createTimeExtractor(),
    refiners,
  } = options;
  // The built-in country extractor keeps its whole-sentence scans for the entity stage (see document-scans.ts); a
  // replaced one (tests) is called as it is.
  const sharedCountries: CountryExtractor | null = options.countries ? null : createCountryExtractor();
  const countries = options.countries ?? (sharedCountries as CountryExtractor);
  const compiled = compileTaxonomy(taxonomy);
  return {
    name: 'figures',
    extractDocument(document, ctx = {}, hints = {}) {
      const context: ExtractContext = {
        published: document.published,
        lang: document.lang ?? 'en',
        debug: noDebug,
        ...ctx,
      };
      const countriesIn = (sentence: Sentence): CountryMention[] =>
        sharedCountries
          ? sharedCountries.extractInDocument(document, sentence, context)
          : countries.extract(sentence, context);
      const found: SentenceMentions[] = [];
      for (const sentence of document.sentences) {
        const q = quantities.extract(sentence, context);
        if (q.length > 0) found.push({ sentence, quantities: q, times: [], countries: [] });
      }
      if (found.length === 0) return [];
      const countriesOf = new Map<number, CountryMention[]>();
      let rows = 0;
      for (const mentions of found) {
        mentions.times = times.extract(mentions.sentence, context);
        mentions.countries = countriesIn(mentions.sentence);
        countriesOf.set(mentions.sentence.index, mentions.countries);
        if (isTableRow(mentions.sentence)) rows++;
      }
      if (rows > 0)
        readTables(document, found, { quantities, times, countriesIn, countriesOf, ctx: context });
      let pair: string[] | null = hints.pair ? [...hints.pair].sort() : null;
      const documentPair = () => {
        pair ??= mainPair(document.sentences.map((s) => countriesOf.get(s.index) ?? countriesIn(s)));
        return pair;
      };
      return assembleFigures(found, { ctx: context, taxonomy: compiled, pair: documentPair, refiners });
    },
  };
}
