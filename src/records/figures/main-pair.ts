/** The two countries a document is about: the two it mentions most, ties going to the one named first. */
import type { CountryMention } from '../../types.js';

/** mainPair([[KZ, CN], [KZ], [RU]]) is ["CN", "KZ"]; one country named gives one; none gives []. */
export function mainPair(mentionsBySentence: readonly (readonly CountryMention[])[]): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  let order = 0;
  for (const mentions of mentionsBySentence) {
    for (const mention of mentions) {
      const seen = counts.get(mention.code);
      if (seen) seen.count++;
      else counts.set(mention.code, { count: 1, first: order++ });
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([code]) => code)
    .sort();
}
