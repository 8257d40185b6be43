/** The places of the generated gazetteer as entities, parsed once from its compact text. */

import { GAZETTEER } from './data/gazetteer.generated.js';
import { plainApostrophes } from './plain-text.js';
import type { KnownEntity } from './types.js';

let places: KnownEntity[] | null = null;

/**
 * Every gazetteer place: `loadGazetteer().find((p) => p.name === 'Astana')` is the capital of KZ with the alias
 * "Nur-Sultan". Parsed on first call (about 2,000 places; a few milliseconds).
 */
export function loadGazetteer(): KnownEntity[] {
  if (places) return places;
  const parsed: KnownEntity[] = [];
  for (const line of GAZETTEER.split('\n')) {
    const [name, country, kind, , , aliases, flag] = line.split('\t');
    if (!name || !country) continue;
    const plain = plainApostrophes(name);
    parsed.push({
      key: `place:${plain}`,
      type: 'place',
      name: plain,
      acronyms: [],
      aliases: aliases ? aliases.split('|') : [],
      anyCase: false,
      country,
      terms: [],
      placeKind: kind ?? null,
      nameIsForm: flag !== 'alias-only',
    });
  }
  places = parsed;
  return places;
}
