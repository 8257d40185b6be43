/**
 * The country table as JSON and back, so that the table of the default languages is generated once
 * (scripts/build-tables.ts) instead of built at every start: the Latin entries as filed, and apart from them the
 * forms of other scripts, resolved but not stemmed, which are parsed (and their tables built) only when a
 * document first needs them.
 */
import type { CountryMention } from '../../types.js';
import {
  assembleCountryTable,
  type CountryForm,
  type CountryTable,
  type LatinEntry,
  type ResolvedCountryForms,
} from './country-table.js';

type Code = string | null;
type Form = CountryMention['form'];

/** The Latin entries by first word, as [key, ...entries] in insertion order. */
type LatinJson = [
  string,
  ...[phrase: string, code: Code, form: Form, rule: string, cased: string | null][],
][];
/** The resolved forms of other scripts. */
type OthersJson = [text: string, code: Code, form: Form, rule: string][];

/** Resolved forms as JSON, the Latin ones and the others apart: countryTableFromJson gives the same tables. */
export function countryTableToJson(resolved: ResolvedCountryForms): { latin: string; others: string } {
  const latin = [...resolved.latin].map(([key, entries]) => [
    key,
    ...entries.map((entry) => [entry.phrase, entry.code, entry.form, entry.rule, entry.cased]),
  ]) as LatinJson;
  const others: OthersJson = resolved.others().map((form) => [form.text, form.code, form.form, form.rule]);
  return { latin: JSON.stringify(latin), others: JSON.stringify(others) };
}

/** The table written by countryTableToJson; `others` is parsed, and its tables built, on first use. */
export function countryTableFromJson(latinJson: string, othersJson: string): CountryTable {
  const latin = new Map<string, LatinEntry[]>();
  let latinSize = 0;
  for (const row of JSON.parse(latinJson) as LatinJson) {
    const entries: LatinEntry[] = [];
    for (let k = 1; k < row.length; k++) {
      const [phrase, code, form, rule, cased] = row[k] as LatinJson[number][1];
      entries.push({ code, form, rule, phrase, cased });
    }
    latin.set(row[0], entries);
    latinSize += entries.length;
  }
  const others = (): CountryForm[] =>
    (JSON.parse(othersJson) as OthersJson).map(([text, code, form, rule]) => ({
      text,
      code,
      form,
      rule,
      priority: 0,
    }));
  return assembleCountryTable({ latin, latinSize, others });
}
