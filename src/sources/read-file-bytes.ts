import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { AccordError } from '../errors.js';
import { tooLargeError } from './format-bytes.js';
import { fsError } from './fs-error.js';

/**
 * A file's bytes, its size checked before reading: `await readFileBytes('report.md', 20 * 1024 * 1024)`.
 *
 * A regular file is read synchronously through one descriptor (open, fstat, read, close): about 20 µs of CPU
 * for a news-length report, where the same four calls through `fs/promises` cost ten times that in trips to
 * the thread pool and back, and ingesting a folder of short reports is mostly such reads. Anything else
 * (a pipe, a device, `/proc`) can block, so it is read asynchronously to its end, still held to the limit.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fsError(error);
  }
  let regular = false;
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new AccordError('UNREADABLE', 'is a directory');
    // Files that report no size (/proc) are read like pipes, to the end.
    regular = info.isFile() && info.size > 0;
    if (regular) return readOpenFile(fd, info.size, maxBytes);
  } catch (error) {
    throw fsError(error);
  } finally {
    closeSync(fd);
  }
  return readToEnd(path, maxBytes);
}

/** The bytes the file had when it was opened; a file still being written is read as of that size. */
function readOpenFile(fd: number, size: number, maxBytes: number): Uint8Array {
  if (size > maxBytes) throw tooLargeError(size, maxBytes);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** A stream-like file read without blocking the event loop, refused once it passes `maxBytes`. */
async function readToEnd(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fsError(error);
  }
}
