/** Turns a QuantityLanguage (data) into the lookup tables and sticky regexes the parsers use; built once per language. */
import type { Approx } from '../../types.js';
import { escapeRe, type PhraseTable, phraseTable } from './_phrase-table.js';
import { currencyCodes, currencyNames, GLOBAL_SYMBOLS } from './data/currencies.js';
import type { ChangeSign, QuantityLanguage, UnitEntry } from './types.js';

export interface CompiledLanguage {
  lang: QuantityLanguage;
  /** Words that can start a quantity: number words, articles before a scale, multipliers. */
  anchors: Set<string>;
  /** anchorKey() of every anchor: a word whose key is absent is skipped without a slice. */
  anchorKeys: Set<number>;
  /**
   * Global, case-insensitive: where the scan may find something: a digit, a decimal mark before one, an anchor
   * word with the character before it (longest first, checked again by the scan), or what makes the scan read
   * character by character ("@", "://", "www.").
   */
  anchorFinder: RegExp;
  /**
   * Sticky, case-insensitive: an anchor word right at lastIndex, which the finder cannot see when the character
   * before it lies behind lastIndex (a word glued to the end of the last quantity: "5%one").
   */
  anchorWordAt: RegExp;
  cardinals: Map<string, number>;
  hundreds: Map<string, number>;
  scaleWords: Map<string, number>;
  multiplierNouns: Map<string, number>;
  fractions: Map<string, number>;
  articles: Set<string>;
  conjunctions: Set<string>;
  decimalWords: Set<string>;
  minusWords: Set<string>;
  /** Scale words and glued letters after a number: "bn", "billion", "K". */
  scales: PhraseTable<number>;
  shortScales: Map<string, { exp: number; moneyOnly: boolean }>;
  currencyAfter: PhraseTable<string>;
  /** Case-sensitive codes and symbols after a number ("41 billion USD", "10 €"), and M-prefixed codes ("30 MUSD"). */
  currencyAfterExact: PhraseTable<string>;
  /** Currency tokens before a number, exact case: {'$': 'USD', 'USD': 'USD', 'RMB': 'CNY', '₸': 'KZT'}. */
  prefixExact: Map<string, string>;
  /** Currency tokens before a number, lower case ("rmb", "usd", "us$"). */
  prefixLower: Map<string, string>;
  dollarQualifiers: Map<string, string>;
  percent: PhraseTable<string>;
  unitNames: PhraseTable<UnitEntry>;
  unitSymbols: PhraseTable<UnitEntry>;
  approx: Map<string, Exclude<Approx, null>>;
  /** Last words of the approx phrases ("than" for "more than"): only these make a look-back read further. */
  approxLastWords: Set<string>;
  countNouns: Set<string>;
  stopWords: Set<string>;
  durations: Set<string>;
  months: Set<string>;
  referenceWords: Set<string>;
  yearWords: Set<string>;
  clockWords: Set<string>;
  rangeOpeners: Map<string, string>;
  rangeJoiners: Set<string>;
  changeVerbs: Map<string, ChangeSign>;
  changeBy: Set<string>;
  changeTo: Set<string>;
  multipliers: Map<string, number>;
  multiplierBaseForms: Set<string>;
  modalWords: Set<string>;
  multiplierObjects: PhraseTable<true>;
  timesWords: Set<string>;
  comparatives: Set<string>;
  adverbs: Set<string>;
  ordinalSuffixes: Set<string>;
  /** Every currency unit a language can produce, to tell money from other units. */
  currencyUnits: Set<string>;
}

/**
 * The anchor words as a regex source: the words (longest first), then no ASCII letter or digit. Without the u flag,
 * "i" folds only ASCII letters to ASCII letters, which is all the anchor check (toLowerCase, then a Set) can accept in
 * a word of letters; other letters beside a word are left to the scan's check. An article ("a") counts only before a
 * word that can follow it in a number ("a million", "a dozen", "a half"): elsewhere it reads as nothing.
 */
