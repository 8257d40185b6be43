import { readFile } from 'node:fs/promises';
import { AccordError, errorMessage } from '../../errors.js';
import { formatBytes } from '../../sources/format-bytes.js';
import type { Cell } from './_cells.js';
import { decodeText } from './detect-encoding.js';
import type { StatsEncoding } from './types.js';

/** The records of a JSON statistics file as rows of cells under one header (every key any record has). */
export interface JsonRecords {
  header: string[];
  count: number;
  /** Cells of each record in header order, made as they are read; undefined where a record lacks a key. */
  rows: Iterable<Cell[]>;
}

/** Throws TOO_LARGE for JSON over `maxBytes`, before anything reads it: `checkJsonSize('a.json', 2e8, 1e8)` throws. */
export function checkJsonSize(path: string, size: number, maxBytes: number): void {
  if (size <= maxBytes) return;
  throw new AccordError(
    'TOO_LARGE',
    `${path}: ${formatBytes(size)} over the ${formatBytes(maxBytes)} limit for JSON, which is read whole; ` +
      'use the CSV download of the same data, which is streamed',
  );
}

/**
 * Parses a whole JSON file — Comtrade's API answer `{"data": [{...}]}` or a bare list of records — refusing
 * anything else (BAD_STATS); check its size first (checkJsonSize):
 * `await readJsonRecords('kz.json', 'utf-8')` is {header ['period', ...], count 1, rows [[2021, ...]]}.
 */
export async function readJsonRecords(path: string, encoding: StatsEncoding): Promise<JsonRecords> {
  const text = decodeText(await readFile(path), encoding);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AccordError('BAD_STATS', `${path}: not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  const records = recordList(path, parsed);
  const header = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return { header, count: records.length, rows: cellsOf(records, header) };
}

function* cellsOf(records: Record<string, unknown>[], header: string[]): Generator<Cell[]> {
  for (const record of records) yield header.map((key) => record[key] as Cell);
}

function recordList(path: string, parsed: unknown): Record<string, unknown>[] {
  const object = isObject(parsed) ? parsed : null;
  const list = Array.isArray(parsed) ? parsed : object?.data;
  if (!Array.isArray(list)) {
    const apiError =
      typeof object?.error === 'string' && object.error !== '' ? `: Comtrade says "${object.error}"` : '';
    throw new AccordError('BAD_STATS', `${path}: expected {"data": [...]} or a list of records${apiError}`);
  }
  const bad = list.findIndex((record) => !isObject(record));
  if (bad >= 0) throw new AccordError('BAD_STATS', `${path}: record ${bad + 1}: expected an object`);
  return list as Record<string, unknown>[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
