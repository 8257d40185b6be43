/**
 * The indicator taxonomy: data/taxonomy.json maps measures ("bilateral trade", "value of projects") to codes
 * ("trade.total", "projects.value"). Users extend it with a file of the same shape; their entries win by code.
 */
import { readFileSync } from 'node:fs';
import { AccordError, errorMessage } from '../../errors.js';
import { LIGHT_NOUNS } from './lang/en.js';

/** What kind of unit a figure has: "USD" is money, "count", "percent", "t" is physical. */
export type UnitClass = 'money' | 'count' | 'percent' | 'physical';

/** One indicator: its code, label, the units it accepts (classes or unit codes) and the terms that name it. */
export interface IndicatorEntry {
  code: string;
  label: string;
  /** Unit classes ("money", "count", "percent", "physical") or unit codes ("TEU") the indicator accepts. */
  units: string[];
  /** Words and phrases that name it, lower case: "trade", "trade turnover". */
  terms: string[];
  /** Added to the score of a match: breaks ties between entries that share a term. */
  priority?: number;
  /** Units that mean this indicator when nothing else does: "TEU" -> containers.count. */
  defaultForUnits?: string[];
}

/** The taxonomy as stored: `{ "indicators": [...] }`. */
export interface Taxonomy {
  indicators: IndicatorEntry[];
}

/** A taxonomy ready for matching. */
export interface CompiledTaxonomy {
  /**
   * Best indicator for a measure and unit: match("bilateral trade", "USD") is "trade.total"; null when none fits.
   * A null unit accepts every entry (a multiplier whose unit comes from the figure it multiplies).
   */
  match(measure: string | null, unit: string | null): string | null;
  /** True when the words contain a term of any indicator: hasTerm(["chinese", "investment"]) is true. */
  hasTerm(words: readonly string[]): boolean;
}

const UNIT_CLASSES = new Set<string>(['money', 'count', 'percent', 'physical']);
/** Three-letter unit codes that are not currencies. */
const PHYSICAL_CODES = new Set(['TEU', 'KWH', 'MWH', 'GWH', 'TWH', 'BCM', 'TCM']);
/** Words that end the core of a measure: "students" in "students in chinese universities". */
const BOUNDARIES = new Set([
  'of',
  'in',
  'from',
  'to',
  'between',
  'for',
  'on',
  'into',
  'across',
  'at',
  'with',
  'within',
  'by',
  'under',
  'being',
  'that',
  'which',
  'who',
  'among',
]);

/** Unit class of a unit code: unitClass("USD") is "money", unitClass("TEU") is "physical". */
export function unitClass(unit: string): UnitClass {
  if (unit === 'count') return 'count';
  if (unit === 'percent' || unit === 'pp') return 'percent';
  // Matches "USD", "KZT"; must not match "t", "MW" or "Usd".
  if (/^[A-Z]{3}$/.test(unit) && !PHYSICAL_CODES.has(unit)) return 'money';
  return 'physical';
}

