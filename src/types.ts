/** Domain types shared by every stage of the flow (see DESIGN.md in the product notes). */

/** A half-open range of JavaScript string indices into a document's text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of a document, with its offsets in the document text. */
export interface Sentence extends Span {
  index: number;
  text: string;
}

/** What a source yields before cleaning: text plus whatever metadata the source carried. */
export interface RawDocument {
  /** Path, URL or "-" for standard input; feed items use the item's link when it has one. */
  source: string;
  /** The format the text was read from. */
  format: SourceFormat;
  /** Main text, blocks (paragraphs, list items, headings) separated by newlines. */
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  /** ISO 639-1 code declared by the source (html lang, feed language), or null. */
  lang: string | null;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'feed' | 'pdf';

/** A clean document: the unit that is stored and from which records are extracted. */
export interface Document {
  /** Stable hash of the normalized text (16 hex digits). */
  id: string;
  source: string;
  format: SourceFormat;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  lang: string | null;
  text: string;
  sentences: Sentence[];
}

/** A document as listed (no text, no sentences). */
export type DocumentSummary = Omit<Document, 'text' | 'sentences'> & { ingested: string; chars: number };

/** User overrides given on the command line (`--published`, `--outlet`, `--lang`). */
export interface DocumentOverrides {
  published?: string | undefined;
  outlet?: string | undefined;
  lang?: string | undefined;
}

/** A time period resolved against the published date. Dates are ISO (YYYY-MM-DD); null where open. */
export interface Period {
  label: string;
  start: string | null;
  end: string | null;
}

export type FigureKind = 'actual' | 'target' | 'change' | 'share';
export type Approx = 'about' | 'over' | 'under' | 'nearly' | 'up to' | null;

/** The figure record: the unit of the product (DESIGN.md, "The figure record"). */
export interface Figure extends Span {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  approx: Approx;
  measure: string | null;
  indicator: string | null;
  parties: string[];
  direction: { from: string; to: string } | null;
  period: Period | null;
  kind: FigureKind;
  change: { factor?: number; percent?: number; delta?: number } | null;
  sentence: string;
}

/** Context handed to every extraction stage: the document's reference date and language. */
export interface ExtractContext {
  /** ISO date the document was published (YYYY-MM-DD); relative times resolve against it. */
  published: string | null;
  lang: string;
  /** Debug output, only evaluated when debugging is on. */
  debug: (message: () => string) => void;
}

/** A quantity as written: "$41 billion", "over 4,700 enterprises", "doubled to $1 billion", "30%". */
export interface QuantityMention extends Span {
  kind: 'quantity';
  text: string;
  /** Fully scaled value; for a range the value is null and low/high are set. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** ISO 4217 code, 'count', 'percent', or a physical unit ('t', 'TEU', 'km', 'bbl', 'm3', 'MW', ...). */
  unit: string;
  /** For counts, the counted noun as written, lower case ("projects", "enterprises"); else null. */
  noun: string | null;
  approx: Approx;
  /** A change the quantity states ("doubled to" {factor: 2}, "rose 30% to" {percent: 30}, "by $2 billion" {delta}). */
  change: { factor?: number; percent?: number; delta?: number } | null;
  /** True when the quantity is a multiplier of an earlier figure ("double this figure", "triple"). */
  isMultiplier: boolean;
  /** Name of the rule that produced it, for debugging and tests. */
  rule: string;
}

/** A time expression resolved to a period: "last year", "in the first half of 2024", "by 2030". */
export interface TimeMention extends Span {
  kind: 'time';
  text: string;
  period: Period;
  /** point: a period the figure falls in; since/span: a stretch up to now; deadline: "by 2030", "in the near future". */
  role: 'point' | 'span' | 'since' | 'deadline';
  rule: string;
}

/** A country named in a sentence, by name, adjective or demonym ("Kazakhstan", "Kazakh", "Chinese"). */
export interface CountryMention extends Span {
  kind: 'country';
  text: string;
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  form: 'name' | 'adjective';
  rule: string;
}

/** A sentence-level extractor: pure, never throws on text, returns [] when it finds nothing. */
export interface Extractor<M> {
  name: string;
  extract(sentence: Sentence, ctx: ExtractContext): M[];
}
