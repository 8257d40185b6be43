import { InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../documents/create-document.js';
import { DEFAULT_DB } from '../store/open-store.js';
import { LIST_FORMATS } from './output.js';

/** `--db FILE`, defaulting to ACCORD_DB, then ./accord.db. */
export function dbOption(): Option {
  return new Option('--db <file>', 'store file').env('ACCORD_DB').default(DEFAULT_DB);
}

/** `--format`, one of the list formats. */
export function formatOption(choices: readonly string[] = LIST_FORMATS, fallback = 'table'): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(fallback);
}

/** Parses an ISO date option: `parseIsoDate("2024-07-03")`; a bad one is a usage error. */
export function parseIsoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Parses a positive integer option: `parsePositiveInt("50")` is 50. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}

/** Parses a language code option: `parseLang("EN")` is "en". */
export function parseLang(value: string): string {
  if (!/^[a-z]{2,3}$/i.test(value))
    throw new InvalidArgumentError(`expected a language code such as en, ru, zh`);
  return value.toLowerCase();
}
