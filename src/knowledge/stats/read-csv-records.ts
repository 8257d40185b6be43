import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AccordError } from '../../errors.js';
import { DELIMITERS } from './_constants.js';
import type { StatsEncoding } from './types.js';

/** One CSV record and the line it starts on (the header is line 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/**
 * The records of a CSV file, header first, streamed through csv-parse so that memory stays flat; bytes
 * are decoded with `encoding` (byte order marks dropped), blank lines skipped. Throws BAD_STATS on
 * malformed CSV: `readCsvRecords('a.csv', { encoding: 'utf-8', delimiter: ',' })` yields {row 1, cells [...header]} first.
 */
export async function* readCsvRecords(
  path: string,
  { encoding, delimiter }: { encoding: StatsEncoding; delimiter: string },
): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter,
    info: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    // Hand-edited files mix line endings; the longest is tried first.
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  // pipeline destroys every stream on an error, so the loop below throws it and the file is closed.
  const records = pipeline(createReadStream(path), createDecoder(encoding), parser, () => {});
  // csv-parse counts a CRLF inside a quoted cell as two lines; this many lines are counted twice so far.
  let overcounted = 0;
  try {
    for await (const { record, info } of records as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const { breaks, crlf } = countLineBreaks(record);
      overcounted += crlf;
      // The record ends on info.lines (less the overcount) and starts as many lines up as its cells break.
      yield { row: info.lines - overcounted - breaks, cells: record };
    }
  } catch (error) {
    throw csvError(path, error);
  }
}

/** Line breaks inside the cells of a record (CRLF, LF or CR, each one) and how many of them are CRLF. */
function countLineBreaks(cells: readonly string[]): { breaks: number; crlf: number } {
  let breaks = 0;
  let crlf = 0;
  for (const cell of cells) {
    if (!cell.includes('\n') && !cell.includes('\r')) continue;
    for (let i = 0; i < cell.length; i++) {
      const char = cell.charCodeAt(i);
      if (char === 0x0a) breaks += 1;
      else if (char === 0x0d) {
        breaks += 1;
        if (cell.charCodeAt(i + 1) === 0x0a) {
          crlf += 1;
          i += 1;
        }
      }
    }
  }
  return { breaks, crlf };
}

/** A stream from bytes in `encoding` to UTF-8 text; invalid UTF-8 (the file changed since it was checked) throws. */
function createDecoder(encoding: StatsEncoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        callback(null, decoder.decode(chunk, { stream: true }));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        callback(null, decoder.decode());
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

function csvError(path: string, error: unknown): unknown {
  if (error instanceof AccordError) return error;
  if (error instanceof CsvError)
    return new AccordError('BAD_STATS', `${path}: ${error.message}`, { cause: error });
  if (
    error instanceof TypeError &&
    (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
  ) {
    return new AccordError(
      'BAD_ENCODING',
      `${path}: not valid UTF-8 (did the file change while it was read?)`,
      {
        cause: error,
      },
    );
  }
  return error;
}

/**
 * The delimiter of a header line: the one of `,` tab `;` it holds most of, comma on a tie or none:
 * `guessDelimiter('reporterISO\tpartnerISO')` is "\t".
 */
export function guessDelimiter(headerLine: string): string {
  let best: string = DELIMITERS[0];
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
