/** Words that start a country name or adjective: never a candidate name (the country stage names them). */
import { DEFAULT_LANGUAGES } from '../../countries/index.js';
import { loadCountryTable } from '../../countries/load-country-table.js';

let words: ReadonlySet<string> | null = null;

/** True for "kazakhstan", "chinese", "kazakh-chinese" (every part a country word); false for "tokayev". */
export function isCountryWord(lower: string): boolean {
  words ??= new Set(loadCountryTable(DEFAULT_LANGUAGES).latin.keys());
  if (words.has(lower)) return true;
  return lower.includes('-') && lower.split('-').every((part) => words?.has(part) ?? false);
}
