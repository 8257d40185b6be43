/**
 * Step 9: the sectors named in the object (a list gives several: "energy, infrastructure, agriculture ...");
 * only the words of a name that say what it is count ("Beijing University of Language and Culture" is
 * education, not culture). Else the sector of the figure's indicator family ("trade.total": trade); else the
 * sectors the whole sentence names ("Energy cooperation is a critical area, with ongoing projects ...").
 * An object that ends its sentence at a colon takes the sectors of the list set out after it, one item a line
 * ("investment projects in the following fields:" / "energy and infrastructure;" / "agriculture.").
 */

import { documentTokens, type TokenList } from '../../../mentions/entities/index.js';
import {
  INITIATIVE_SUFFIXES,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
} from '../../../mentions/entities/lang/en.js';
import { ownValue } from '../../../own-value.js';
import { COLON } from '../_clause.js';
import type { CommitmentDraft, CommitmentEnv, CommitmentStep } from '../_draft.js';
import { sectorsIn } from '../sectors.js';
import { once } from '../sentence-view.js';

/** Words that say what kind of thing a name is: the only words of a name that count ("University", "pipeline"). */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_SUFFIXES,
  ...ORGANIZATION_HEADS,
  ...INITIATIVE_SUFFIXES,
]);

/** Most tokens in one item of a list set out after a colon, and most items read. */
const MAX_ITEM_TOKENS = 12;
const MAX_ITEMS = 20;

/** Closing quotes and brackets that may follow the full stop of a list's last item: " ' ” ’ ). */
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41]);

/** True when the tokens end with a full stop, "!" or "?", closing quotes and brackets aside ("aerospace and IT."). */
function endsList(item: TokenList): boolean {
  let i = item.length - 1;
  while (i > 0 && CLOSERS.has(item.firstCode(i))) i--;
  const code = item.firstCode(i);
  return code === 46 || code === 33 || code === 63;
}

/**
 * Sectors of the items set out, one a sentence, after the sentence of `draft` when its object ends it at a colon:
 * short items up to one that closes with a full stop, at most MAX_ITEMS. Tokens only, no scan of the text: a
 * megabyte sentence with thousands of promises stays linear.
 */
function sectorsOfList(draft: CommitmentDraft, env: CommitmentEnv): string[] {
  const { sentence, tokens } = draft.view;
  const last = tokens.length - 1;
  if (draft.objectEnd !== last || tokens.firstCode(last) !== COLON) return [];
  const sentences = env.document.sentences;
  // A sentence is found by its index, never searched for: a document of many colons stays linear.
  const at = sentence.index;
  if (sentences[at] !== sentence) return [];
  const items = documentTokens(env.document);
  const found: string[] = [];
  for (let position = at + 1; position < sentences.length && position <= at + MAX_ITEMS; position++) {
    const item = items.at(position);
    if (item.length > MAX_ITEM_TOKENS) break;
    for (const sector of sectorsIn(item, 0, item.length, env.sectors))
      if (!found.includes(sector)) found.push(sector);
    if (endsList(item)) break;
  }
  return found;
}

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
    if (sectors.length === 0) sectors = sectorsOfList(draft, env);
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
