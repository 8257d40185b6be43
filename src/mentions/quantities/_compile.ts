/** Turns a QuantityLanguage (data) into the lookup tables and sticky regexes the parsers use; built once per language. */
import type { Approx } from '../../types.js';
import { isSpace } from './_chars.js';
import { currencyCodes, currencyNames, GLOBAL_SYMBOLS } from './data/currencies.js';
import type { ChangeSign, QuantityLanguage, UnitEntry } from './types.js';

/** A phrase table compiled to one sticky regex (longest phrase first) and a map from the normalised match. */
export interface PhraseTable<V> {
  /** Sticky: run with lastIndex at the position after a number; group 1 is the gap, group 2 the phrase. */
  re: RegExp;
  get(phrase: string): V | undefined;
  /** First two characters of every phrase (lower case unless exact), as c1 * 65536 + c2; c2 = 0 for one-char phrases. */
  starts: Set<number>;
  exact: boolean;
  hyphen: boolean;
}

export interface CompiledLanguage {
  lang: QuantityLanguage;
  /** Words that can start a quantity: number words, articles before a scale, multipliers. */
  anchors: Set<string>;
  /** anchorKey() of every anchor: a word whose key is absent is skipped without a slice. */
  anchorKeys: Set<number>;
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

function escapeRe(s: string): string {
  // Matches the "." of "u.s." and the "$" of "US$"; must not match letters or spaces.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses runs of spaces to one and lower-cases unless `exact`: "US  Dollars" -> "us dollars". */
function normalise(phrase: string, exact: boolean): string {
  // Matches the run of spaces in "US  dollars"; must not match the letters around it.
  const p = phrase.replace(/\s+/g, ' ').trim();
  return exact ? p : p.toLowerCase();
}

/**
 * Builds a phrase table. The regex matches: a gap of at most two spaces (or a hyphen when `hyphen`),
 * then the longest phrase, then no further letter or digit unless the language is spaceless.
 */
function phraseTable<V>(
  entries: Iterable<[string, V]>,
  options: { exact: boolean; spaceless: boolean; hyphen?: boolean },
): PhraseTable<V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(normalise(k, options.exact), v);
  const alts = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    // Matches the space in "per cent" (becomes \s{1,2}); must not match "percent".
    .map((k) => escapeRe(k).replace(/ /g, '\\s{1,2}'));
  const gap = options.hyphen ? '(\\s{0,2}|-)' : '(\\s{0,2})';
  const tail = options.spaceless ? '' : '(?![\\p{L}\\p{N}])';
  // Matches at lastIndex: " billion" in "41 billion," ; must not match "billionaire" (letter after the phrase).
  const source = alts.length > 0 ? `${gap}(${alts.join('|')})${tail}` : '(?!)()()';
  const re = new RegExp(source, options.exact ? 'uy' : 'iuy');
  const starts = new Set<number>();
  for (const k of map.keys()) starts.add(k.charCodeAt(0) * 65536 + (k.length > 1 ? k.charCodeAt(1) : 0));
  return {
    re,
    get: (phrase: string) => map.get(normalise(phrase, options.exact)),
    starts,
    exact: options.exact,
    hyphen: options.hyphen === true,
  };
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
  const anchorKeys = new Set<number>();
  for (const a of anchors) anchorKeys.add(anchorKey(a.charCodeAt(0), a.length, a.charCodeAt(a.length - 1)));
  const compiled: CompiledLanguage = {
    lang,
    anchors,
    anchorKeys,
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

/** Runs a sticky phrase table at `pos`: {gap, phrase, end} or null. matchAt(scales, " bn", 0)?.phrase === "bn". */
export function matchAt<V>(
  table: PhraseTable<V>,
  text: string,
  pos: number,
): { gap: string; phrase: string; end: number; value: V } | null {
  // Cheap filter before the regex: the first two characters after the gap must start some phrase.
  let p = pos;
  const limit = pos + 2;
  while (p < limit && isSpace(text.charCodeAt(p))) p++;
  if (p === pos && table.hyphen && text.charCodeAt(p) === 45) p++;
  let c1 = text.charCodeAt(p);
  let c2 = text.charCodeAt(p + 1);
  if (!table.exact) {
    if (c1 >= 65 && c1 <= 90) c1 += 32;
    if (c2 >= 65 && c2 <= 90) c2 += 32;
  }
  if (!table.starts.has(c1 * 65536 + c2) && !table.starts.has(c1 * 65536)) return null;
  return matchRegex(table, text, pos);
}

function matchRegex<V>(
  table: PhraseTable<V>,
  text: string,
  pos: number,
): { gap: string; phrase: string; end: number; value: V } | null {
  table.re.lastIndex = pos;
  const m = table.re.exec(text);
  if (!m) return null;
  const gap = m[1] ?? '';
  const phrase = m[2] ?? '';
  const value = table.get(phrase);
  if (value === undefined) return null;
  return { gap, phrase, end: pos + m[0].length, value };
}

/** A number for a word from its first letter, length and last letter (lower-cased ASCII): "the" and "ten" differ. */
export function anchorKey(first: number, length: number, last: number): number {
  const f = first >= 65 && first <= 90 ? first + 32 : first;
  const l = last >= 65 && last <= 90 ? last + 32 : last;
  return (f * 64 + length) * 65536 + l;
}
