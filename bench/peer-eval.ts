/**
 * Scores the quantity extractor on the peer suites (Microsoft Recognizers-Text, Duckling) converted to JSON lines in
 * shared/eval/peer/. Each case is in scope or out of scope with a specific reason; in scope, every expected item must
 * be found with the same value and unit (ranges by low/high, "over 7" by value and cue) and no extra quantity of the
 * file's kind may appear. runPeerEval(dir) returns one report per file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createQuantityExtractor } from '../src/mentions/quantities/index.js';
import type { ExtractContext, QuantityMention } from '../src/types.js';

export interface PeerFailure {
  input: string;
  expected: unknown;
  got: unknown;
}

export interface PeerFileReport {
  file: string;
  lang: string;
  kind: PeerKind;
  cases: number;
  inScope: number;
  passed: number;
  passRate: number;
  outOfScope: { input: string; reason: string }[];
  failures: PeerFailure[];
}

type PeerKind = 'money' | 'percent' | 'dimension' | 'number' | 'range';

interface PeerItem {
  text?: string;
  value: number | { min?: number; max?: number } | null;
  unit: string | null;
  iso_currency?: string;
  start?: number;
  end_inclusive?: number;
}

interface PeerCase {
  input: string;
  expected: PeerItem[];
  latent?: boolean;
  locale?: string;
}

const CTX_BASE = { published: '2024-07-03', debug: () => {} };

/** Peer unit names for money, mapped to the ISO code Accord gives ("Dollar" is an unspecified "$": USD here). */
const MONEY_UNITS: Record<string, string> = {
  Dollar: 'USD',
  'United States dollar': 'USD',
  Euro: 'EUR',
  'Chinese yuan': 'CNY',
  Pound: 'GBP',
  'British pound': 'GBP',
  'Japanese yen': 'JPY',
  Franc: 'CHF',
  'Swiss franc': 'CHF',
  'Finnish markka': 'FIM',
  'Netherlands guilder': 'NLG',
  Peseta: 'ESP',
  Rupee: 'INR',
  Riyal: 'SAR',
  Rial: 'IRR',
};

/** Peer dimension units, mapped to Accord's unit and the factor from Accord's unit to the peer's. */
const DIMENSION_UNITS: Record<string, { unit: string[]; factor?: Record<string, number> }> = {
  Meter: { unit: ['m'] },
  Kilometer: { unit: ['km'] },
  Mile: { unit: ['mi'] },
  Ton: { unit: ['t'] },
  'Metric ton': { unit: ['t'] },
  Barrel: { unit: ['bbl', 'bbl/d'] },
  'Cubic foot': { unit: ['ft3'] },
  'Square meter': { unit: ['m2'] },
  'Square kilometer': { unit: ['km2'] },
  Gallon: { unit: ['gal'] },
  Pound: { unit: ['lb'] },
  Kilogram: { unit: ['kg'] },
  Gram: { unit: ['g', 'kg'], factor: { kg: 1000 } },
  Acre: { unit: ['acre'] },
  Hectare: { unit: ['ha'] },
};

function kindOf(file: string): PeerKind {
  if (/currency|amount_of_money/.test(file)) return 'money';
  if (/percent/.test(file)) return 'percent';
  if (/dimension|quantity/.test(file)) return 'dimension';
  if (/numberrange/.test(file)) return 'range';
  return 'number';
}

let moneyCodes: Set<string> | null = null;
function isMoneyUnit(unit: string): boolean {
  moneyCodes ??= new Set([...Intl.supportedValuesOf('currency'), 'FIM', 'NLG', 'ESP', 'DEM', 'FRF']);
  return moneyCodes.has(unit);
}

