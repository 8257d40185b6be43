/**
 * Step 9: the sectors named in the object (a list gives several: "energy, infrastructure, agriculture ...");
 * only the words of a name that say what it is count ("Beijing University of Language and Culture" is
 * education, not culture). Else the sector of the figure's indicator family ("trade.total": trade); else the
 * sectors the whole sentence names ("Energy cooperation is a critical area, with ongoing projects ...").
 */
import {
  INITIATIVE_SUFFIXES,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
} from '../../../mentions/entities/lang/en.js';
import { ownValue } from '../../../own-value.js';
import type { CommitmentDraft, CommitmentStep } from '../_draft.js';
import { sectorsIn } from '../sectors.js';
import { once } from '../sentence-view.js';

/** Words that say what kind of thing a name is: the only words of a name that count ("University", "pipeline"). */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_SUFFIXES,
  ...ORGANIZATION_HEADS,
  ...INITIATIVE_SUFFIXES,
]);

/** Per token, true inside a name (not a country) where the word does not say what kind of thing it is. */
function maskOf(draft: CommitmentDraft): boolean[] {
  const { tokens } = draft.view;
  const masked: boolean[] = [];
  let k = 0;
  const spans = draft.view.standalone.filter((n) => n.type !== 'country');
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    while (k < spans.length && (spans[k]?.end ?? 0) <= start) k++;
    const span = spans[k];
    masked.push(
      span !== undefined &&
        span.start <= start &&
        tokens.end(i) <= span.end &&
        !KIND_WORDS.has(tokens.lower(i)),
    );
  }
  return masked;
}

/** The step this file describes at its top. */
export const findSectors: CommitmentStep = {
  name: 'find-sectors',
  run(draft, env) {
    const { tokens } = draft.view;
    const mask = once(draft.view, 'sector-mask', () => maskOf(draft));
    const masked = (i: number): boolean => mask[i] === true;
    let sectors = sectorsIn(tokens, draft.objectFirst, draft.objectEnd, env.sectors, masked);
    if (sectors.length === 0 && draft.figure !== null) {
      const family = env.figures[draft.figure]?.indicator?.split('.')[0];
      const sector = family ? ownValue(env.sectors.indicators, family) : undefined;
      if (sector) sectors = [sector];
    }
    if (sectors.length === 0) {
      sectors = once(draft.view, 'sentence-sectors', () =>
        sectorsIn(tokens, 0, tokens.length, env.sectors, masked),
      );
    }
    draft.sectors = sectors;
  },
};
