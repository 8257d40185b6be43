import { Command } from 'commander';
import type { SearchHit } from '../../store/store.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption, formatOption, parsePositiveInt } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';

const COLUMNS: Column<SearchHit>[] = [
  { header: 'id', value: (h) => h.id },
  { header: 'published', value: (h) => h.published },
  { header: 'outlet', value: (h) => h.outlet, max: 24 },
  { header: 'snippet', value: (h) => h.snippet, max: 110 },
];

interface SearchFlags {
  db: string;
  limit: number;
  format: ListFormat;
}

/** `accord search "QUERY"`: ranked full-text search with highlighted snippets. */
export function searchCommand(io: CliIO): Command {
  return new Command('search')
    .description('full-text search over stored documents, best first, matches marked in snippets')
    .argument('<query>', 'words, "a phrase", prefix*, or OR between terms')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many hits', parsePositiveInt, 20)
    .addOption(formatOption())
    .action(async (query: string, flags: SearchFlags) => {
      // On a terminal matches are bold; elsewhere they are marked with [ ].
      const mark: [string, string] =
        flags.format === 'table' && io.isInteractive ? ['\u001b[1m', '\u001b[22m'] : ['[', ']'];
      const hits = await withStore(flags.db, (store) =>
        store.searchDocuments(query, { limit: flags.limit, mark }),
      );
      io.stdout(`${renderList(hits, COLUMNS, flags.format)}\n`);
    });
}
