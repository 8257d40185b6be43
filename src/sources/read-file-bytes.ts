import { readFile, stat } from 'node:fs/promises';
import { AccordError } from '../errors.js';
import { tooLargeError } from './format-bytes.js';
import { fsError } from './fs-error.js';

/** A file's bytes, its size checked before reading: `await readFileBytes('report.md', 20 * 1024 * 1024)`. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AccordError('UNREADABLE', 'is a directory');
    if (info.size > maxBytes) throw tooLargeError(info.size, maxBytes);
    const bytes = await readFile(path);
    // A file that grew between stat and read (a log being written) is still held to the limit.
    if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
    return bytes;
  } catch (error) {
    throw fsError(error);
  }
}
