/**
 * Reads the entity data files (data/organizations.json, leaders.json, initiatives.json) and the generated
 * gazetteer, checks them, and merges the user's own files over them (an entry with the same name wins).
 */
import { readFileSync } from 'node:fs';
import { AccordError } from '../../errors.js';
import type { EntityType } from '../../types.js';
import { isCountryCode } from '../countries/_sources.js';
import { loadGazetteer } from './gazetteer.js';
import type { EntityData, ExtraEntityData, KnownEntity, LeaderTerm } from './types.js';

const DATA_DIR = new URL('../../../data/', import.meta.url);

/** The built-in data, read once. */
let builtIn: EntityData | null = null;

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

/** Organisations of a file. */
function readOrganizations(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'organizations', where).map((entry, i) =>
    known('organization', entry, `${where}: organizations[${i}]`),
  );
}

/** Leaders of a file. */
function readLeaders(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'leaders', where).map((entry, i) => {
    const at = `${where}: leaders[${i}]`;
    return known('person', entry, at, { terms: terms(entry.terms, at) });
  });
}

/** Initiatives of a file; the country is set when the entry names exactly one. */
function readInitiatives(path: string | URL, where: string): KnownEntity[] {
  return entries(readJson(path), 'initiatives', where).map((entry, i) => {
    const at = `${where}: initiatives[${i}]`;
    const codes = strings(entry.countries, `${at}.countries`);
    for (const code of codes) country(code, at);
    return known('initiative', entry, at, { country: codes.length === 1 ? (codes[0] as string) : null });
  });
}

/** `base` with the entries of `extra` replacing those of the same name. */
function merge(base: KnownEntity[], extra: KnownEntity[]): KnownEntity[] {
  const theirs = new Set(extra.map((entity) => entity.name.toLowerCase()));
  return [...extra, ...base.filter((entity) => !theirs.has(entity.name.toLowerCase()))];
}

/**
 * The entity data: `loadEntityData().organizations` holds the United Nations (acronym "UN"); with
 * `{ organizations: 'mine.json' }` the user's entries come first and replace built-in ones of the same name.
 * Throws AccordError (UNREADABLE, BAD_INPUT) naming the file on a missing or malformed file.
 */
export function loadEntityData(extra: ExtraEntityData = {}): EntityData {
  builtIn ??= {
    organizations: readOrganizations(new URL('organizations.json', DATA_DIR), 'data/organizations.json'),
    leaders: readLeaders(new URL('leaders.json', DATA_DIR), 'data/leaders.json'),
    initiatives: readInitiatives(new URL('initiatives.json', DATA_DIR), 'data/initiatives.json'),
    places: loadGazetteer(),
  };
  if (!extra.organizations && !extra.leaders && !extra.initiatives) return builtIn;
  return {
    organizations: extra.organizations
      ? merge(builtIn.organizations, readOrganizations(extra.organizations, extra.organizations))
      : builtIn.organizations,
    leaders: extra.leaders
      ? merge(builtIn.leaders, readLeaders(extra.leaders, extra.leaders))
      : builtIn.leaders,
    initiatives: extra.initiatives
      ? merge(builtIn.initiatives, readInitiatives(extra.initiatives, extra.initiatives))
      : builtIn.initiatives,
    places: builtIn.places,
  };
}
