/**
 * The built-in entity data read from its sources, data/organizations.json, leaders.json, initiatives.json and the
 * gazetteer module, for scripts/build-tables.ts to generate the module the product loads it from (and for the
 * test that keeps that module up to date).
 */
import { loadGazetteer } from './gazetteer.js';
import { readInitiatives, readLeaders, readOrganizations } from './read-entity-files.js';
import type { EntityData } from './types.js';

const DATA_DIR = new URL('../../../data/', import.meta.url);

/**
 * Reads and checks the built-in data files and parses the gazetteer: `readBuiltInEntityData()` deep-equals
 * `loadEntityData()` while the generated module is up to date. Throws AccordError naming a malformed file.
 */
export function readBuiltInEntityData(): EntityData {
  return {
    organizations: readOrganizations(new URL('organizations.json', DATA_DIR), 'data/organizations.json'),
    leaders: readLeaders(new URL('leaders.json', DATA_DIR), 'data/leaders.json'),
    initiatives: readInitiatives(new URL('initiatives.json', DATA_DIR), 'data/initiatives.json'),
    places: loadGazetteer(),
  };
}
