import { open, stat } from 'node:fs/promises';
import { AccordError } from '../../errors.js';
import { fsError } from '../../sources/fs-error.js';
import type { Cell, RowMapper, RowPlace } from './_cells.js';
import { COMTRADE_SOURCE, MAX_JSON_BYTES, SNIFF_BYTES } from './_constants.js';
import { createDuplicateIndex, type DuplicateIndex } from './_duplicate-index.js';
import { decodeText, detectEncoding, encodingByBom } from './detect-encoding.js';
import { createRowMapper, isJsonFile } from './detect-format.js';
import { guessDelimiter, readCsvRecords } from './read-csv-records.js';
import { checkJsonSize, readJsonRecords } from './read-json-records.js';
import type {
  OfficialObservation,
  ReadStatsOptions,
  SkipReason,
  StatsEncoding,
  StatsSummary,
} from './types.js';

/**
 * The observations of an official statistics file, one at a time, and a summary when done:
 * `for await (const observation of readStatsFile('examples/stats/kz-cn-indicators.csv')) insert(observation)`.
 * All or nothing: the reader checks every row and throws AccordError on the first bad one, after yielding
 * the rows before it, so the caller writes inside one transaction and rolls back when the loop throws.
 * See the module's index for the formats and choices.
 */
export async function* readStatsFile(
  path: string,
  { source = COMTRADE_SOURCE, maxJsonBytes = MAX_JSON_BYTES }: ReadStatsOptions = {},
): AsyncGenerator<OfficialObservation, StatsSummary, undefined> {
  const size = await fileSize(path);
  const head = await readHead(path);
  // Sniffed before the encoding is known: the marks looked for are ASCII in every encoding read.
  const json = isJsonFile(path, decodeText(head, encodingByBom(head) ?? 'windows-1252'));
  if (json) checkJsonSize(path, size, maxJsonBytes);
  const encoding = await withPath(path, detectEncoding(path));
  const headText = decodeText(head, encoding);
  if (headText.trim() === '') throw new AccordError('EMPTY', `${path}: the file holds only blank space`);
  const summary = emptySummary(path, encoding);
  const take = createTaker(summary, createDuplicateIndex());
  if (json) {
    const { header, count, rows } = await readJsonRecords(path, encoding);
    if (count === 0) throw new AccordError('EMPTY', `${path}: the file holds no records`);
    const { layout, map } = createRowMapper(header, { path, source });
    summary.format = `${layout}-json`;
    let row = 0;
    for (const cells of rows) {
      row += 1;
      const observation = take(map, cells, { path, row, kind: 'json' });
      if (observation) yield observation;
    }
  } else {
    const firstLine = headText.split(/\r?\n/, 1)[0] ?? '';
    let map: RowMapper | null = null;
    for await (const { row, cells } of readCsvRecords(path, {
      encoding,
      delimiter: guessDelimiter(firstLine),
    })) {
      if (map === null) {
        const mapper = createRowMapper(cells, { path, source });
        summary.format = `${mapper.layout}-csv`;
        map = mapper.map;
        continue;
      }
      const observation = take(map, cells, { path, row, kind: 'csv' });
      if (observation) yield observation;
    }
    if (summary.rows === 0) throw new AccordError('EMPTY', `${path}: the file has a header but no rows`);
  }
  summary.notes = describeSkips(summary.skipped);
  return summary;
}

/**
 * Maps a row, counts it, and checks that no earlier row had the same indicator, parties, direction, reporter
 * and period (BAD_STATS naming both rows); returns the observation, or null for a skipped row.
 */
function createTaker(summary: StatsSummary, seen: DuplicateIndex) {
  return (map: RowMapper, cells: readonly Cell[], place: RowPlace): OfficialObservation | null => {
    summary.rows += 1;
    const result = map(cells, place);
    if (typeof result === 'string') {
      summary.skipped[result] += 1;
      return null;
    }
    const { indicator, parties, direction, reporter, period } = result;
    const flow = direction ? `${direction.from}>${direction.to}` : '';
    const key = `${indicator}|${parties.join(';')}|${flow}|${reporter ?? ''}|${period.label}`;
    const first = seen.add(key, place.row);
    if (first !== 0) {
      const unit = place.kind === 'csv' ? 'row' : 'record';
      const what = [
        indicator,
        parties.join(';'),
        flow,
        reporter ? `reported by ${reporter}` : '',
        period.label,
      ];
      throw new AccordError(
        'BAD_STATS',
        `${place.path}: ${unit} ${place.row} repeats ${unit} ${first}: ${what.filter(Boolean).join(' ')}`,
      );
    }
    summary.observations += 1;
    return result;
  };
}

function emptySummary(path: string, encoding: StatsEncoding): StatsSummary {
  return {
    path,
    format: 'simple-csv',
    encoding,
    rows: 0,
    observations: 0,
    skipped: { aggregate: 0, former: 0, 'sub-flow': 0, breakdown: 0, self: 0 },
    notes: [],
  };
}

const SKIP_NOTES: Readonly<Record<SkipReason, string>> = {
  aggregate: 'with a world or area partner or reporter (World, EU, areas nes, bunkers)',
  former: 'naming a former economy with no ISO alpha-2 code (USSR, Yugoslavia, Belgium-Luxembourg ...)',
  'sub-flow': 'of re-exports, re-imports or processing trade, which exports and imports already hold',
  breakdown: 'below the total (by commodity, second partner, customs procedure or mode of transport)',
  self: 'whose partner is the reporter',
};

/** One line per kind of skipped row: {aggregate: 2} gives "skipped 2 rows with a world or area partner ...". */
function describeSkips(skipped: Record<SkipReason, number>): string[] {
  return (Object.keys(SKIP_NOTES) as SkipReason[])
    .filter((reason) => skipped[reason] > 0)
    .map(
      (reason) => `skipped ${skipped[reason]} row${skipped[reason] === 1 ? '' : 's'} ${SKIP_NOTES[reason]}`,
    );
}

/** Size of a regular file; NOT_FOUND, UNREADABLE for a directory, EMPTY for zero bytes. */
async function fileSize(path: string): Promise<number> {
  const stats = await withPath(path, stat(path));
  if (stats.isDirectory())
    throw new AccordError('UNREADABLE', `${path}: is a directory, not a statistics file`);
  if (stats.size === 0) throw new AccordError('EMPTY', `${path}: the file is empty`);
  return stats.size;
}

/** The first bytes; BINARY for archives and files with NUL bytes (outside UTF-16). */
async function readHead(path: string): Promise<Buffer> {
  const handle = await withPath(path, open(path, 'r'));
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    const [a, b, c, d] = head;
    if (a === 0x1f && b === 0x8b) throw binary(path, 'is compressed (gzip): unpack it first');
    if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) {
      throw binary(path, 'is a ZIP archive (an Excel workbook?): unpack it or save the sheet as CSV');
    }
    const isUtf16 = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
    if (!isUtf16 && head.includes(0))
      throw binary(path, 'holds NUL bytes: it is not a CSV or JSON text file');
    return head;
  } finally {
    await handle.close();
  }
}

function binary(path: string, why: string): AccordError {
  return new AccordError('BINARY', `${path}: ${why}`);
}

/** Awaits a file system call, turning its error into an AccordError that names the path. */
async function withPath<T>(path: string, promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AccordError) throw error;
    const accordError = fsError(error);
    throw new AccordError(accordError.code, `${path}: ${accordError.message}`, { cause: error });
  }
}
