/**
 * The built-in entity data and its name table as JSON and back, so that both are generated once
 * (scripts/build-tables.ts) instead of read, checked and built at every start. Organisations, initiatives and
 * leaders are written as loaded, places as [name, country, kind, aliases, name is a form] (all else about a
 * gazetteer place is the same for each). The table is written compactly, each form naming its entity by index in
 * data order (organisations, initiatives, leaders, places): a form of one token that is not an acronym as the
 * bare index, others as [index, tokens] or, for acronyms, [index, tokens, tokens as written].
 */
import type { NameForm, NameTable } from './name-table.js';
import type { EntityData, KnownEntity } from './types.js';

/** One form of a first token, as written. */
type FormJson =
  | number
  | [entity: number, tokens: string[]]
  | [entity: number, tokens: string[], exact: string[]];

/** A gazetteer place. */
type PlaceJson = [
  name: string,
  country: string | null,
  kind: string | null,
  aliases: string[],
  nameIsForm: 0 | 1,
];

/** What the generated module holds; each Map as a list of [key, ...entries] in insertion order. */
interface EntityTablesJson {
  data: Omit<EntityData, 'places'>;
  places: PlaceJson[];
  byFirst: [string, ...FormJson[]][];
  han: [number, ...[text: string, entity: number][]][];
  cyrillic: [string, ...[stems: string[], entity: number][]][];
  anyCaseFirst: string[];
  size: number;
}

/** Every entity of the data in the order the table files them. */
function entitiesOf(data: EntityData): KnownEntity[] {
  return [...data.organizations, ...data.initiatives, ...data.leaders, ...data.places];
}

/** The place of a PlaceJson. */
function placeOf([name, country, kind, aliases, nameIsForm]: PlaceJson): KnownEntity {
  return {
    key: `place:${name}`,
    type: 'place',
    name,
    acronyms: [],
    aliases,
    anyCase: false,
    country,
    terms: [],
    placeKind: kind,
    nameIsForm: nameIsForm === 1,
  };
}

/** A place as PlaceJson; throws when the place holds more than PlaceJson keeps. */
function placeJson(place: KnownEntity): PlaceJson {
  const json: PlaceJson = [
    place.name,
    place.country,
    place.placeKind,
    place.aliases,
    place.nameIsForm ? 1 : 0,
  ];
  if (JSON.stringify(placeOf(json)) !== JSON.stringify(place))
    throw new Error(`entityTablesToJson: ${place.key} does not fit the compact place`);
  return json;
}

/**
 * The data and its table as JSON: `entityTablesFromJson(entityTablesToJson(data, table))` gives equal data and
 * an equal table. Throws when the table names an entity not in the data, or a place holds what is not kept.
 */
export function entityTablesToJson(data: EntityData, table: NameTable): string {
  const index = new Map<KnownEntity, number>(entitiesOf(data).map((entity, i) => [entity, i]));
  const at = (entity: KnownEntity): number => {
    const i = index.get(entity);
    if (i === undefined) throw new Error(`entityTablesToJson: ${entity.key} is not in the data`);
    return i;
  };
  const form = ({ tokens, exact, entity }: NameForm): FormJson => {
    if (exact) return [at(entity), tokens, exact];
    return tokens.length === 1 ? at(entity) : [at(entity), tokens];
  };
  const json: EntityTablesJson = {
    data: { organizations: data.organizations, leaders: data.leaders, initiatives: data.initiatives },
    places: data.places.map(placeJson),
    byFirst: [...table.byFirst].map(([first, forms]) => [first, ...forms.map(form)]),
    han: [...table.han].map(([code, list]) => [code, ...list.map(({ text, entity }) => [text, at(entity)])]),
    cyrillic: [...table.cyrillic].map(([key, list]) => [
      key,
      ...list.map(({ stems, entity }) => [stems, at(entity)]),
    ]),
    anyCaseFirst: [...table.anyCaseFirst],
    size: table.size,
  } as EntityTablesJson;
  return JSON.stringify(json);
}

/** The data and table written by entityTablesToJson, each form naming the entity object of the data again. */
export function entityTablesFromJson(text: string): { data: EntityData; table: NameTable } {
  const json = JSON.parse(text) as EntityTablesJson;
  const places: KnownEntity[] = [];
  for (const place of json.places) places.push(placeOf(place));
  const data: EntityData = { ...json.data, places };
  const entities = entitiesOf(data);
  const entityAt = (i: number): KnownEntity => {
    const entity = entities[i];
    if (!entity) throw new Error(`entityTablesFromJson: no entity ${i}`);
    return entity;
  };
  const byFirst = new Map<string, NameForm[]>();
  for (const row of json.byFirst) {
    const first = row[0];
    const forms: NameForm[] = [];
    for (let k = 1; k < row.length; k++) {
      const value = row[k] as FormJson;
      const entity = entityAt(typeof value === 'number' ? value : value[0]);
      const tokens = typeof value === 'number' ? [first] : value[1];
      const exact = typeof value === 'number' ? null : (value[2] ?? null);
      forms.push({ tokens, exact, anyCase: entity.anyCase, entity });
    }
    byFirst.set(first, forms);
  }
  const han: NameTable['han'] = new Map();
  for (const [code, ...list] of json.han)
    han.set(
      code,
      list.map(([text, i]) => ({ text, entity: entityAt(i) })),
    );
  const cyrillic: NameTable['cyrillic'] = new Map();
  for (const [key, ...list] of json.cyrillic)
    cyrillic.set(
      key,
      list.map(([stems, i]) => ({ stems, entity: entityAt(i) })),
    );
  return {
    data,
    table: { byFirst, han, cyrillic, anyCaseFirst: new Set(json.anyCaseFirst), size: json.size },
  };
}
