/** Types of the cue stage: words that mark a commitment, its negation or condition, and a signed agreement. */
import type { Span } from '../../types.js';

/**
 * commit: a promise or plan ("plans to", "agreed to", "will"); ongoing: work under way ("are being implemented");
 * denial: "has no plans to", "will not"; conditional: "if", "unless"; stalled: "postponed", "delayed";
 * sign: a signing ("signed", "were signed", "signing of"); agreement: a signed document ("joint statement",
 * "memorandum of understanding"); report: a verb of reported speech ("said", "announced").
 */
export type CueKind =
  | 'commit'
  | 'ongoing'
  | 'denial'
  | 'conditional'
  | 'stalled'
  | 'sign'
  | 'agreement'
  | 'report';

/** A cue in a sentence, in document offsets. */
export interface CueMention extends Span {
  kind: 'cue';
  cue: CueKind;
  /** As written: "plans to", "are currently being implemented". */
  text: string;
  /** The cue as listed: "plans to", "are being implemented". */
  phrase: string;
  /** Where what is promised stands: after the cue ("plans to double ...") or before it ("45 projects are being implemented"). */
  side: 'after' | 'before';
  /** The action a cue implies by itself ("announced the opening of": open; "are being built": build), else null. */
  action: string | null;
  /** For modal cues ("will", "would"), true: the commitment stage checks their subject. */
  modal: boolean;
  /** For agreement cues, the document type: "joint statement", "memorandum", "treaty", "agreement" ... */
  agreementType: string | null;
  /** Index of the first and one past the last token of the cue in its sentence's tokens. */
  tokens: [number, number];
  rule: string;
}

/** One cue phrase of a language, with what it implies. */
export interface CueEntry {
  phrase: string;
  cue: CueKind;
  side?: 'after' | 'before';
  action?: string | null;
  modal?: boolean;
  agreementType?: string | null;
}

/** The words a language needs for commitments and agreements; see lang/en.ts. */
export interface CueLanguage {
  cues: readonly CueEntry[];
  /** Adverbs that may stand inside a cue or before its verb: "are currently being implemented", "plans to further increase". */
  skippable: ReadonlySet<string>;
  /** Irregular past participles to verbs: built -> build. */
  irregular: ReadonlyMap<string, string>;
  /** Base forms of verbs that take an e when -ing or -ed is removed ("increasing" -> increase). */
  verbsWithE: ReadonlySet<string>;
  /** Nouns of actions to their verbs: opening -> open, construction -> build. */
  nominalizations: ReadonlyMap<string, string>;
  /** Head nouns of objects to the action they imply when no verb is written: workshop -> open, railway -> build. */
  objectActions: ReadonlyMap<string, string>;
  /** Verbs of general goals ("enhance", "strengthen") and their objects ("cooperation", "ties"): not trackable promises. */
  aspirationVerbs: ReadonlySet<string>;
  aspirationObjects: ReadonlySet<string>;
  /** Words that make a subject an actor for "will" ("sides", "government", "we"). */
  actorWords: ReadonlySet<string>;
  /** Prepositions after which a country is not the subject ("from Kazakhstan", "to China"). */
  nonSubjectPrepositions: ReadonlySet<string>;
  /** Words that open a new clause ("that", "which", ";"): the subject of a cue is looked for after the last one. */
  clauseOpeners: ReadonlySet<string>;
  /** Quantity words before an agreement noun: "several", "a number of" (the count stays null). */
  countWords: ReadonlySet<string>;
  /** Number words: "two" -> 2. */
  numberWords: ReadonlyMap<string, number>;
}