/** Word stem used on both sides of a match: "universities" -> "university", "kazakhstan's" -> "kazakhstan". */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  // Matches the end of "business", "bonus", "analysis"; must not match "projects" or "gas" (too short anyway).
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Lower-case words of a phrase: "Kazakhstan's exports, to China" -> ["kazakhstan's", "exports", "to", "china"]. */
function words(phrase: string): string[] {
  // Matches "kazakhstan's", "year-on-year", "lng"; must not match ",", " " or "$".
  const runs = phrase.toLowerCase().match(/[\p{L}\p{N}'\u2019-]+/gu) ?? [];
  // Matches the "'" and "-" at the ends of "'the" or "-"; must not match the inner "'" of "kazakhstan's".
  return runs
    .map((run) => run.replace(/^['\u2019-]+|['\u2019-]+$/g, '').replace(/\u2019/g, "'"))
    .filter((w) => w !== '');
}

/** Where the core of a measure ends and which word is its head: "value of projects being implemented" -> "projects". */
function coreOf(list: string[]): { start: number; end: number; head: number } {
  const boundary = (from: number): number => {
    for (let i = from; i < list.length; i++) {
      const w = list[i] as string;
      if (BOUNDARIES.has(w)) return i;
      const previous = list[i - 1];
      if (i > from && previous?.endsWith('s') && (w.endsWith('ing') || w.endsWith('ed'))) return i;
    }
    return list.length;
  };
  let start = 0;
  let end = boundary(0);
  if (list[end] === 'of' && LIGHT_NOUNS.has(list[end - 1] ?? '') && end + 1 < list.length) {
    start = end + 1;
    end = boundary(start);
  }
  return { start, end, head: end - 1 };
}

/** Most remembered indicator matches before the memo starts over. */
const MATCH_MEMO_SIZE = 4096;

interface CompiledTerm {
  entry: IndicatorEntry;
  stems: string[];
}

/** Compiles a taxonomy once: terms indexed by their first stem. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const byFirst = new Map<string, CompiledTerm[]>();
  const defaults = new Map<string, string>();
  for (const entry of taxonomy.indicators) {
    for (const term of entry.terms) {
      const stems = words(term).map(stem);
      const first = stems[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ entry, stems });
      byFirst.set(first, list);
    }
    for (const unit of entry.defaultForUnits ?? []) if (!defaults.has(unit)) defaults.set(unit, entry.code);
  }
  const accepts = (entry: IndicatorEntry, unit: string | null, cls: UnitClass | null) =>
    unit === null || entry.units.includes(cls as UnitClass) || entry.units.includes(unit);

  const occurrences = (stems: string[], visit: (term: CompiledTerm, i: number) => void) => {
    for (let i = 0; i < stems.length; i++) {
      for (const term of byFirst.get(stems[i] as string) ?? []) {
        let j = 1;
        while (j < term.stems.length && stems[i + j] === term.stems[j]) j++;
        if (j === term.stems.length) visit(term, i);
      }
    }
  };

  /**
   * Matches already made, by unit and measure: reports repeat a few measures ("bilateral trade") thousands of
   * times, and a match is a pure function of the two. Cleared when full, so memory stays flat.
   */
  const matched = new Map<string, string | null>();
  const match = (measure: string | null, unit: string | null): string | null => {
    const cls = unit === null ? null : unitClass(unit);
    if (measure) {
      const list = words(measure);
      const stems = list.map(stem);
      const core = coreOf(list);
      let best: { code: string; score: number } | null = null;
      occurrences(stems, (term, i) => {
        if (!accepts(term.entry, unit, cls)) return;
        const j = i + term.stems.length;
        const score =
          10 * term.stems.length +
          (i <= core.head && core.head < j ? 100 : 0) +
          (i >= core.start && j <= core.end ? 5 : 0) +
          (term.entry.priority ?? 0);
        if (!best || score > best.score) best = { code: term.entry.code, score };
      });
      if (best) return (best as { code: string }).code;
    }
    return unit === null ? null : (defaults.get(unit) ?? null);
  };

  return {
    match(measure, unit) {
      // The unit (a code never holds a line break), whether there is one, then the measure: "USD\n1bilateral trade".
      const key = `${unit ?? ''}\n${unit === null ? 0 : 1}${measure ?? ''}`;
      let code = matched.get(key);
      if (code === undefined) {
        if (matched.size >= MATCH_MEMO_SIZE) matched.clear();
        code = match(measure, unit);
        matched.set(key, code);
      }
      return code;
    },
    hasTerm(list) {
      let found = false;
      occurrences(list.map(stem), () => {
        found = true;
      });
      return found;
    },
  };
}

const isStrings = (list: unknown): list is string[] =>
  Array.isArray(list) && list.every((item) => typeof item === 'string' && item.trim() !== '');

/** What is wrong with one entry, or null: problem({code: 'x'}) is 'label must be a string'. */
function entryProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return 'is not an object';
  const e = entry as Record<string, unknown>;
  if (typeof e.code !== 'string' || e.code.trim() === '') return 'code must be a non-empty string';
  if (typeof e.label !== 'string') return 'label must be a string';
  if (!isStrings(e.terms) || e.terms.length === 0) return 'terms must list words';
  if (!isStrings(e.units) || e.units.length === 0) return 'units must list units';
  // Matches "money", "TEU", "t", "m3"; must not match "", "$" or "two words".
  const badUnit = e.units.find((unit) => !UNIT_CLASSES.has(unit) && !/^[A-Za-z][A-Za-z0-9]{0,7}$/.test(unit));
  if (badUnit !== undefined) return `units has "${badUnit}", neither a unit class nor a unit code`;
  if (e.priority !== undefined && typeof e.priority !== 'number') return 'priority must be a number';
  if (e.defaultForUnits !== undefined && !isStrings(e.defaultForUnits))
    return 'defaultForUnits must list unit codes';
  return null;
}

/** Throws BAD_INPUT naming the file and the entry when a taxonomy is not of the documented shape. */
function validateTaxonomy(value: unknown, source: string): Taxonomy {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as Taxonomy).indicators)) {
    throw new AccordError('BAD_INPUT', `taxonomy ${source}: expected an object with an "indicators" array`);
  }
  const indicators = (value as Taxonomy).indicators as unknown[];
  for (let index = 0; index < indicators.length; index++) {
    const entry = indicators[index];
    const problem = entryProblem(entry);
    if (problem) {
      const code = (entry as { code?: unknown } | null)?.code;
      const name = typeof code === 'string' ? ` (${code})` : '';
      throw new AccordError('BAD_INPUT', `taxonomy ${source}: indicators[${index}]${name} ${problem}`);
    }
  }
  return value as Taxonomy;
}

/** Reads and checks one taxonomy file; a missing, unreadable or malformed file is an AccordError naming it. */
function readTaxonomyFile(path: string | URL): Taxonomy {
  const name = String(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    throw new AccordError(code, `taxonomy ${name}: ${errorMessage(error)}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AccordError('BAD_INPUT', `taxonomy ${name}: not valid JSON (${errorMessage(error)})`, {
      cause: error,
    });
  }
  return validateTaxonomy(value, name);
}

/** Entries of `extra` replace those of `base` with the same code; new codes are added: merge(base, user). */
export function mergeTaxonomies(base: Taxonomy, extra: Taxonomy): Taxonomy {
  const codes = new Set(extra.indicators.map((entry) => entry.code));
  return { indicators: [...extra.indicators, ...base.indicators.filter((entry) => !codes.has(entry.code))] };
}

let builtIn: Taxonomy | null = null;

/**
 * The built-in taxonomy (data/taxonomy.json), merged with a user file when given:
 * `loadTaxonomy('my-indicators.json')`. Reads files; throws AccordError (NOT_FOUND, UNREADABLE, BAD_INPUT).
 */
export function loadTaxonomy(extraPath?: string): Taxonomy {
  builtIn ??= readTaxonomyFile(new URL('../../../data/taxonomy.json', import.meta.url));
  return extraPath ? mergeTaxonomies(builtIn, readTaxonomyFile(extraPath)) : builtIn;
}
