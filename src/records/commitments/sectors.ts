/** Sectors of commitments from data/sectors.json: keywords as token sequences under their first token. */
import { readFileSync } from 'node:fs';
import { AccordError } from '../../errors.js';
import { type TokenList, tokenize } from '../../mentions/entities/index.js';

interface SectorForm {
  tokens: string[];
  sector: string;
  /** Keywords with capitals ("IT") match only as written. */
  exact: boolean;
}

/** Sector keywords by first token, and the sector of each indicator family. */
export interface SectorTable {
  byFirst: Map<string, SectorForm[]>;
  /** Sector of a commitment whose figure has an indicator of this family ("trade" of "trade.total"). */
  indicators: Record<string, string>;
  names: string[];
}

const SECTORS_URL = new URL('../../../data/sectors.json', import.meta.url);
let builtIn: SectorTable | null = null;

/** Adds one keyword, and its plurals when it is lower case. */
function addKeyword(table: SectorTable, keyword: string, sector: string): void {
  const exact = keyword !== keyword.toLowerCase();
  // English plurals on the last word: "wind farm" also matches "wind farms".
  const variants = exact ? [keyword] : [keyword, `${keyword}s`, `${keyword}es`];
  for (const variant of variants) {
    const words = tokenize(variant);
    const tokens: string[] = [];
    for (let i = 0; i < words.length; i++) tokens.push(exact ? words.word(i) : words.lower(i));
    const first = tokens[0];
    if (first === undefined) continue;
    const list = table.byFirst.get(first) ?? [];
    list.push({ tokens, sector, exact });
    table.byFirst.set(first, list);
  }
}

/**
 * Reads a sectors file (default data/sectors.json, read once): `loadSectors().names` starts with "energy".
 * Throws AccordError when the file is missing or malformed.
 */
export function loadSectors(path?: string): SectorTable {
  if (!path && builtIn) return builtIn;
  let raw: { sectors?: unknown; indicators?: unknown };
  try {
    raw = JSON.parse(readFileSync(path ?? SECTORS_URL, 'utf8'));
  } catch (error) {
    throw new AccordError('UNREADABLE', `${path ?? 'data/sectors.json'}: cannot read the sectors`, {
      cause: error,
    });
  }
  if (!Array.isArray(raw.sectors))
    throw new AccordError('BAD_INPUT', `${path ?? 'data/sectors.json'}: expected a list "sectors"`);
  const table: SectorTable = { byFirst: new Map(), indicators: {}, names: [] };
  for (const entry of raw.sectors as { name?: unknown; keywords?: unknown }[]) {
    if (typeof entry?.name !== 'string' || !Array.isArray(entry.keywords)) {
      throw new AccordError(
        'BAD_INPUT',
        `${path ?? 'data/sectors.json'}: each sector needs a name and keywords`,
      );
    }
    table.names.push(entry.name);
    for (const keyword of entry.keywords)
      if (typeof keyword === 'string' && keyword.trim() !== '') addKeyword(table, keyword, entry.name);
  }
  for (const list of table.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  if (raw.indicators && typeof raw.indicators === 'object')
    table.indicators = raw.indicators as Record<string, string>;
  if (!path) builtIn = table;
  return table;
}

/** The keywords of a word that opens none. */
const NO_FORMS: readonly SectorForm[] = [];

/**
 * Sectors named by tokens [first, end), in text order; tokens where `masked` is true are skipped (names of
 * organisations and initiatives, all but their last word): "energy, infrastructure and IT" gives energy,
 * infrastructure, IT.
 */
export function sectorsIn(
  tokens: TokenList,
  first: number,
  end: number,
  table: SectorTable,
  masked?: (i: number) => boolean,
): string[] {
  const found: string[] = [];
  let i = first;
  while (i < end) {
    if (tokens.kind(i) !== 1 || masked?.(i)) {
      i++;
      continue;
    }
    // Keywords of the lower-case word, then those spelled exactly ("IT"); one array only when both exist.
    const exact = tokens.isUpper(i) ? table.byFirst.get(tokens.word(i)) : undefined;
    const lower = table.byFirst.get(tokens.lower(i));
    const forms = exact ? [...(lower ?? []), ...exact] : (lower ?? NO_FORMS);
    let next = i + 1;
    for (const form of forms) {
      if (i + form.tokens.length > end) continue;
      const ok = form.tokens.every(
        (want, k) => (form.exact ? tokens.word(i + k) : tokens.lower(i + k)) === want,
      );
      if (!ok) continue;
      if (!found.includes(form.sector)) found.push(form.sector);
      next = i + form.tokens.length;
      break;
    }
    // "coal-to-gas": the parts of a hyphenated word count as words when the whole is no keyword.
    if (next === i + 1 && tokens.lower(i).includes('-')) {
      for (const part of tokens.lower(i).split('-')) {
        for (const form of table.byFirst.get(part) ?? []) {
          if (form.tokens.length === 1 && !form.exact && !found.includes(form.sector))
            found.push(form.sector);
        }
      }
    }
    i = next;
  }
  return found;
}
