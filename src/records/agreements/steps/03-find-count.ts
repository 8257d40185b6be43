/**
 * Step 3: how many, where stated: "12 agreements" and "twelve documents" give 12; "a Joint Statement" gives 1;
 * "several investment agreements" gives none, with the count word "several"; a plural alone gives none.
 */

import type { AgreementStep } from '../_draft.js';

// Matches the comma of "1,200"; must not match "1.5".
const THOUSANDS = /,/g;

/** A number word, compounds included: "twelve" is 12, "twenty-five" 25; else null. */
export function numberWord(word: string, numbers: ReadonlyMap<string, number>): number | null {
  const whole = numbers.get(word);
  if (whole !== undefined) return whole;
  const [tens, ones, ...rest] = word.split('-');
  const a = tens === undefined ? undefined : numbers.get(tens);
  const b = ones === undefined ? undefined : numbers.get(ones);
  return rest.length === 0 && a !== undefined && b !== undefined && a >= 20 && b < 10 ? a + b : null;
}

/** The step this file describes at its top. */
export const findCount: AgreementStep = {
  name: 'find-count',
  run(draft, env) {
    const { tokens } = draft.view;
    const at = draft.nameFirst - 1;
    if (at < 0) return;
    if (tokens.kind(at) === 2) {
      const value = Number(tokens.word(at).replace(THOUSANDS, ''));
      if (Number.isFinite(value)) draft.count = value;
      return;
    }
    const phrase = [tokens.lower(at - 2), tokens.lower(at - 1), tokens.lower(at)]
      .filter((word) => word !== '')
      .join(' ');
    for (const countWord of env.language.countWords) {
      if (phrase === countWord || phrase.endsWith(` ${countWord}`)) {
        draft.countWord = countWord;
        return;
      }
    }
    const number = numberWord(tokens.lower(at), env.language.numberWords);
    if (number !== null) draft.count = number;
  },
};
