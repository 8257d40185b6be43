import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AccordError } from '../errors.js';
import { KNOWN_EXTENSIONS } from './_constants.js';
import { fsError } from './fs-error.js';

/** A file found in a directory, or a directory that could not be listed. */
export type DirectoryEntry = { path: string; error?: undefined } | { path: string; error: AccordError };

/**
 * Files with known extensions under a directory, depth first in name order, lazily; hidden entries and
 * symbolic links to directories are skipped: `for await (const { path } of walkDirectory('reports')) ...`.
 */
export async function* walkDirectory(directory: string): AsyncGenerator<DirectoryEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { path: directory, error: fsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (
      isKnown(entry.name) &&
      (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(path))))
    ) {
      yield { path };
    }
  }
}

function isKnown(name: string): boolean {
  return KNOWN_EXTENSIONS.has(extname(name).toLowerCase());
}

/** A symbolic link is read when it leads to a file; links to directories are not followed. */
async function isFileLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}
