/**
 * Step 4: the parties: the countries the sentence names ("the Kazakh-Chinese Business Council, where several
 * investment agreements were signed": CN, KZ); none, or one of the document's pair with "both", "two",
 * "sides", "leaders", "bilateral", gives the document's pair ("both leaders signed a Joint Statement").
 */
import { once } from '../../commitments/index.js';
import type { AgreementDraft, AgreementStep } from '../_draft.js';

/** Words that say both sides of the document's pair signed. */
const BOTH = new Set(['both', 'two', 'sides', 'leaders', 'bilateral', 'parties']);

/** Countries the sentence names (outside longer names), and whether it says both sides signed. */
function sentenceParties(draft: AgreementDraft): { codes: string[]; saysBoth: boolean } {
  const codes = new Set<string>();
  for (const named of draft.view.standalone) if (named.code) codes.add(named.code);
  const { tokens } = draft.view;
  let saysBoth = false;
  for (let i = 0; i < tokens.length && !saysBoth; i++)
    saysBoth = tokens.size(i) <= 9 && BOTH.has(tokens.lower(i));
  return { codes: [...codes], saysBoth };
}

/** The step this file describes at its top. */
export const findParties: AgreementStep = {
  name: 'find-parties',
  run(draft, env) {
    const { codes, saysBoth } = once(draft.view, 'parties', () => sentenceParties(draft));
    const pairHas = codes.every((code) => env.pair.includes(code));
    const parties =
      codes.length === 0 || (codes.length === 1 && saysBoth && pairHas)
        ? [...new Set([...codes, ...env.pair])]
        : codes;
    draft.parties = [...parties].sort();
  },
};
