/** Country entities from the country mentions of a document: one per ISO code, named as countryName() gives it. */
import { countryName } from '../../mentions/countries/index.js';
import type { CountryMention } from '../../types.js';
import type { Group } from './_group.js';

/** Group keys of countries by code, made once: a key made per mention was a new string to hash each time. */
const KEYS = new Map<string, string>();

/** "country:KZ" for "KZ". */
function countryKey(code: string): string {
  let key = KEYS.get(code);
  if (key === undefined) {
    key = `country:${code}`;
    KEYS.set(code, key);
  }
  return key;
}

/** Adds each country mention ("Kazakhstan", "Kazakh") to the group of its code. */
export function addCountries(
  groups: Map<string, Group>,
  mentions: readonly { mention: CountryMention; sentence: number }[],
): void {
  for (const { mention, sentence } of mentions) {
    const key = countryKey(mention.code);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        type: 'country',
        name: countryName(mention.code),
        acronym: null,
        role: null,
        country: mention.code,
        placeKind: null,
        ref: null,
        mentions: [],
        first: mention.start,
      };
      groups.set(key, group);
    }
    group.mentions.push({ text: mention.text, start: mention.start, end: mention.end, sentence });
    group.first = Math.min(group.first, mention.start);
  }
}
