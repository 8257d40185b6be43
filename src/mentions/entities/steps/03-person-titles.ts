/**
 * Step 3: people after a title, "President Kassym-Jomart Tokayev", "Kazakhstan's President X", "Chinese Foreign
 * Minister Wang Yi", "Minister of Foreign Affairs Murat Nurtleu". The role is the title, with the country written
 * before it or after "of": "President of Kazakhstan". A known leader at the same place takes the role. Titles are
 * looked for only at and just before runs of capitalized words.
 */
import { addDraft, type NameState, type NameStep, ownerOf, PRIORITY, spanText } from '../_draft.js';
import type { TokenList } from '../_tokens.js';
import { HONORIFICS, isNotNameStart } from '../lang/en.js';
import { OFFICE_WORDS } from '../lang/offices.js';
import { countryBefore, countryOfToken, isTitleStart, roleOf, titleCase, titleEnd } from './_titles.js';

/** Most words in a name after a title; most lower-case title words before a run. */
const MAX_NAME_WORDS = 4;
const LOOK_BACK = 3;

/** After "of": office words and a country ("of Foreign Affairs", "of Kazakhstan"); returns the end and the country. */
function officeEnd(tokens: TokenList, at: number): { end: number; country: string | null } {
  if (tokens.lower(at) !== 'of') return { end: at, country: null };
  let end = at + 1;
  let country: string | null = null;
  while (end < tokens.length && end - at < 8) {
    const code: string | null = country === null ? countryOfToken(tokens, end) : null;
    const lower = tokens.lower(end);
    if (code) {
      country = code;
      end++;
    } else if (OFFICE_WORDS.has(lower) && (tokens.isCap(end) || lower === 'and' || lower === 'the')) end++;
    else break;
  }
  return end > at + 1 ? { end, country } : { end: at, country: null };
}

/** End of the name starting at `at`, within the run ending at `runEnd`: up to four words, no titles. */
function nameEnd(state: NameState, at: number, runEnd: number): number {
  const { tokens } = state;
  let end = at;
  while (end < runEnd && end - at < MAX_NAME_WORDS) {
    if (isTitleStart(tokens, end) || isNotNameStart(tokens.lower(end))) break;
    const owner = ownerOf(state, end);
    if (owner && owner.type !== 'person' && owner.type !== null) break;
    end++;
  }
  return end;
}

/** Tries a title at `p` before the name part of the run [runStart, runEnd); returns the index after the name or -1. */
function tryTitle(state: NameState, p: number, runStart: number, runEnd: number): number {
  const { tokens } = state;
  const afterTitle = titleEnd(tokens, p);
  if (afterTitle < 0) return -1;
  const office = officeEnd(tokens, afterTitle);
  const start = office.end;
  if (start < runStart || start >= runEnd) return -1;
  const end = nameEnd(state, start, runEnd);
  if (end === start || countryOfToken(tokens, start)) return -1;
  const honorific = HONORIFICS.has(tokens.lower(p));
  const country = office.country ?? countryBefore(tokens, p);
  const role = honorific
    ? null
    : roleOf(titleCase(spanText(state, p, start)), country, office.country !== null);
  const owner = ownerOf(state, start);
  if (owner?.type === 'person' && owner.first === start) {
    owner.role ??= role;
    owner.country ??= country;
  } else {
    addDraft(state, {
      first: start,
      end,
      type: 'person',
      name: spanText(state, start, end),
      known: null,
      acronym: null,
      role,
      country,
      priority: PRIORITY.pattern,
      rule: 'person-title',
    });
  }
  return end;
}

/** The step this file describes at its top. */
export const personTitles: NameStep = {
  name: 'person-titles',
  run(state) {
    // `from` is the end of the last name found: a title may stand in the run before ("Minister" of "Minister of
    // Foreign Affairs Murat Nurtleu" is a run of its own).
    let from = 0;
    for (const [runStart, runEnd] of state.runs) {
      let p = Math.max(from, runStart - LOOK_BACK);
      while (p < runEnd - 1) {
        const after = tryTitle(state, p, runStart, runEnd);
        if (after > 0) from = after;
        p = after > 0 ? after : p + 1;
      }
    }
  },
};
