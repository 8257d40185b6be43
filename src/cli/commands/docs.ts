import { Command } from 'commander';
import type { DocumentSummary } from '../../types.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption, formatOption, parseIsoDate, parseLang, parsePositiveInt } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';

const COLUMNS: Column<DocumentSummary>[] = [
  { header: 'id', value: (d) => d.id },
  { header: 'published', value: (d) => d.published },
  { header: 'outlet', value: (d) => d.outlet, max: 28 },
  { header: 'lang', value: (d) => d.lang },
  { header: 'title', value: (d) => d.title, max: 70 },
  { header: 'source', value: (d) => d.source },
];

interface DocsFlags {
  db: string;
  outlet?: string;
  lang?: string;
  since?: string;
  until?: string;
  limit?: number;
  format: ListFormat;
}

/** `accord docs`: the stored documents, newest first. */
export function docsCommand(io: CliIO): Command {
  return new Command('docs')
    .description('list stored documents, newest first')
    .addOption(dbOption())
    .option('--outlet <name>', 'only this outlet')
    .option('--lang <code>', 'only this language', parseLang)
    .option('--since <date>', 'published on or after (YYYY-MM-DD)', parseIsoDate)
    .option('--until <date>', 'published on or before (YYYY-MM-DD)', parseIsoDate)
    .option('--limit <n>', 'at most this many', parsePositiveInt)
    .addOption(formatOption())
    .action(async (flags: DocsFlags) => {
      const rows = await withStore(flags.db, (store) => store.listDocuments(flags));
      const columns = flags.format === 'csv' ? COLUMNS : COLUMNS.filter((c) => c.header !== 'source');
      io.stdout(`${renderList(rows, columns, flags.format)}\n`);
    });
}
