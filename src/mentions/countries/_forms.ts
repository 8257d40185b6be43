/** Gathers every form of every country from the sources, with the priority that settles conflicts. */
import { AccordError } from '../../errors.js';
import { checkForms, type DemonymData, isoNames } from './_sources.js';
import { adjectiveVariants, nameVariants } from './_variants.js';
import type { CountryForm } from './country-table.js';

/** What to gather: the languages of i18n-iso-countries names, and the user's extra adjectives. */
export interface FormSources {
  languages: readonly string[];
  extraDemonyms?: Record<string, string[]> | undefined;
}

/** Priority of a variant: the name as given keeps it; derived parts ("США" out of "Виргинские острова (США)") lose half. */
function variantPriority(priority: number, index: number): number {
  return index === 0 ? priority : priority - 0.5;
}

/**
 * All forms: names of each language (priority 0), aliases and adjectives of data/demonyms.json (1),
 * the user's (2), phrases that are not countries (3); derived variants a half less:
 * `collectForms({languages: ['en']}, data)` includes "Kazakhstan" KZ.
 */
export function collectForms({ languages, extraDemonyms }: FormSources, data: DemonymData): CountryForm[] {
  const forms: CountryForm[] = [];
  for (const lang of languages) {
    const names = isoNames(lang);
    if (!names) throw new AccordError('BAD_INPUT', `countries: no country names for language "${lang}"`);
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        nameVariants(name).forEach((text, index) => {
          forms.push({ text, code, form: 'name', rule: `name:${lang}`, priority: variantPriority(0, index) });
        });
      }
    }
  }
  for (const [code, list] of Object.entries(data.aliases)) {
    for (const alias of list) {
      nameVariants(alias).forEach((text, index) => {
        forms.push({ text, code, form: 'name', rule: 'alias', priority: variantPriority(1, index) });
      });
    }
  }
  for (const [code, list] of Object.entries(data.adjectives)) {
    for (const adjective of list) {
      for (const text of adjectiveVariants(adjective))
        forms.push({ text, code, form: 'adjective', rule: 'demonym', priority: 1 });
    }
  }
  const extra = extraDemonyms === undefined ? {} : checkForms(extraDemonyms, 'extraDemonyms');
  for (const [code, list] of Object.entries(extra)) {
    for (const adjective of list) {
      for (const text of adjectiveVariants(adjective))
        forms.push({ text, code, form: 'adjective', rule: 'extra', priority: 2 });
    }
  }
  for (const text of data.notCountries) {
    forms.push({ text: text.normalize('NFC'), code: null, form: 'name', rule: 'not-a-country', priority: 3 });
  }
  return forms;
}
