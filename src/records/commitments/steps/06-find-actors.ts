/**
 * Step 6: who commits. The countries that are the subject of the cue's clause ("Kazakhstan plans to", "the
 * Chinese side agreed to", a capital for its country: "Beijing pledged to"; not "exports from Kazakhstan"); else,
 * for exports, the country they come from ("exports from Kazakhstan ..., with plans to further increase grain
 * exports": KZ); else the two countries the document is about (a leader announcing a plan at a bilateral meeting
 * speaks for both sides). A subject that is only "it" or "they" stands for the speaker of the reporting verb
 * before it ("Kazakhstan said it would open a trade office": KZ). People and organisations named before the
 * sentence's first cue (its speaker or subject) are the actor entities.
 */
import type { TokenList } from '../../../mentions/entities/index.js';
import { speakerOf } from '../_clause.js';
import type { CommitmentDraft, CommitmentEnv, CommitmentStep } from '../_draft.js';
import { type Named, once, within } from '../sentence-view.js';

/** Index of the token starting at sentence offset `start`, or -1. */
function tokenAt(tokens: TokenList, start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = tokens.start(mid);
    if (at === start) return mid;
    if (at < start) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Countries of the subject region [first, end) that no preposition governs. */
function subjectCountries(draft: CommitmentDraft, env: CommitmentEnv, first: number, end: number): string[] {
  if (end <= first) return [];
  const { tokens } = draft.view;
  const codes: string[] = [];
  for (const n of within(draft.view.standalone, tokens.start(first), tokens.end(end - 1))) {
    const code = n.code ?? n.capitalOf;
    if (code === null) continue;
    const at = tokenAt(tokens, n.start);
    let before = at - 1;
    if (tokens.lower(before) === 'the') before--;
    if (at >= 0 && env.language.nonSubjectPrepositions.has(tokens.lower(before))) continue;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** The first country of the sentence written after "from" ("exports from Kazakhstan"), or null. */
function fromCountry(draft: CommitmentDraft): string | null {
  const { tokens } = draft.view;
  for (const n of draft.view.named) {
    if (n.code === null) continue;
    const at = tokenAt(tokens, n.start);
    if (at > 0 && tokens.lower(at - 1) === 'from') return n.code;
  }
  return null;
}

/** The country exports come from, when the object is about exports. */
function exporter(draft: CommitmentDraft): string | null {
  const { tokens } = draft.view;
  let aboutExports = false;
  for (let i = draft.objectFirst; i < draft.objectEnd && !aboutExports; i++)
    aboutExports = tokens.lower(i).startsWith('export');
  return aboutExports ? once(draft.view, 'from-country', () => fromCountry(draft)) : null;
}

/** Ids of the people and organisations named before the sentence's first cue. */
function speakers(draft: CommitmentDraft): string[] {
  const firstCue = draft.view.cues.find(
    (cue) => cue.cue === 'commit' || cue.cue === 'ongoing' || cue.cue === 'report',
  );
  const until = (firstCue ?? draft.cue).start - draft.view.sentence.start;
  const ids: string[] = [];
  for (const n of draft.view.named as Named[]) {
    if (n.start >= until) break;
    if ((n.type === 'person' || n.type === 'organization') && !ids.includes(n.id)) ids.push(n.id);
  }
  return ids;
}

/** The step this file describes at its top. */
export const findActors: CommitmentStep = {
  name: 'find-actors',
  run(draft, env) {
    const cueFirst = draft.cue.side === 'before' ? draft.objectFirst : draft.cue.tokens[0];
    let actors = subjectCountries(draft, env, draft.subjectFirst, cueFirst);
    if (actors.length === 0) {
      const speaker = speakerOf(
        draft.view.tokens,
        draft.view.cues,
        draft.subjectFirst,
        cueFirst,
        env.language,
      );
      if (speaker) actors = subjectCountries(draft, env, speaker[0], speaker[1]);
    }
    if (actors.length === 0) {
      const from = exporter(draft);
      actors = from ? [from] : [...env.pair];
    }
    draft.actors = [...new Set(actors)].sort();
    draft.actorEntities = once(draft.view, 'speakers', () => speakers(draft));
  },
};