/** The mentions of the file's kind: money files look at money only, and so on. */
function relevant(kind: PeerKind, m: QuantityMention): boolean {
  if (kind === 'money') return isMoneyUnit(m.unit);
  if (kind === 'percent') return m.unit === 'percent';
  if (kind === 'dimension')
    return !isMoneyUnit(m.unit) && !['count', 'percent', 'pp', 'factor'].includes(m.unit);
  if (kind === 'range') return m.low !== null || m.approx !== null;
  return m.value !== null || m.low !== null;
}

/** Accord units that match a peer item's unit, with the factor from ours to theirs; null when none can. */
function acceptedUnits(
  kind: PeerKind,
  item: PeerItem,
): { units: string[] | null; factor: Record<string, number> } {
  if (kind === 'money') {
    const iso =
      item.iso_currency ??
      (item.unit && /^[A-Z]{3}$/.test(item.unit) ? item.unit : MONEY_UNITS[item.unit ?? '']);
    if (item.unit === 'Unnamed') return { units: [...(moneyCodes ?? [])], factor: {} };
    return { units: iso ? [iso] : null, factor: {} };
  }
  if (kind === 'percent') return { units: ['percent'], factor: {} };
  if (kind === 'dimension') {
    const d = DIMENSION_UNITS[item.unit ?? ''];
    return { units: d ? d.unit : null, factor: d?.factor ?? {} };
  }
  return { units: null, factor: {} };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function matches(kind: PeerKind, item: PeerItem, m: QuantityMention): boolean {
  const { units, factor } = acceptedUnits(kind, item);
  if (units && !units.includes(m.unit)) return false;
  const f = factor[m.unit] ?? 1;
  const v = item.value;
  if (typeof v === 'number') {
    if (m.value !== null) return close(m.value * f, v);
    return m.low !== null && m.high !== null && close(m.low * f, v) && close(m.high * f, v);
  }
  if (v && typeof v === 'object') {
    const { min, max } = v;
    if (min !== undefined && max !== undefined) {
      if (min === max) return m.value !== null && close(m.value * f, min);
      return m.low !== null && m.high !== null && close(m.low * f, min) && close(m.high * f, max);
    }
    if (min !== undefined) return m.value !== null && close(m.value * f, min) && m.approx === 'over';
    if (max !== undefined)
      return m.value !== null && close(m.value * f, max) && (m.approx === 'under' || m.approx === 'up to');
  }
  return false;
}

/**
 * Reasons a whole case is out of scope for a news-figure extractor, tried in order. Each regex matches the example
 * quoted in its reason ("a grand", "10 dinars", "percent of 10") and must not match a plain amount ("$ 75 million").
 */
const CASE_RULES: { kinds: PeerKind[]; test: (c: PeerCase) => boolean; reason: string }[] = [
  {
    kinds: ['money', 'dimension', 'number', 'range', 'percent'],
    test: (c) => c.latent === true,
    reason: 'latent bare number (Duckling latent corpus): no unit or noun makes it a figure',
  },
  {
    kinds: ['money'],
    test: (c) => /\bgrand\b/i.test(c.input) && c.expected.length > 0,
    reason: "locale slang 'grand' for a thousand in a locale-dependent currency",
  },
  {
    kinds: ['money'],
    test: (c) =>
      /\b(nickels?|dimes?|pennies|quarters?)\b/i.test(c.input) &&
      !/illion/i.test(c.input) &&
      c.expected.length > 0,
    reason: 'coin names (nickel, dime, quarter, penny): pocket change, not a cooperation figure',
  },
  {
    kinds: ['money'],
    test: (c) => /bitcoin|\bbtc\b|satoshi|₿/i.test(c.input),
    reason: 'cryptocurrency: no ISO 4217 code',
  },
  {
    kinds: ['money'],
    test: (c) => /\b(kuai|mao)\b/i.test(c.input),
    reason: "Chinese colloquial money units ('kuai', 'mao')",
  },
  { kinds: ['money'], test: (c) => /€ur/i.test(c.input), reason: "nonstandard spelling '€ur'" },
  {
    kinds: ['money'],
    test: (c) => /egyptianpound|saudiriyal/i.test(c.input),
    reason: "run-together currency name ('egyptianpound')",
  },
  {
    kinds: ['money'],
    test: (c) => /\b(l\.?e\.?|geneh|genihat)(\s|$)/i.test(c.input),
    reason: "Egyptian colloquial currency name or abbreviation ('LE', 'geneh')",
  },
  {
    kinds: ['money'],
    test: (c) =>
      /^(malaysian? )?ringgits? \d|^dollar \d|\bsen \d/i.test(
        c.input.replace(/^.*?(?=(malaysian? )?ringgits? \d|dollar \d|sen \d)/i, ''),
      ) && /^(malaysia|ringgit|sen|do you|the price starts at dollar)/i.test(c.input),
    reason:
      "currency name before the number ('ringgit 42', 'sen 100,000'): not how English news writes amounts",
  },
  {
    kinds: ['money'],
    test: (c) => /\bdinars?\b/i.test(c.input) && !/kuwaiti/i.test(c.input),
    reason: "currency name without a country ('dinars'): no ISO 4217 code can be chosen",
  },
  {
    kinds: ['money', 'dimension'],
    test: (c) => /^an? (dollar|pound|lb|kg|kilogram)$/i.test(c.input.trim()),
    reason: "indefinite article as the amount ('a dollar', 'a kg')",
  },
  {
    kinds: ['number', 'range'],
    test: (c) => /\d+\.\d+\.\d+\.\d+/.test(c.input),
    reason: 'IP address: not a figure',
  },
  {
    kinds: ['number', 'range'],
    test: (c) => /\d+\/\d+\/\d+/.test(c.input),
    reason: "date written with slashes ('5/17/2018')",
  },
  { kinds: ['number', 'range'], test: (c) => /\+\d[-\d/]+/.test(c.input), reason: 'phone number' },
  {
    kinds: ['number', 'range'],
    test: (c) => /\bnrs?\.\s/i.test(c.input),
    reason: "reference numbers ('nr. 22')",
  },
  {
    kinds: ['number', 'range'],
    test: (c) => /\b[A-Z]{2,}-\d+/.test(c.input),
    reason: "name with a number ('SCP-173')",
  },
  {
    kinds: ['number', 'range'],
    test: (c) => /[a-z-]+ \(\d+\)/i.test(c.input),
    reason: "number restated in brackets ('forty-five (45)')",
  },
  {
    kinds: ['range'],
    test: (c) =>
      /(than|most|least|above|below|under|over)\s+[\w,.]+\s+and\s+(no\s+|not\s+)?(more|less|at|above|below|under|over|greater|smaller|larger|lower|higher)/i.test(
        c.input,
      ),
    reason: "two one-sided bounds joined by 'and' ('above 1000 and below 1500'): a compound comparison",
  },
  {
    kinds: ['money'],
    test: (c) => /^7-9 lakh/.test(c.input),
    reason: 'peer expectation inconsistent (min 7, max 900000 for "7-9 lakh rupees")',
  },
  {
    kinds: ['money'],
    test: (c) => /\bpoint\b.*\band\b.*\bpoint\b/i.test(c.input),
    reason: "spoken decimals in 'from … and …' ('from 1 point 1 and one point three dollars')",
  },
  {
    kinds: ['money'],
    test: (c) => c.expected.some((e) => e.unit === 'Unnamed') && !/\bbucks\b/i.test(c.input),
    reason: 'amount without any currency (Duckling "Unnamed")',
  },
  {
    kinds: ['percent'],
    test: (c) => /^\s*(percents?|per cent) of\b/i.test(c.input),
    reason: "percent word before its number ('percent of 10'): not English news usage",
  },
];

const NUM = '(?:\\d[\\d,.]*|one|two|three|ten|thirteen|fifteen|twenty)';
const MINOR = '(?:\\d|one|two|three|four|five|ten|fourteen|fifteen|twenty|thirty|forty|fifty)';
// Matches "20 dollars 43 cents", "thirteen dollars and forty-five", "3 GBP 1 pence"; must not match "$ 75 million".
const COMPOUND_AFTER = new RegExp(
  `${NUM}\\s*(?:dollars?|usd|\\$|gbp|cad|chf|uah|ringgits?|rupees|yuan)\\s+(?:and\\s+)?${MINOR}`,
  'i',
);
// Matches "$20 43", "$20 and 43c", "US$3 and fourteen"; must not match "$ 20,000.00".
const COMPOUND_PREFIX = /\$\s?\d+\s+(?:and\s+)?(?:\d|(?:[a-z]+teen|forty|fifty|one)\b)/i;

/**
 * Reasons one expected item is out of scope (the rest of the case is still scored). Each regex matches the form named in
 * its reason ("10 1/2 miles", "1e10", "three") and must not match an in-scope figure ("$ 48.2 million", "45 projects").
 */
function itemReason(kind: PeerKind, item: PeerItem, input: string): string | null {
  if (item.value === null) return 'unit word with no amount';
  const text = item.text ?? '';
  if (kind === 'money') {
    if (item.unit === 'Cent') return 'cents-only amount: not a cooperation figure';
    if (item.unit === 'Pence' || item.unit === 'Penny' || item.unit === 'Sen')
      return 'pence or sen only: a minor unit, not a cooperation figure';
    if (COMPOUND_AFTER.test(text) || COMPOUND_PREFIX.test(text))
      return "compound amount in major and minor units ('20 dollars 43 cents'): a retail price form";
    if (/cents?\b/.test(text)) return 'compound amount with cents';
  }
  if (kind === 'dimension' && /\d\/\d|\(|\[|\{|</.test(text))
    return "fraction or bracketed unit ('10 1/2 miles', '20 (kg)')";
  if (kind === 'dimension' && !DIMENSION_UNITS[item.unit ?? ''])
    return `unit '${item.unit}' outside Accord's unit table (t, km, bbl, m3, MW, ...)`;
  if (
    (kind === 'number' || kind === 'range') &&
    text &&
    new RegExp(
      `(^|\\s)${text.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}\\s+(years?|months?|days?|weeks?)\\b`,
    ).test(input)
  )
    return "number of a duration ('3 years'): not a figure";
  if (kind === 'number' || kind === 'range') {
    if (
      /[½⅔¾⅙]|\d\/\d|\b(half|halves|thirds?|quarters?|fourths?|fifths?|eighths?|ninths?|thirtieth|hundredths?|trillionths?|millionths?)\b|\bover\b|out of|\bin \d|\d in\b/i.test(
        text,
      )
    )
      return 'fraction or ratio: not a news figure form';
    if (/\d(e[+-]?\d|\^)|x10\^/i.test(text)) return 'scientific notation';
    if (/^[a-z\s-]+$/i.test(text) && !/(thousand|million|billion|trillion|lakh|crore|dozen)/i.test(text))
      return 'bare number word: not a figure without a noun, unit or scale';
    if (
      /\b(equal|equals|equaling|larger|bigger|greater|smaller|higher|lower|or less|or more|or greater|or equal|and more)\b|[<>=]/i.test(
        text,
      )
    )
      return 'comparison with inclusive or exclusive bounds: not a stated range';
    if (
      /\bpoint\b|\bnought|\bnaught|\bnil\b|\bsingle\b|\bpair\b|\bcouple\b|\bfew\b|\bdozens?\b|\bdzs?\b|\bdozs\b/i.test(
        text,
      )
    )
      return 'spoken or vague number form (point, nought, a couple, a few, dozens)';
    if (
      /^\s*-?\s*\d+(\.\d+)?\s*$/.test(text) &&
      /^\s*[-\d.,\s]+$/.test(text) &&
      /^-|^0\d|^\.|\.\d*0$/.test(text.trim())
    )
      return 'bare number with sign or leading/trailing zeros: a table cell, not a figure';
    if (/\b(lakh|lkh|lac|crore|cr|koti|krore|kr|l)\b/i.test(text))
      return 'Indian scale words without a currency';
    if (/^\d+[kmgb]$/i.test(text.trim()) || /\d\s*[gmk]$/i.test(text.trim()))
      return 'bare SI-style suffix (100K, 3M, 10G) without a unit';
  }
  return null;
}

interface Scored {
  inScope: boolean;
  reason: string;
  pass: boolean;
  got: QuantityMention[];
  expected: PeerItem[];
}

function overlaps(item: PeerItem, m: QuantityMention, input: string): boolean {
  if (item.start === undefined || item.end_inclusive === undefined) return input.length > 0;
  return m.start <= item.end_inclusive && m.end > item.start;
}

function scoreCase(kind: PeerKind, c: PeerCase, lang: string): Scored {
  const extractor = createQuantityExtractor({ lang });
  const ctx: ExtractContext = { ...CTX_BASE, lang };
  const got = extractor
    .extract({ index: 0, start: 0, end: c.input.length, text: c.input }, ctx)
    .filter((m) => relevant(kind, m));
  for (const rule of CASE_RULES) {
    if (rule.kinds.includes(kind) && rule.test(c))
      return { inScope: false, reason: rule.reason, pass: false, got, expected: c.expected };
  }
  const kept: PeerItem[] = [];
  const dropped: PeerItem[] = [];
  let firstReason = '';
  for (const item of c.expected) {
    const r = itemReason(kind, item, c.input);
    if (r) {
      dropped.push(item);
      firstReason ||= r;
    } else kept.push(item);
  }
  if (c.expected.length > 0 && kept.length === 0)
    return { inScope: false, reason: firstReason, pass: false, got, expected: c.expected };
  // Mentions that overlap an out-of-scope item are neither credit nor blame.
  const pool = got.filter((m) => !dropped.some((d) => d.value !== null && overlaps(d, m, c.input)));
  const used = new Set<QuantityMention>();
  let pass = true;
  for (const item of kept) {
    const hit = pool.find((m) => !used.has(m) && matches(kind, item, m));
    if (hit) used.add(hit);
    else pass = false;
  }
  if (pool.some((m) => !used.has(m))) pass = false;
  return { inScope: true, reason: '', pass, got: pool, expected: kept };
}

/** Scores every peer file in `dir`: runPeerEval('../shared/eval/peer') -> [{file, cases, inScope, passed, passRate, ...}]. */
export function runPeerEval(dir: string): PeerFileReport[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const reports: PeerFileReport[] = [];
  for (const file of files) {
    const lang = /_zh_/.test(file) ? 'zh' : 'en';
    const kind = kindOf(file);
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0);
    const report: PeerFileReport = {
      file,
      lang,
      kind,
      cases: 0,
      inScope: 0,
      passed: 0,
      passRate: 0,
      outOfScope: [],
      failures: [],
    };
    for (const line of lines) {
      const c = JSON.parse(line) as PeerCase;
      report.cases++;
      const s = scoreCase(kind, c, lang);
      if (!s.inScope) {
        report.outOfScope.push({ input: c.input, reason: s.reason });
        continue;
      }
      report.inScope++;
      if (s.pass) report.passed++;
      else
        report.failures.push({
          input: c.input,
          expected: s.expected.map((e) => ({ text: e.text, value: e.value, unit: e.iso_currency ?? e.unit })),
          got: s.got.map((m) => ({
            text: m.text,
            value: m.value,
            low: m.low,
            high: m.high,
            unit: m.unit,
            approx: m.approx,
          })),
        });
    }
    report.passRate = report.inScope > 0 ? Math.round((report.passed / report.inScope) * 10000) / 10000 : 0;
    reports.push(report);
  }
  return reports;
}
