/**
 * Official statistics: readers of the files statistics offices and UN Comtrade publish, yielding
 * `OfficialObservation`s to set beside the figures extracted from reports.
 *
 * Contract. `readStatsFile(path)` is an async generator: it yields the observations of one file in file
 * order and returns a `StatsSummary`. It checks each row before yielding it and throws an `AccordError`
 * on the first bad one (BAD_STATS for a missing column, a wrong value, an unknown country code or a
 * duplicate row; EMPTY, BINARY, BAD_ENCODING, TOO_LARGE, NOT_FOUND for the file as a whole), so a file
 * gives either all its observations or an error: write them inside one transaction and roll back when the
 * loop throws. `forEachObservation(path, write)` runs that loop and returns the summary. Memory stays flat
 * on CSV (streamed through csv-parse); JSON is parsed whole, up to MAX_JSON_BYTES. Stopping early
 * (`break`) closes the file.
 *
 * Formats, chosen by extension and first bytes, then by header:
 * - UN Comtrade CSV (bulk download; comma, tab or semicolon) and API JSON (`{"data": [...]}`): column names
 *   in any case and spacing, Comtrade+ (reporterISO alpha-3 or reporterCode M49, partnerISO/partnerCode,
 *   flowCode, period or refYear/refMonth/freqCode, primaryValue in USD, isReported) or legacy ("Trade Value
 *   (US$)", "Trade Flow Code"). Exports X of R to P: trade.exports from R to P; imports M of R from P:
 *   trade.imports from P to R; reporter R either way.
 * - The simple format `indicator,parties,period,value,unit,source` plus optional `direction` ("KZ>CN") and
 *   `reporter`; parties as "CN;KZ", "CN,KZ" (quoted) or "CN-KZ", alpha-2 or alpha-3.
 *
 * Choices.
 * - Duplicates (same indicator, parties, direction, reporter and period; source and value aside) are an
 *   error naming both rows: a file that says two things of one figure is not for the reader to settle. Keys
 *   are held as 64-bit hashes, 16 to 32 bytes a row outside the heap (see _duplicate-index.ts).
 * - Encoding: a byte order mark wins (UTF-8 mark dropped; UTF-16 read); valid UTF-8 is UTF-8; otherwise
 *   windows-1252, what spreadsheets save as "CSV" on Windows — unless valid non-ASCII UTF-8 comes before
 *   the first invalid byte, or a UTF-8 mark does: mixed files are refused (BAD_ENCODING). Deciding costs one
 *   extra pass over the bytes before the first row is yielded.
 * - Comtrade rows that are not country-to-country totals are skipped and counted in the summary, not
 *   errors: world and area partners or reporters (code 0, W00, EU, "nes" areas), former economies (USSR,
 *   Yugoslavia), re-export/re-import and processing flows (inside X and M already), lines below the
 *   total (cmdCode other than TOTAL, partner2, customs, transport), and rows whose partner is the reporter.
 * - Periods keep the labels of time mentions: Comtrade's '202301' is labelled '2023-01'.
 */
export { MAX_JSON_BYTES } from './_constants.js';
export { forEachObservation } from './for-each-observation.js';
export { parsePeriod } from './parse-period.js';
export { readStatsFile } from './read-stats-file.js';
export type {
  OfficialObservation,
  ReadStatsOptions,
  SkipReason,
  StatsEncoding,
  StatsFormat,
  StatsSummary,
} from './types.js';
