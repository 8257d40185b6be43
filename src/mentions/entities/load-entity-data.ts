/**
 * The entity data: the built-in files (data/organizations.json, leaders.json, initiatives.json) and the gazetteer,
 * with their name table, parsed once from the generated module data/entity-tables.generated.ts (reading, checking
 * and building them at every start cost more than the rest of start-up; scripts/build-tables.ts writes it from
 * readBuiltInEntityData and createNameTable, and test/mentions/generated-tables.test.ts keeps it up to date), and
 * the user's own files read, checked and merged over them (an entry with the same name wins).
 */
import { ENTITY_TABLES_JSON } from './data/entity-tables.generated.js';
import { entityTablesFromJson } from './entity-tables-json.js';
import type { NameTable } from './name-table.js';
import { readInitiatives, readLeaders, readOrganizations } from './read-entity-files.js';
import type { EntityData, ExtraEntityData, KnownEntity } from './types.js';

let builtIn: { data: EntityData; table: NameTable } | null = null;

/** The built-in data and its name table: `builtInEntities().table.byFirst.get('shanghai')` holds the SCO's name. */
export function builtInEntities(): { data: EntityData; table: NameTable } {
  builtIn ??= entityTablesFromJson(ENTITY_TABLES_JSON);
  return builtIn;
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
  const builtIn = builtInEntities().data;
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
