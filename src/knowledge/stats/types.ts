/** Types of the official statistics readers: the observation they yield and the summary they return. */

export type { OfficialObservation } from '../../types.js';

/** Which reader a file went to. */
export type StatsFormat = 'comtrade-csv' | 'comtrade-json' | 'simple-csv' | 'simple-json';

/** How the file's bytes were decoded. */
export type StatsEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Why a row that is not an error was left out:
 * aggregate (world or area partner or reporter), former (an economy with no alpha-2 code today),
 * sub-flow (re-exports and other flows X and M already hold), breakdown (a line below the total:
 * commodity, second partner, customs procedure, mode of transport), self (partner is the reporter).
 */
export type SkipReason = 'aggregate' | 'former' | 'sub-flow' | 'breakdown' | 'self';

/** What a read did, returned by the reader when it finishes. */
export interface StatsSummary {
  path: string;
  format: StatsFormat;
  encoding: StatsEncoding;
  /** Data rows (or JSON records) read, skipped ones included. */
  rows: number;
  observations: number;
  skipped: Record<SkipReason, number>;
  /** One line per kind of skipped row, for people: "skipped 2 rows with a world or area partner or reporter". */
  notes: string[];
}

export interface ReadStatsOptions {
  /** Source of observations from Comtrade files, which carry none: 'UN Comtrade' unless given. */
  source?: string | undefined;
  /** Largest JSON file read (JSON is parsed whole); MAX_JSON_BYTES unless given. */
  maxJsonBytes?: number | undefined;
}
