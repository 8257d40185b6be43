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

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'initiative';

/** One place an entity is named in a document. */
export interface EntityMention extends Span {
  text: string;
  /** Index of the sentence it is in. */
  sentence: number;
}

/** Something a document names: a person, country, organization, place or initiative, with every mention. */
export interface Entity {
  /** Stable within a document: type plus canonical name, e.g. "person:Kassym-Jomart Tokayev". */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest form ("Kassym-Jomart Tokayev", "Shanghai Cooperation Organisation"). */
  name: string;
  /** Other names the document or the data files use for it ("Tokayev", "SCO"). */
  aliases: string[];
  /** For people, the role as the text gives it ("President of Kazakhstan"); else null. */
  role: string | null;
  /** ISO 3166-1 alpha-2 code for countries, and the country of a place or person where known; else null. */
  country: string | null;
  mentions: EntityMention[];
}

/** Promise-tracker vocabulary (PolitiFact-style). */
export type CommitmentStatus =
  | 'not yet rated'
  | 'in the works'
  | 'stalled'
  | 'kept'
  | 'compromise'
  | 'broken';

/** What was promised or planned, by whom, by when. */
export interface Commitment extends Span {
  /** The cue and clause as written ("plans to double this figure"). */
  text: string;
  /** ISO alpha-2 codes of the parties that commit, sorted. */
  actors: string[];
  /** Ids of named entities among the actors (people, organizations). */
  actorEntities: string[];
  /** The verb: double, increase, open, build, expand, implement, launch, sign ... */
  action: string;
  /** The object phrase, lower case: "this figure", "a branch of beijing language and culture university in astana". */
  object: string;
  /** Sectors named or implied: energy, infrastructure, agriculture, ... (several for lists). */
  sectors: string[];
  deadline: Period | null;
  /** Index into the document's figures of the target figure the commitment carries, or null. */
  figure: number | null;
  status: CommitmentStatus;
  /** The cue that marked it ("plans to", "will", "announced the opening of"). */
  cue: string;
  sentence: string;
}

/** A document signed or adopted: joint statement, memorandum, treaty, contract, agreements. */
export interface Agreement extends Span {
  text: string;
  /** Name as the text gives it ("Joint Statement", "investment agreements"). */
  name: string;
  /** joint statement, memorandum, treaty, agreement, contract, declaration, protocol, roadmap ... */
  type: string;
  parties: string[];
  /** How many, where stated ("several" is null with countWord "several"; "12 agreements" is 12). */
  count: number | null;
  /** The event's date where stated, else the published date (ISO). */
  date: string | null;
  sentence: string;
}

/** Everything extracted from one document, stored with it in the same transaction. */
export interface DocumentRecords {
  figures: Figure[];
  entities: Entity[];
  commitments: Commitment[];
  agreements: Agreement[];
  /** Version of the extractors that produced them; `accord reprocess` redoes older ones. */
  extractor: string;
}

/** A figure as stored: the figure record plus where it came from. */
export interface StoredFigure extends Figure {
  document: string;
  /** Position of the figure in its document. */
  ord: number;
  outlet: string | null;
  published: string | null;
  source: string;
}

/** One value from an official statistics file: "China's exports to Kazakhstan in 2021 were $14B, as China reported". */
export interface OfficialObservation {
  /** 'trade.exports' | 'trade.imports' | 'trade.total' | any taxonomy code. */
  indicator: string;
  /** ISO alpha-2 codes, sorted. */
  parties: string[];
  /** Exports KZ->CN: from KZ to CN; imports reported by CN from KZ: from KZ to CN. */
  direction: { from: string; to: string } | null;
  /** Who published it (ISO alpha-2 of the reporting country), for mirror statistics. */
  reporter: string | null;
  /** '2023' is 2023-01-01..2023-12-31; a Comtrade month '202301' is labelled '2023-01'. */
  period: Period;
  value: number;
  /** ISO 4217 or 'count', 't', ... */
  unit: string;
  /** 'UN Comtrade' for Comtrade files, else the file's source column. */
  source: string;
  /** Comtrade flow; null for the simple format. */
  flow: 'X' | 'M' | null;
  /** Comtrade isReported (false: mirrored from the partner); null when the file does not say. */
  isReported: boolean | null;
  /** Line in a CSV file where the row starts (the header is line 1); position in a JSON file's data list (from 1). */
  row: number;
}
