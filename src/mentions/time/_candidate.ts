/** A time expression found by a parser, as the refiners pass it along (local sentence indices). */
import type { TimeMention } from '../../types.js';
import type { When } from './_when.js';

/** One candidate: its span in the sentence, what it states, and how sure the parser is that it is a time. */
export interface Candidate {
  start: number;
  end: number;
  when: When;
  role: TimeMention['role'];
  rule: string;
  /** A bare year or month name: kept only with a cue (a preposition, "of", a list, a range). */
  needsCue: boolean;
  /** Preposition in front of the expression ("by", "as of", "from"), lower case and single-spaced, and where it starts. */
  preposition: { word: string; start: number } | null;
}

/** A small parser: one regular expression and a function from a match to a candidate, or null for "no match". */
export interface TimeParser {
  name: string;
  /** Global, unicode; every quantifier bounded. */
  pattern: RegExp;
  /**
   * Lower-case words one of which every match contains, or digit shapes (_triggers.ts: '0-9' any digit, '0000' four
   * digits, '0000-' four digits before a dash ...): the parser runs only when one occurs. A word that opens with a
   * letter counts only where no letter, digit or "_" comes before it: the pattern must put a word boundary, a space
   * or a hyphen before it ("\bsince", "\s{1,3}year", "year-end").
   */
  triggers: readonly string[];
  /** The runner drops matches that continue a word on the left (default true); CJK dates and years check for themselves. */
  wordStart?: boolean;
  build(match: RegExpExecArray, text: string): Omit<Candidate, 'rule' | 'preposition'> | null;
}

/** A refiner: takes the candidates in text order and returns the ones to keep, possibly changed. */
export type TimeRefiner = (candidates: Candidate[], text: string, published: string | null) => Candidate[];
