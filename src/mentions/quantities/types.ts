/** Types of the quantity grammar: the per-language data (QuantityLanguage) and the parse state (Amount, Candidate). */
import type { Approx } from '../../types.js';

/** A physical or percent unit a number can carry: "tonnes" -> {unit: 't'}, "bcm" -> {unit: 'm3', exp: 9}. */
export interface UnitEntry {
  unit: string;
  /** Power of ten the unit word itself carries ("bcm" is 10^9 m3). */
  exp?: number;
}

/** A verb that states a change: "rose" (+1), "fell" (-1). */
export type ChangeSign = 1 | -1;

/**
 * Everything one language contributes to the quantity grammar. Data only: the parsers are shared.
 * Keys are lower case unless the field says it is case-sensitive.
 */
export interface QuantityLanguage {
  /** ISO 639-1 code: 'en'. */
  code: string;
  /** The decimal mark a lone ambiguous separator is read as: '.' for "1.234" in English, ',' for "1,234" in Russian. */
  decimalMark: '.' | ',';
  /** True where words are written without spaces (Chinese): suffixes match without a word boundary. */
  spaceless: boolean;
  /** Cardinal words below one hundred: {one: 1, forty: 40}. */
  cardinals: Record<string, number>;
  /** Words that multiply the group below a thousand: {hundred: 2} (a power of ten). */
  hundreds: Record<string, number>;
  /** Scale words read after a number, as powers of ten: {billion: 9, bn: 9, млрд: 9, 亿: 8}. */
  scales: Record<string, number>;
  /** Case-sensitive scale letters read only glued to digits ("41K", "1.2M") or after a currency ("$5 m"). */
  shortScales: Record<string, { exp: number; moneyOnly: boolean }>;
  /** Nouns that multiply a number: {dozen: 12}. */
  multiplierNouns: Record<string, number>;
  /** Fractions inside a number: {half: 0.5, quarter: 0.25, quarters: 0.25}. */
  fractions: Record<string, number>;
  /** Articles that stand for one before a scale ("a million"). */
  articles: string[];
  /** The word joining number words ("one hundred and twenty"). */
  conjunctions: string[];
  /** The word for the decimal point in spoken numbers ("two point five"). */
  decimalWords: string[];
  /** Words that make a number negative ("minus five percent"). */
  minusWords: string[];
  /** Cues before a number, by phrase: {'more than': 'over', about: 'about'}. */
  approx: Record<string, Exclude<Approx, null>>;
  /** Currency names after a number: {dollars: 'USD', 'us dollars': 'USD', yuan: 'CNY'} (merged with Intl names). */
  currencyNames: Record<string, string>;
  /** Case-sensitive currency symbols or codes before a number beyond ISO codes: {'US$': 'USD', 'Rs.': 'INR'}. */
  currencyPrefixes: Record<string, string>;
  /** Lower-case currency codes safe to read in any case ("rmb", "usd"); English words like "all", "top" are not. */
  caseFreeCodes: string[];
  /** The currency a bare "$" means, and the prefixes that qualify it: {us: 'USD', c: 'CAD', hk: 'HKD'}. */
  dollarQualifiers: Record<string, string>;
  /** Percent words after a number: {percent: 'percent', 'percentage points': 'pp'}. */
  percentWords: Record<string, string>;
  /** Unit names after a number (case-insensitive): {tonnes: {unit: 't'}}. */
  unitNames: Record<string, UnitEntry>;
  /** Unit symbols after a number (case-sensitive): {MW: {unit: 'MW'}, t: {unit: 't'}}. */
  unitSymbols: Record<string, UnitEntry>;
  /** Nouns counted by a number: "45 projects" -> unit 'count', noun 'projects'. */
  countNouns: string[];
  /** Words that end the search for a counted noun (prepositions, verbs, determiners). */
  stopWords: string[];
  /** Time spans: a number of these is a duration, not a figure ("15 years"). */
  durations: string[];
  /** Month names and abbreviations: a number beside one is a date ("3 July"). */
  months: string[];
  /** Words before a number that make it a reference, not a figure ("Article 5", "No. 5", "page 12"). */
  referenceWords: string[];
  /** Words before a year that make a bare 4-digit number a year ("in 2023"). */
  yearWords: string[];
  /** Words after a number that make it a clock time ("10 am"). */
  clockWords: string[];
  /** Words that open a range: {between: 'and', from: 'to'} (the word that closes it). */
  rangeOpeners: Record<string, string>;
  /** Words that join the ends of a range without an opener ("3 to 5 million"). */
  rangeJoiners: string[];
  /** Change verbs and their sign: {rose: 1, fell: -1, up: 1, down: -1}. */
  changeVerbs: Record<string, ChangeSign>;
  /** The word between a change verb and its amount ("by") and before the new level ("to"). */
  changeBy: string[];
  changeTo: string[];
  /** Verbs and adverbs of multiplication with their factor: {doubled: 2, double: 2, twofold: 2, halved: 0.5}. */
  multipliers: Record<string, number>;
  /** Base forms among multipliers: only verbs after "to"/"will"/... ("plans to double"), not "double taxation". */
  multiplierBaseForms: string[];
  /** Words after which a base-form multiplier is a verb: {to, will, would, could}. */
  modalWords: string[];
  /** Objects a multiplier refers back to, kept in its text ("double this figure"). */
  multiplierObjects: string[];
  /** The noun that makes a number a factor ("three times"). */
  timesWords: string[];
  /** Words after "N times" that make it a comparison factor ("three times more"). */
  comparatives: string[];
  /** Adverbs allowed between a change verb and its number ("rose sharply by"). */
  adverbs: string[];
  /** Ordinal suffixes glued to digits ("30th"). */
  ordinalSuffixes: string[];
  /** Chinese-style numerals, character by character: {一: 1, 十: 10}, and their unit characters (十百千: powers). */
  cjkDigits?: Record<string, number>;
  cjkUnits?: Record<string, number>;
}

/** One number with what is glued to it: "$41bn" -> dec "41", exp 9, unit USD. The span grows as steps read more. */
export interface Amount {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** The digits as an unscaled plain decimal string: "4.7", "41000", "-5". */
  dec: string;
  /** Power of ten from scale words and units ("billion" 9, "bcm" 9). */
  exp: number;
  /** Integer multiplier that is not a power of ten ("dozen" 12). */
  mult: number;
  isWord: boolean;
  /** Had thousands separators ("41,000"), which rules out a year. */
  grouped: boolean;
  isInteger: boolean;
  /** Number of digits before the decimal mark, as written. */
  intDigits: number;
  scaled: boolean;
  unit: string | null;
  unitKind: 'money' | 'percent' | 'physical' | null;
  currencyBefore: boolean;
  /** Set when a letter or digit touches the number ("G20", "5G"): the token is a name, not a figure. */
  glued: boolean;
  /** A word joined by a hyphen that is not a unit ("25-year", "5-star"): the number is an adjective. */
  hyphenWord: string | null;
  approx: Approx;
}

/** A quantity being assembled: an amount, or a range of two, with cue words, noun and change. */
export interface Candidate {
  start: number;
  end: number;
  first: Amount;
  second: Amount | null;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  noun: string | null;
  /** The noun was found in the known list, not guessed from a plural. */
  nounKnown: boolean;
  approx: Approx;
  change: { factor?: number; percent?: number; delta?: number } | null;
  isMultiplier: boolean;
  rule: string;
  /** Word that opened a range ("from", "between"), to tell a range from a change. */
  rangeOpener: string | null;
  /** Set by a parser that recognised a non-figure ("15 years"): the refiners drop it. */
  notFigure: string | null;
}
