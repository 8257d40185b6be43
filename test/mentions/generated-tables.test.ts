/**
 * The generated tables (scripts/build-tables.ts): up to date with their sources, and equal to the tables the
 * product would otherwise build at start-up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_TABLE_PATH,
  countryTableModule,
  ENTITY_TABLES_PATH,
  entityTablesModule,
} from '../../scripts/build-tables.js';
import { collectForms } from '../../src/mentions/countries/_forms.js';
import { DEFAULT_LANGUAGES, readDemonyms } from '../../src/mentions/countries/_sources.js';
import { type CountryTable, createCountryTable } from '../../src/mentions/countries/country-table.js';
import { loadCountryTable } from '../../src/mentions/countries/load-country-table.js';
import { builtInEntities } from '../../src/mentions/entities/load-entity-data.js';
import { createNameTable } from '../../src/mentions/entities/name-table.js';
import { readBuiltInEntityData } from '../../src/mentions/entities/read-built-in-data.js';

const REGENERATE = 'out of date: run `npx tsx scripts/build-tables.ts`';

describe('generated tables', () => {
  it('are up to date with the data files, the gazetteer and i18n-iso-countries', () => {
    expect(readFileSync(ENTITY_TABLES_PATH, 'utf8') === entityTablesModule(), REGENERATE).toBe(true);
    expect(readFileSync(COUNTRY_TABLE_PATH, 'utf8') === countryTableModule(), REGENERATE).toBe(true);
  });

  it('give the entity data as read from its files', () => {
    const { data } = builtInEntities();
    const read = readBuiltInEntityData();
    expect(data).toEqual(read);
    expect(Object.keys(data)).toEqual(['organizations', 'leaders', 'initiatives', 'places']);
    for (const list of ['organizations', 'leaders', 'initiatives', 'places'] as const) {
      expect(data[list].map((entity) => JSON.stringify(entity))).toEqual(
        read[list].map((entity) => JSON.stringify(entity)),
      );
    }
    expect(data.places.find((place) => place.name === 'Astana')).toMatchObject({
      key: 'place:Astana',
      country: 'KZ',
      placeKind: 'capital',
      nameIsForm: true,
    });
  });

  it('give the name table createNameTable builds, forms naming the data objects', () => {
    const { data, table } = builtInEntities();
    const built = createNameTable(data);
    expect(table.size).toBe(built.size);
    expect([...table.byFirst.keys()]).toEqual([...built.byFirst.keys()]);
    expect(table.byFirst).toEqual(built.byFirst);
    expect(table.han).toEqual(built.han);
    expect(table.cyrillic).toEqual(built.cyrillic);
    expect(table.anyCaseFirst).toEqual(built.anyCaseFirst);
    for (const [first, forms] of table.byFirst) {
      const builtForms = built.byFirst.get(first) ?? [];
      for (let i = 0; i < forms.length; i++) expect(forms[i]?.entity).toBe(builtForms[i]?.entity);
    }
    const sco = table.byFirst.get('shanghai')?.find((form) => form.tokens.length === 3);
    expect(sco?.tokens).toEqual(['shanghai', 'cooperation', 'organisation']);
    expect(sco?.entity.acronyms).toContain('SCO');
    expect(table.byFirst.get('sco')?.[0]).toMatchObject({ tokens: ['sco'], exact: ['SCO'] });
  });

  it('give the country table of the default languages as collectForms and createCountryTable build it', () => {
    const demonyms = readDemonyms();
    const built = createCountryTable(
      collectForms({ languages: DEFAULT_LANGUAGES }, demonyms),
      demonyms.prefer,
    );
    const loaded = loadCountryTable();
    const tables = (table: CountryTable) => ({
      latin: [...table.latin],
      cyrillic: [...table.cyrillic],
      han: [...table.han],
      size: table.size,
    });
    expect(tables(loaded)).toEqual(tables(built));
    expect(loaded.latin.get('kazakhstan')?.[0]).toEqual({
      code: 'KZ',
      form: 'name',
      rule: 'name:en',
      phrase: 'kazakhstan',
      cased: null,
    });
    expect(loaded.han.get('哈'.charCodeAt(0))?.some((entry) => entry.code === 'KZ')).toBe(true);
  });
});
