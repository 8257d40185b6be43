/** Base forms of English verbs as commitments need them: "implementing" -> implement, "built" -> build. */

import type { CueLanguage } from './types.js';

// Matches the doubled final consonant of a stem ("plann", "dropp"); must not match "install" or "pass" (l, s kept).
const DOUBLED = /([b-df-hj-kmnp-rtv-xz])\1$/;

/** Removes a doubled consonant or adds the e a known verb needs. */
function repair(stem: string, language: CueLanguage): string {
  if (language.verbsWithE.has(`${stem}e`)) return `${stem}e`;
  return DOUBLED.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * The base form of a verb or participle, lower case: `lemma('increasing', EN)` is "increase", `lemma('planned',
 * EN)` "plan", `lemma('built', EN)` "build", `lemma('diversified', EN)` "diversify", `lemma('double', EN)` "double".
 */
export function lemma(word: string, language: CueLanguage): string {
  const lower = word.toLowerCase();
  const irregular = language.irregular.get(lower);
  if (irregular) return irregular;
  if (lower.length > 5 && lower.endsWith('ing')) return repair(lower.slice(0, -3), language);
  if (lower.length > 4 && lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed'))
    return repair(lower.slice(0, -2), language);
  return lower;
}
