import { open } from 'node:fs/promises';
import { AccordError } from '../errors.js';
import { tooLargeError } from './format-bytes.js';
import { fsError } from './fs-error.js';

/**
 * A file's bytes, its size checked before reading: `await readFileBytes('report.md', 20 * 1024 * 1024)`.
 * One open handle serves the size check and the read (open, fstat, read, close), where a stat by path and
 * `readFile` cost five trips to the thread pool; ingesting a folder of short reports is mostly such trips.
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw new AccordError('UNREADABLE', 'is a directory');
      if (info.size > maxBytes) throw tooLargeError(info.size, maxBytes);
      if (info.size === 0) {
        // Pipes and /proc files report no size: read to the end, still held to the limit.
        const bytes = await handle.readFile();
        if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
        return bytes;
      }
      // The bytes the file had when it was opened; a file still being written is read as of that size.
      const bytes = Buffer.allocUnsafe(info.size);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fsError(error);
  }
}
