/**
 * Ties each name mention to the entity it names: typed mentions by their data entry or canonical name; people
 * found by a pattern under the longest name of the same person ("Nurtleu" under "Murat Nurtleu"); candidates
 * ("Tokayev", "EAEU") to the one person whose name holds all their words, or to an acronym the document
 * defines; other candidates are dropped.
 */
import type { EntityType } from '../../types.js';
import { addToGroup, type Group, type Located, plainName } from './_group.js';

/** Words of a person's name, lower case: "Kassym-Jomart Tokayev" gives kassym-jomart, kassym, jomart, tokayev. */
function nameWords(name: string): string[] {
  const words = plainName(name).split(' ');
  return [...new Set([...words, ...words.flatMap((word) => (word.includes('-') ? word.split('-') : []))])];
}

/** Key of a typed mention: its type and plain canonical name (the same for a data entry and a pattern). */
function keyOf(located: Located): string {
  return `${located.mention.type}:${plainName(located.mention.name)}`;
}

/** People of the document by each word of their names; a word shared by two people points to none. */
function personIndex(groups: Map<string, Group>): Map<string, Group | null> {
  const index = new Map<string, Group | null>();
  for (const group of groups.values()) {
    if (group.type !== 'person') continue;
    for (const word of nameWords(group.name)) {
      if (word.length < 2) continue;
      const seen = index.get(word);
      index.set(word, seen === undefined || seen === group ? group : null);
    }
  }
  return index;
}

/** The one person all words of `text` belong to, or null. */
function personOf(text: string, index: Map<string, Group | null>): Group | null {
  let found: Group | null = null;
  for (const word of plainName(text).split(' ')) {
    const group = index.get(word);
    if (!group || (found && found !== group)) return null;
    found = group;
  }
  return found;
}

/** Folds people found by patterns into a longer name of the same person ("Nurtleu" into "Murat Nurtleu"). */
function mergePeople(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((group) => group.type === 'person');
  people.sort((a, b) => b.name.length - a.name.length);
  for (const short of people) {
    if (short.ref !== null) continue;
    const words = nameWords(short.name);
    const long = people.find(
      (other) =>
        other !== short &&
        groups.has(other.key) &&
        (other.name.length > short.name.length || other.ref !== null) &&
        words.every((word) => nameWords(other.name).includes(word)),
    );
    if (!long) continue;
    long.mentions.push(...short.mentions);
    long.role ??= short.role;
    long.country ??= short.country;
    long.first = Math.min(long.first, short.first);
    groups.delete(short.key);
  }
}

/**
 * Groups the mentions of a document by entity: `resolveNames([...typed, ...candidates])` puts a later
 * candidate "Tokayev" with "Kassym-Jomart Tokayev" found by a title pattern.
 */
export function resolveNames(mentions: readonly Located[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const acronyms = new Map<string, Group>();
  for (const located of mentions) {
    const type = located.mention.type;
    if (type === null) continue;
    const group = addToGroup(groups, keyOf(located), type, located);
    if (located.mention.acronym && type !== 'person') acronyms.set(located.mention.acronym, group);
  }
  mergePeople(groups);
  const people = personIndex(groups);
  for (const located of mentions) {
    const { mention } = located;
    if (mention.type !== null) continue;
    const byAcronym = mention.acronym ? acronyms.get(mention.acronym) : undefined;
    const target = byAcronym ?? personOf(mention.text, people);
    if (target)
      addToGroup(groups, target.key, target.type as EntityType, {
        ...located,
        mention: { ...mention, name: target.name },
      });
  }
  return groups;
}
