import { stat } from 'node:fs/promises';
import { isHttpUrl } from './is-http-url.js';
import { walkDirectory } from './walk-directory.js';

/**
 * How many inputs there are, cheaply, for a progress bar: files in directories one each, URLs, feeds and
 * stdin one each, a missing path one (its failure): `await countInputs(['reports/', 'https://mfa.kz'])`.
 */
export async function countInputs(inputs: string[]): Promise<number> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-' || isHttpUrl(input)) count++;
    else count += await countPath(input);
  }
  return count;
}

async function countPath(path: string): Promise<number> {
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDirectory) return 1;
  let files = 0;
  for await (const entry of walkDirectory(path)) if (!entry.error) files++;
  return Math.max(files, 1);
}