function anchorWords(
  anchors: ReadonlySet<string>,
  articles: ReadonlySet<string>,
  followers: string[],
): string {
  const longestFirst = (words: Iterable<string>) =>
    [...words].sort((a, b) => b.length - a.length).map(escapeRe);
  const words = longestFirst([...anchors].filter((word) => !articles.has(word)));
  const alternatives: string[] = [];
  if (words.length > 0) alternatives.push(`(?:${words.join('|')})(?![A-Za-z0-9])`);
  if (articles.size > 0 && followers.length > 0) {
    alternatives.push(
      `(?:${longestFirst(articles).join('|')})(?=\\s{1,3}(?:${longestFirst(followers).join('|')}))`,
    );
  }
  return alternatives.length > 0 ? alternatives.join('|') : '(?!)';
}

/**
 * The anchor finder: a digit, a decimal mark before one, "@", "://", "www.", or an anchor word after the character
 * before it, captured (a lookbehind there costs more), or opening the text. Built here: for anchors ["one", "a"],
 * matches "7", ".5", " One", "a" at the start of "a million" and "@"; must not match "," alone, "someone", "ones",
 * "data" or the "a" of "a new plan".
 */
function anchorFinder(words: string): RegExp {
  return new RegExp(`[0-9]|[.,](?=[0-9])|@|://|www\\.|(?:^|([^A-Za-z0-9]))(?:${words})`, 'gi');
}

const cache = new Map<string, CompiledLanguage>();

