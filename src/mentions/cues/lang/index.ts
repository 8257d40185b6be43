/** Cue words by language (ISO 639-1); English is the fallback. Russian and Chinese follow the same shape. */
import type { CueLanguage } from '../types.js';
import { EN_CUES, EN_SKIPPABLE } from './en.js';
import {
  EN_ACTOR_WORDS,
  EN_ASPIRATION_OBJECTS,
  EN_ASPIRATION_VERBS,
  EN_CLAUSE_OPENERS,
  EN_COUNT_WORDS,
  EN_IRREGULAR,
  EN_NOMINALIZATIONS,
  EN_NON_SUBJECT,
  EN_NUMBER_WORDS,
  EN_OBJECT_ACTIONS,
  EN_VERBS_WITH_E,
} from './en-actions.js';

/**
 * English: the cue phrases of en.ts and the action words of en-actions.ts. Word tables are Maps: a report's words
 * are looked up there, and a Map has no prototype keys ("constructor") and hashes a fresh string once.
 */
export const EN: CueLanguage = {
  cues: EN_CUES,
  skippable: EN_SKIPPABLE,
  irregular: new Map(Object.entries(EN_IRREGULAR)),
  verbsWithE: EN_VERBS_WITH_E,
  nominalizations: new Map(Object.entries(EN_NOMINALIZATIONS)),
  objectActions: new Map(Object.entries(EN_OBJECT_ACTIONS)),
  aspirationVerbs: EN_ASPIRATION_VERBS,
  aspirationObjects: EN_ASPIRATION_OBJECTS,
  actorWords: EN_ACTOR_WORDS,
  nonSubjectPrepositions: EN_NON_SUBJECT,
  clauseOpeners: EN_CLAUSE_OPENERS,
  countWords: EN_COUNT_WORDS,
  numberWords: new Map(Object.entries(EN_NUMBER_WORDS)),
};

/** Languages with cue words. */
export const CUE_LANGUAGES: Readonly<Record<string, CueLanguage>> = { en: EN };

/** The cue words of `lang`, or English: `cueLanguage('ru')` is English until Russian cues are written. */
export function cueLanguage(lang: string | null | undefined): CueLanguage {
  return (lang ? CUE_LANGUAGES[lang] : undefined) ?? EN;
}
