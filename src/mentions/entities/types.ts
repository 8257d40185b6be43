/** Types of the entity mention stage: what a sentence names, and the data files that say who is who. */
import type { EntityType, Span } from '../../types.js';

/** A name found in a sentence ("Kassym-Jomart Tokayev", "SCO", "Khorgos"), in document offsets. */
export interface NameMention extends Span {
  kind: 'name';
  text: string;
  /** The entity type, or null for a capitalized word run or acronym the document stage may resolve ("Tokayev", "EAEU"). */
  type: EntityType | null;
  /** Canonical name: from the data files, a definition in the text, or the text itself with plain apostrophes. */
  name: string;
  /** Key of the data entry it matched ("organization:United Nations"), or null when found by a pattern. */
  ref: string | null;
  /** Acronym the text defines for it ("(SCO)") or the data file gives, else null. */
  acronym: string | null;
  /** For people, the role as the text gives it ("President of Kazakhstan"), else null. */
  role: string | null;
  /** ISO alpha-2 code of its country where known (a place's country, a leader's, "Kazakhstan's President X"). */
  country: string | null;
  /** For gazetteer places, their kind ("capital", "dry port", "region"); else null. */
  placeKind: string | null;
  /** Name of the step that found it, for debugging and tests. */
  rule: string;
}

/** One term of office in data/leaders.json. */
export interface LeaderTerm {
  /** The office as a role reads: "President of Kazakhstan". */
  office: string;
  /** The title as text writes it before a name: "President". */
  title: string;
  from: string | null;
  to: string | null;
}

/** An entry of any entity data file, normalised: canonical name, forms, and what the type adds. */
export interface KnownEntity {
  /** "organization:United Nations". */
  key: string;
  type: EntityType;
  name: string;
  /** Case-sensitive forms: acronyms ("UN", "SCO"). */
  acronyms: string[];
  /** Other names, matched with the first word capitalized (or in any case when anyCase). */
  aliases: string[];
  anyCase: boolean;
  /** ISO alpha-2 code, or null (international bodies, places abroad unknown). */
  country: string | null;
  /** For leaders, the terms of office; else empty. */
  terms: LeaderTerm[];
  /** For places, the gazetteer kind ("capital", "dry port"); else null. */
  placeKind: string | null;
  /** False when only the aliases are matched, not the name (the town "Oral" is found as "Uralsk"). */
  nameIsForm?: boolean;
}

/** Everything the entity stage knows before reading a document. */
export interface EntityData {
  organizations: KnownEntity[];
  leaders: KnownEntity[];
  initiatives: KnownEntity[];
  places: KnownEntity[];
}

/** Paths of the user's own data files, merged over the built-in ones (theirs win on the same name). */
export interface ExtraEntityData {
  organizations?: string;
  leaders?: string;
  initiatives?: string;
}
