/**
 * Reads the entity data files (data/organizations.json, leaders.json, initiatives.json, or the user's of the same
 * shape) and checks them: a missing or malformed file throws AccordError naming it.
 */
import { readFileSync } from 'node:fs';
import { AccordError } from '../../errors.js';
import type { EntityType } from '../../types.js';
import { isCountryCode } from '../countries/_sources.js';
import type { KnownEntity, LeaderTerm } from './types.js';

// Matches "2019-03-20"; must not match "2019-3-20" or "20.03.2019".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

/** Reads a JSON file, or throws AccordError naming it. */
function readJson(path: string | URL): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const name = typeof path === 'string' ? path : path.pathname;
    throw new AccordError('UNREADABLE', `${name}: cannot read entity data`, { cause: error });
  }
}

/** A list of strings or [], checked. */
function strings(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new AccordError('BAD_INPUT', `${where}: expected a list of non-empty strings`);
  }
  return value as string[];
}

/** The entries of a data file: `{ <listName>: [...] }` or a bare list. */
function entries(raw: unknown, listName: string, where: string): Json[] {
  const list = Array.isArray(raw) ? raw : (raw as Json | null)?.[listName];
  if (!Array.isArray(list)) throw new AccordError('BAD_INPUT', `${where}: expected a list "${listName}"`);
  return list.map((item, index) => {
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof (item as Json).name !== 'string' ||
      (item as Json).name === ''
    ) {
      throw new AccordError('BAD_INPUT', `${where}: ${listName}[${index}] needs a "name"`);
    }
    return item as Json;
  });
}

/** An ISO country code, null, or an error. */
function country(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new AccordError('BAD_INPUT', `${where}: country must be an ISO alpha-2 code`);
  if (isCountryCode(value)) return value;
  if (value === 'EU' || value === 'UN') return null;
  throw new AccordError('BAD_INPUT', `${where}: "${value}" is not an ISO 3166-1 alpha-2 code`);
}

/** An entity from a checked entry. */
function known(type: EntityType, entry: Json, where: string, extra: Partial<KnownEntity> = {}): KnownEntity {
  const name = (entry.name as string).trim();
  return {
    key: `${type}:${name}`,
    type,
    name,
    acronyms: strings(entry.acronyms, `${where}.acronyms`),
    aliases: strings(entry.aliases, `${where}.aliases`),
    anyCase: entry.anyCase === true,
    country: country(entry.country, where),
    terms: [],
    placeKind: null,
    ...extra,
  };
}

/** Terms of office, checked: ISO dates or null. */
function terms(value: unknown, where: string): LeaderTerm[] {
  if (!Array.isArray(value)) throw new AccordError('BAD_INPUT', `${where}: expected a list "terms"`);
  return value.map((term: Json, index) => {
    const at = `${where}.terms[${index}]`;
    if (typeof term?.office !== 'string' || typeof term.title !== 'string') {
      throw new AccordError('BAD_INPUT', `${at}: needs "office" and "title"`);
    }
    for (const field of ['from', 'to'] as const) {
      const date = term[field];
      if (date !== null && date !== undefined && (typeof date !== 'string' || !ISO_DATE.test(date))) {
        throw new AccordError('BAD_INPUT', `${at}.${field}: expected an ISO date or null`);
      }
    }
    return {
      office: term.office,
      title: term.title,
      from: (term.from as string | null) ?? null,
      to: (term.to as string | null) ?? null,
    };
  });
}

/** Organisations of a file: `readOrganizations('mine.json', 'mine.json')`. */
export function readOrganizations(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'organizations', where).map((entry, i) =>
    known('organization', entry, `${where}: organizations[${i}]`),
  );
}

/** Leaders of a file, with their terms of office: `readLeaders('mine.json', 'mine.json')`. */
export function readLeaders(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'leaders', where).map((entry, i) => {
    const at = `${where}: leaders[${i}]`;
    return known('person', entry, at, { terms: terms(entry.terms, at) });
  });
}

/** Initiatives of a file; the country is set when the entry names exactly one: `readInitiatives('mine.json', 'mine.json')`. */
export function readInitiatives(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'initiatives', where).map((entry, i) => {
    const at = `${where}: initiatives[${i}]`;
    const codes = strings(entry.countries, `${at}.countries`);
    for (const code of codes) country(code, at);
    return known('initiative', entry, at, { country: codes.length === 1 ? (codes[0] as string) : null });
  });
}
