/** Internal state of the figure stage: a tokenised sentence with its mentions, and a figure being assembled. */
import type {
  CountryMention,
  ExtractContext,
  Figure,
  FigureKind,
  Period,
  QuantityMention,
  Sentence,
  TimeMention,
} from '../../types.js';
import type { CompiledTaxonomy } from './taxonomy.js';

/** One word or punctuation mark of a sentence; offsets are sentence-relative. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened: "kazakhstan's". */
  lower: string;
  isWord: boolean;
  /** First letter upper case: "Kazakhstan", "Chinese". */
  isCap: boolean;
  /** Index into the view's quantities covering this token, or -1. */
  quantity: number;
  /** Index into the view's times covering this token, or -1. */
  time: number;
  /** Country codes of the mentions overlapping this token ("Kazakh-Chinese" has two), or null. */
  codes: string[] | null;
  /** Clause number within the sentence (0 first): a new clause starts at ";" or ", while". */
  clause: number;
}

/** A sentence with its mentions, tokenised once and shared by every figure in it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  quantities: QuantityMention[];
  times: TimeMention[];
  countries: CountryMention[];
  /** Token range [first, last] of each quantity, by index. */
  quantityTokens: [number, number][];
  /** Token range [first, last] of each time, by index. */
  timeTokens: [number, number][];
  /** Indices of the tokens a country mention covers, in order: what a search for named countries visits. */
  countryTokens: number[];
  /** The headings of the table this sentence is a row of, or null when it is no row under a heading row. */
  table: TableRow | null;
}

/** A unit a table heading states for its bare numbers: "$ billion" is {unit: 'USD', exp: 9}. */
export interface UnitNote {
  unit: string;
  /** Power of ten the numbers are in ("million" 6). */
  exp: number;
}

/** What one heading of a table says: "Trade turnover, $ billion", "2023", "China-Kazakhstan trade, US$ bn". */
export interface Heading {
  /** What it names, lower case, without its unit note: "trade turnover"; '' for a heading that is only a time or a note. */
  label: string;
  /** Tokens of the label, with country codes: what the parties and direction refiners read. */
  tokens: Token[];
  /** The period, when the heading is one time expression and nothing else ("2023", "Q1 2024"). */
  period: Period | null;
  /** The heading holds a time among other words ("2023 as % of 2022"): its cells are not read. */
  mixed: boolean;
  /** The unit its bare numbers are in, or null. */
  note: UnitNote | null;
}

/** A row of a table with the headings that give its cells meaning; offsets are relative to the row's sentence. */
export interface TableRow {
  /** [start, end) of each cell of the row, split at "|". */
  cells: [number, number][];
  /** The row's own heading (its first cell), or null when it is empty. */
  row: Heading | null;
  /** The heading of each column, by cell index, from the table's first row; null where it has none. */
  columns: (Heading | null)[];
  /** The caption line just above the heading row ("China-Kazakhstan trade, $ billion"), or null. */
  caption: Heading | null;
}

/** Mentions of one sentence, as the mention extractors returned them (document offsets). */
export interface SentenceMentions {
  sentence: Sentence;
  quantities: QuantityMention[];
  times: TimeMention[];
  countries: CountryMention[];
  /** The headings, when the sentence is a row of a table under a heading row. */
  table?: TableRow | null;
}

/** Inclusive token ranges of a measure in its sentence: "value of" + the range of "projects being implemented". */
export type TokenRange = [number, number];

/** What a measure parser found: the phrase, where it stands, and what it settles on the way. */
export interface MeasureMatch {
  measure: string;
  ranges: TokenRange[];
  /** The measure refers back to the last figure ("this figure", "it"). */
  refersBack?: boolean;
  /** A flow the words around the measure state ("China invested ... in Kazakhstan"); one end may be open. */
  flow?: Flow;
}

/** A direction with possibly one open end, completed later with the other party: "imports from China". */
export interface Flow {
  from: string | null;
  to: string | null;
}

/** A figure being assembled from one quantity mention; the refiners fill it in order. */
export interface Draft {
  view: SentenceView;
  /** Index of the quantity in view.quantities. */
  q: number;
  quantity: QuantityMention;
  value: number | null;
  unit: string;
  measure: string | null;
  measureRanges: TokenRange[];
  /** Name of the measure parser that matched, for debugging and tests. */
  measureRule: string | null;
  refersBack: boolean;
  /** Flow stated by the measure parser, if any; the direction refiner completes it. */
  flow: Flow | null;
  indicator: string | null;
  parties: string[];
  direction: { from: string; to: string } | null;
  period: Period | null;
  kind: FigureKind;
  change: Figure['change'];
  /**
   * Set when a table's headings gave the figure its measure, unit, period and kind (refiner 2): the tokens of the
   * heading that names the measure, then the caption's. The refiners after it read countries and flows from them and
   * keep the kind, period and change the headings settled.
   */
  cell: { measureTokens: Token[]; contextTokens: Token[] } | null;
  /** Set by a refiner that decides the quantity is not a figure; the reason, for debugging. */
  dropped: string | null;
}

/** What every refiner sees besides the drafts: the context, the taxonomy and the document's main pair. */
export interface FigureEnv {
  ctx: ExtractContext;
  taxonomy: CompiledTaxonomy;
  /** The two countries the document is about (fewer when it names fewer), sorted; computed on first call. */
  pair: () => string[];
}

/** A refiner: takes every draft of a document in order and returns the drafts kept, each filled in further. */
export type FigureRefiner = (drafts: Draft[], env: FigureEnv) => Draft[];

/** A measure parser: the phrase a quantity is about, or null when its pattern does not apply. */
export interface MeasureParser {
  name: string;
  parse(draft: Draft, env: FigureEnv): MeasureMatch | null;
}
