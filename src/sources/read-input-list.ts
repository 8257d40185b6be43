import { DEFAULT_MAX_BYTES } from './_constants.js';
import { LINE_BREAK } from './_patterns.js';
import { decodeBytes } from './decode-bytes.js';
import { readFileBytes } from './read-file-bytes.js';

/**
 * Inputs of a `--list FILE`, one URL or path a line, blank lines and "#" comments skipped; paths are taken as
 * written (relative to the working directory): `await readInputList('sources.txt')` is ["https://mfa.kz/news", "reports/"].
 */
export async function readInputList(path: string): Promise<string[]> {
  const text = decodeBytes(await readFileBytes(path, DEFAULT_MAX_BYTES), { format: 'text' });
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
