/**
 * Step 1: names of the data files (organisations, initiatives, leaders, places), by table lookup at each
 * capitalized, all-caps or caseless word (and at lower-case words only when the sentence holds the first word
 * of an any-case name such as "visa-free regime").
 */
import { addDraft, type NameState, type NameStep, PRIORITY } from '../_draft.js';
import { HAN_RUN, WORD } from '../_tokens.js';
import { isNotNameStart } from '../lang/en.js';
import { isCaseless, matchCyrillic, matchName } from '../name-table.js';
import type { KnownEntity } from '../types.js';

/** Adds a known name over tokens [first, end). */
function addKnown(
  state: NameState,
  first: number,
  end: number,
  entity: KnownEntity,
  isAcronym: boolean,
): void {
  addDraft(state, {
    first,
    end,
    type: entity.type,
    name: entity.name,
    known: entity,
    acronym: entity.acronyms[0] ?? null,
    role: null,
    country: entity.country,
    priority: PRIORITY.known,
    rule: isAcronym ? 'known-acronym' : `known-${entity.type}`,
  });
}

/** Han names inside a run of Han characters: "习近平主席" holds "习近平". */
function scanHan(state: NameState, index: number): void {
  const run = state.tokens.word(index);
  const offset = state.tokens.start(index);
  let i = 0;
  while (i < run.length) {
    const entries = state.table.han.get(run.charCodeAt(i));
    const hit = entries?.find((entry) => run.startsWith(entry.text, i));
    if (hit) {
      addDraft(state, {
        first: index,
        end: index + 1,
        type: hit.entity.type,
        name: hit.entity.name,
        known: hit.entity,
        acronym: null,
        role: null,
        country: hit.entity.country,
        priority: PRIORITY.known,
        rule: `known-${hit.entity.type}`,
        chars: [offset + i, offset + i + hit.text.length],
      });
      i += hit.text.length;
    } else i++;
  }
}

/** The step this file describes at its top. */
export const knownNames: NameStep = {
  name: 'known-names',
  run(state) {
    const { tokens, table } = state;
    const lowerToo = state.hasAnyCaseWord;
    let i = 0;
    while (i < tokens.length) {
      const kind = tokens.kind(i);
      if (kind === HAN_RUN) {
        if (table.han.size > 0) scanHan(state, i);
        i++;
        continue;
      }
      const worth =
        kind === WORD &&
        (tokens.isCap(i) || isCaseless(tokens, i) || (lowerToo && table.anyCaseFirst.has(tokens.lower(i))));
      const match = worth ? matchName(tokens, i, table) : null;
      if (!match) {
        const russian = worth && table.cyrillic.size > 0 ? matchCyrillic(tokens, i, table) : null;
        if (russian) addKnown(state, i, russian.end, russian.entity, false);
        i = russian ? russian.end : i + 1;
        continue;
      }
      const isAcronym = match.form.exact !== null;
      // A lone common word opening a sentence ("Most", "Split") is not a place or a person.
      const weak = match.end - i === 1 && i === 0 && !isAcronym && isNotNameStart(tokens.lower(i));
      if (!weak && !(isAcronym && state.isShouting))
        addKnown(state, i, match.end, match.form.entity, isAcronym);
      i = match.end;
    }
  },
};
