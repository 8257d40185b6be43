/**
 * Roles of people: the role the text gives ("President of Kazakhstan"); a bare title the data confirms
 * ("President" for Xi Jinping) becomes the office of the data file; no role in the text gives the office the
 * person held on the published date, if the data file knows it.
 */
import type { KnownEntity, LeaderTerm } from '../../mentions/entities/index.js';
import { ownValue } from '../../own-value.js';
import type { Group } from './_group.js';

/** The term held on `date` (or today's term when the date is unknown): first listed wins. */
export function termOn(terms: readonly LeaderTerm[], date: string | null): LeaderTerm | null {
  if (date === null) return terms.find((term) => term.to === null) ?? null;
  return (
    terms.find(
      (term) => (term.from === null || term.from <= date) && (term.to === null || date <= term.to),
    ) ?? null
  );
}

/** Titles that name the same office: a Chinese premier is often called prime minister. */
const SAME_TITLES: Readonly<Record<string, string>> = {
  premier: 'prime minister',
  'vice-president': 'vice president',
};

/** A title in one spelling for comparing: `sameTitle('Premier')` is "prime minister". */
function sameTitle(title: string): string {
  const lower = title.toLowerCase();
  return ownValue(SAME_TITLES, lower) ?? lower;
}

/** Sets the role and country of every person group from the text and the data. */
export function setRoles(
  groups: Iterable<Group>,
  leaders: ReadonlyMap<string, KnownEntity>,
  published: string | null,
): void {
  for (const group of groups) {
    if (group.type !== 'person') continue;
    const leader = group.ref ? leaders.get(group.ref) : undefined;
    if (!leader) continue;
    group.country ??= leader.country;
    const held = termOn(leader.terms, published);
    if (group.role === null) {
      group.role = held?.office ?? null;
      continue;
    }
    const title = sameTitle(group.role);
    const confirmed = leader.terms.find((term) => sameTitle(term.title) === title);
    if (confirmed) group.role = (held && sameTitle(held.title) === title ? held : confirmed).office;
  }
}