/** Compiles a language once: compileLanguage(en).scales.get('bn') === 9. */
export function compileLanguage(lang: QuantityLanguage): CompiledLanguage {
  const hit = cache.get(lang.code);
  if (hit && hit.lang === lang) return hit;
  const spaceless = lang.spaceless;
  const intl = currencyNames(lang.code);
  const codes = currencyCodes();

  const names = new Map<string, string>(intl.names);
  for (const [k, v] of Object.entries(lang.currencyNames)) names.set(k.toLowerCase(), v);
  for (const c of lang.caseFreeCodes) {
    const code = c === 'rmb' ? 'CNY' : c.toUpperCase();
    // Matches "usd"; must not match "us$" or "rs.".
    if (/^[a-z]{3}$/.test(c)) names.set(c, code);
  }

  const exactAfter = new Map<string, string>();
  for (const code of codes) exactAfter.set(code, code);
  for (const [k, v] of Object.entries(GLOBAL_SYMBOLS)) exactAfter.set(k, v);
  for (const [k, v] of intl.symbols) exactAfter.set(k, v);
  for (const [k, v] of Object.entries(lang.currencyPrefixes)) exactAfter.set(k, v);
  for (const code of ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'CHF', 'CNY', 'JPY', 'RUB', 'KZT', 'SEK', 'NOK']) {
    exactAfter.set(`M${code}`, `M${code}`);
  }

  const prefixExact = new Map<string, string>();
  for (const code of codes) prefixExact.set(code, code);
  for (const [k, v] of Object.entries(GLOBAL_SYMBOLS)) prefixExact.set(k, v);
  for (const [k, v] of intl.symbols) prefixExact.set(k, v);
  for (const [k, v] of Object.entries(lang.currencyPrefixes)) prefixExact.set(k, v);
  for (const code of ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'CHF', 'CNY', 'JPY', 'RUB', 'KZT']) {
    prefixExact.set(`M${code}`, `M${code}`);
  }
  const prefixLower = new Map<string, string>();
  for (const c of lang.caseFreeCodes) {
    const exact = prefixExact.get(c.toUpperCase()) ?? lang.currencyPrefixes[c] ?? prefixExact.get(c);
    const viaPrefix = Object.entries(lang.currencyPrefixes).find(([k]) => k.toLowerCase() === c)?.[1];
    const code = exact ?? viaPrefix;
    if (code) prefixLower.set(c, code);
  }

  const currencyUnits = new Set<string>([...codes, ...names.values(), ...prefixExact.values()]);

  const anchors = new Set<string>([
    ...Object.keys(lang.cardinals),
    ...Object.keys(lang.hundreds),
    ...Object.keys(lang.multipliers),
    ...lang.articles,
    ...Object.keys(lang.fractions).filter((f) => !f.endsWith('s')),
  ]);
  const words = anchorWords(anchors, new Set(lang.articles), [
    ...Object.keys(lang.hundreds),
    ...Object.keys(lang.scales),
    ...Object.keys(lang.multiplierNouns),
    ...Object.keys(lang.fractions),
  ]);
  const anchorKeys = new Set<number>();
  for (const a of anchors) anchorKeys.add(anchorKey(a.charCodeAt(0), a.length, a.charCodeAt(a.length - 1)));
  const compiled: CompiledLanguage = {
    lang,
    anchors,
    anchorKeys,
    anchorFinder: anchorFinder(words),
    // Built here: at lastIndex, matches "one" in "5%one," and "a" in "a million"; must not match "ones" or "a new".
    anchorWordAt: new RegExp(words, 'iy'),
    cardinals: new Map(Object.entries(lang.cardinals)),
    hundreds: new Map(Object.entries(lang.hundreds)),
    scaleWords: new Map(Object.entries(lang.scales)),
    multiplierNouns: new Map(Object.entries(lang.multiplierNouns)),
    fractions: new Map(Object.entries(lang.fractions)),
    articles: new Set(lang.articles),
    conjunctions: new Set(lang.conjunctions),
    decimalWords: new Set(lang.decimalWords),
    minusWords: new Set(lang.minusWords),
    scales: phraseTable(Object.entries(lang.scales), { exact: false, spaceless }),
    shortScales: new Map(Object.entries(lang.shortScales)),
    currencyAfter: phraseTable(names, { exact: false, spaceless, hyphen: true }),
    currencyAfterExact: phraseTable(exactAfter, { exact: true, spaceless }),
    prefixExact,
    prefixLower,
    dollarQualifiers: new Map(Object.entries(lang.dollarQualifiers)),
    percent: phraseTable(Object.entries(lang.percentWords), { exact: false, spaceless }),
    unitNames: phraseTable(Object.entries(lang.unitNames), { exact: false, spaceless, hyphen: true }),
    unitSymbols: phraseTable(Object.entries(lang.unitSymbols), { exact: true, spaceless }),
    approx: new Map(Object.entries(lang.approx)),
    approxLastWords: new Set(Object.keys(lang.approx).map((k) => k.split(' ').pop() ?? k)),
    countNouns: new Set(lang.countNouns),
    stopWords: new Set(lang.stopWords),
    durations: new Set(lang.durations),
    months: new Set(lang.months),
    referenceWords: new Set(lang.referenceWords),
    yearWords: new Set(lang.yearWords),
    clockWords: new Set(lang.clockWords),
    rangeOpeners: new Map(Object.entries(lang.rangeOpeners)),
    rangeJoiners: new Set(lang.rangeJoiners),
    changeVerbs: new Map(Object.entries(lang.changeVerbs)),
    changeBy: new Set(lang.changeBy),
    changeTo: new Set(lang.changeTo),
    multipliers: new Map(Object.entries(lang.multipliers)),
    multiplierBaseForms: new Set(lang.multiplierBaseForms),
    modalWords: new Set(lang.modalWords),
    multiplierObjects: phraseTable(
      lang.multiplierObjects.map((o): [string, true] => [o, true]),
      { exact: false, spaceless },
    ),
    timesWords: new Set(lang.timesWords),
    comparatives: new Set(lang.comparatives),
    adverbs: new Set(lang.adverbs),
    ordinalSuffixes: new Set(lang.ordinalSuffixes),
    currencyUnits,
  };
  cache.set(lang.code, compiled);
  return compiled;
}

/** A number for a word from its first letter, length and last letter (lower-cased ASCII): "the" and "ten" differ. */
export function anchorKey(first: number, length: number, last: number): number {
  const f = first >= 65 && first <= 90 ? first + 32 : first;
  const l = last >= 65 && last <= 90 ? last + 32 : last;
  return (f * 64 + length) * 65536 + l;
}
