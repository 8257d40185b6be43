import { resolve } from 'node:path';
import { Command } from 'commander';
import { importStatsFile } from '../../knowledge/import-stats.js';
import { type MirrorGap, mirrorGaps } from '../../knowledge/official.js';
import type { StoredObservation } from '../../store/store.js';
import { type CliIO, withStore } from '../context.js';
import { readableNumber } from '../format-figure.js';
import { dbOption, formatOption } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';
import { parseParties } from './figures.js';

const OBSERVATION_COLUMNS: Column<StoredObservation>[] = [
  { header: 'indicator', value: (o) => o.indicator },
  { header: 'parties', value: (o) => o.parties.join(',') },
  { header: 'direction', value: (o) => (o.direction ? `${o.direction.from}>${o.direction.to}` : '') },
  { header: 'reporter', value: (o) => o.reporter },
  { header: 'period', value: (o) => o.period.label },
  { header: 'value', value: (o) => readableNumber(o.value) },
  { header: 'unit', value: (o) => o.unit },
  { header: 'source', value: (o) => o.source, max: 40 },
];

const MIRROR_COLUMNS: Column<MirrorGap>[] = [
  { header: 'period', value: (g) => g.period },
  { header: 'flow', value: (g) => `${g.from}>${g.to}` },
  { header: 'exports reported by exporter', value: (g) => `${readableNumber(g.exports)} ${g.unit}` },
  { header: 'imports reported by importer', value: (g) => `${readableNumber(g.imports)} ${g.unit}` },
  { header: 'gap', value: (g) => `${readableNumber(g.gap)} ${g.unit}` },
  { header: 'ratio', value: (g) => g.ratio },
];

interface ListFlags {
  db: string;
  parties?: string[];
  indicator?: string;
  format: ListFormat;
}

/** `accord stats import|list|mirror`: official statistics beside the claims. */
export function statsCommand(io: CliIO, setExitCode: (code: number) => void): Command {
  const stats = new Command('stats').description(
    'official statistics (UN Comtrade exports, or indicator,parties,period,value,unit,source CSV)',
  );

  stats
    .command('import')
    .description('import statistics files, each whole or not at all; importing a file again replaces it')
    .argument('<files...>', 'Comtrade CSV or JSON exports, or simple CSV files')
    .addOption(dbOption())
    .action(async (files: string[], flags: { db: string }) => {
      await withStore(flags.db, async (store) => {
        for (const file of files) {
          try {
            const { notes, ...result } = await importStatsFile(store, file, resolve(file));
            const replaced =
              result.replaced > 0 ? `, replacing ${result.replaced} from an earlier import` : '';
            io.stdout(`imported ${result.imported} observations from ${file}${replaced}\n`);
            for (const note of notes) io.stdout(`  ${note}\n`);
          } catch (error) {
            io.stderr(
              `failed: ${file}: ${error instanceof Error ? error.message : String(error)} (nothing imported)\n`,
            );
            setExitCode(1);
          }
        }
      });
    });

  stats
    .command('list')
    .description('list imported official observations')
    .addOption(dbOption())
    .option('--parties <codes>', 'exactly these countries, e.g. KZ,CN', parseParties)
    .option('--indicator <code>', 'an indicator code, e.g. trade.exports')
    .addOption(formatOption())
    .action(async (flags: ListFlags) => {
      const rows = await withStore(flags.db, (store) => store.listObservations(flags));
      io.stdout(`${renderList(rows, OBSERVATION_COLUMNS, flags.format)}\n`);
    });

  stats
    .command('mirror')
    .description('each flow as the exporter and the importer reported it, and the gap between the two')
    .addOption(dbOption())
    .option('--parties <codes>', 'exactly these countries, e.g. KZ,CN', parseParties)
    .addOption(formatOption())
    .action(async (flags: ListFlags) => {
      const rows = await withStore(flags.db, (store) => store.listObservations({ parties: flags.parties }));
      io.stdout(`${renderList(mirrorGaps(rows), MIRROR_COLUMNS, flags.format)}\n`);
    });
  return stats;
}
