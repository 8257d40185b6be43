import { Command, InvalidArgumentError } from 'commander';
import type { StoredFigure } from '../../types.js';
import { type CliIO, withStore } from '../context.js';
import { FIGURE_COLUMNS } from '../format-figure.js';
import { dbOption, formatOption, parseIsoDate, parsePositiveInt } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';

const COLUMNS: Column<StoredFigure>[] = [
  { header: 'published', value: (f) => f.published },
  { header: 'outlet', value: (f) => f.outlet, max: 24 },
  ...(FIGURE_COLUMNS as Column<StoredFigure>[]),
  { header: 'document', value: (f) => f.document },
];

/** Parses `--parties KZ,CN` into sorted ISO codes: `parseParties("kz,cn")` is ["CN", "KZ"]. */
export function parseParties(value: string): string[] {
  const codes = value.split(/[,;\s]+/).filter(Boolean);
  if (codes.length === 0 || !codes.every((c) => /^[a-z]{2}$/i.test(c))) {
    throw new InvalidArgumentError('expected ISO country codes separated by commas, such as KZ,CN');
  }
  return codes.map((c) => c.toUpperCase()).sort();
}

interface FiguresFlags {
  db: string;
  parties?: string[];
  indicator?: string;
  kind?: string;
  since?: string;
  until?: string;
  outlet?: string;
  limit?: number;
  format: ListFormat;
}

/** `accord figures`: stored figures with their sources, filtered. */
export function figuresCommand(io: CliIO): Command {
  return new Command('figures')
    .description('list stored figures with their sources, newest period first')
    .addOption(dbOption())
    .option('--parties <codes>', 'exactly these countries, e.g. KZ,CN', parseParties)
    .option('--indicator <code>', 'an indicator code, e.g. trade.total')
    .option('--kind <kind>', 'actual, target, change or share')
    .option('--since <date>', 'period ending on or after (YYYY-MM-DD)', parseIsoDate)
    .option('--until <date>', 'period ending on or before (YYYY-MM-DD)', parseIsoDate)
    .option('--outlet <name>', 'only figures reported by this outlet')
    .option('--limit <n>', 'at most this many', parsePositiveInt)
    .addOption(formatOption())
    .action(async (flags: FiguresFlags) => {
      const figures = await withStore(flags.db, (store) => store.listFigures(flags));
      io.stdout(`${renderList(figures, COLUMNS, flags.format)}\n`);
    });
}
