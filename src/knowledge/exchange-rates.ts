import { readFileSync } from 'node:fs';
import { AccordError, errorMessage } from '../errors.js';

/** US dollars per unit of a currency, optionally by year: `{"EUR": 1.08, "KZT": {"2023": 0.0022}}`. */
export type ExchangeRates = ReadonlyMap<string, number | ReadonlyMap<string, number>>;

/** A conversion to USD with the rate it used, or null when the table has no rate for the currency. */
export interface UsdValue {
  value: number;
  rate: number;
  /** "EUR 1.08 USD (2023)" */
  rateLabel: string;
}

/** Reads an exchange-rate table from JSON; a bad file is an AccordError naming the file and the entry. */
export function loadExchangeRates(path: string): ExchangeRates {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AccordError('BAD_INPUT', `cannot read exchange rates from ${path}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AccordError('BAD_INPUT', `${path}: expected {"EUR": 1.08} or {"EUR": {"2023": 1.08}}`);
  }
  const rates = new Map<string, number | Map<string, number>>();
  for (const [code, rate] of Object.entries(data)) {
    if (!/^[A-Z]{3}$/.test(code))
      throw new AccordError('BAD_INPUT', `${path}: "${code}" is not an ISO 4217 code`);
    if (typeof rate === 'number' && rate > 0) {
      rates.set(code, rate);
      continue;
    }
    if (rate && typeof rate === 'object') {
      const byYear = new Map<string, number>();
      for (const [year, value] of Object.entries(rate)) {
        if (!/^\d{4}$/.test(year) || typeof value !== 'number' || !(value > 0)) {
          throw new AccordError('BAD_INPUT', `${path}: ${code} ${year}: expected a year and a positive rate`);
        }
        byYear.set(year, value);
      }
      rates.set(code, byYear);
      continue;
    }
    throw new AccordError('BAD_INPUT', `${path}: ${code}: expected a positive number or rates by year`);
  }
  return rates;
}

/**
 * Converts money to USD with the rate of the year when the table has one: `toUsd(739e9, 'EUR', '2023', rates)` with
 * EUR 1.08 gives about 798e9 and the label "EUR 1.08 USD". USD itself and non-money units give null.
 */
export function toUsd(
  value: number,
  unit: string,
  year: string | null,
  rates: ExchangeRates | undefined,
): UsdValue | null {
  if (!rates || unit === 'USD') return null;
  const entry = rates.get(unit);
  if (entry === undefined) return null;
  let rate: number | undefined;
  let label: string;
  if (typeof entry === 'number') {
    rate = entry;
    label = `${unit} ${entry} USD`;
  } else {
    rate = year ? entry.get(year) : undefined;
    if (rate === undefined) return null;
    label = `${unit} ${rate} USD (${year})`;
  }
  return { value: value * rate, rate, rateLabel: label };
}
