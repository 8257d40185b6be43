import { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../../pipeline/extract-records.js';
import { runReprocess } from '../../pipeline/run-reprocess.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption } from '../options.js';
import { createProgress } from '../progress.js';

interface ReprocessFlags {
  db: string;
  taxonomy?: string;
  quiet?: boolean;
}

/**
 * `accord reprocess`: re-extracts stored documents whose records an older extractor made. Resumable; a document
 * whose extraction fails is reported (`failed: SOURCE (ID): reason`), keeps its old records, and makes the exit
 * code 1.
 */
export function reprocessCommand(io: CliIO, setExitCode: (code: number) => void): Command {
  return new Command('reprocess')
    .description('re-extract the records of stored documents made by an older version of the extractors')
    .addOption(dbOption())
    .option('--taxonomy <file>', 'a JSON file of extra indicators, merged over the built-in taxonomy')
    .option('-q, --quiet', 'no progress bar')
    .action(async (flags: ReprocessFlags) => {
      const taxonomy = flags.taxonomy ? loadTaxonomy(flags.taxonomy) : undefined;
      const summary = await withStore(flags.db, async (store) => {
        const total = (await store.staleDocuments(EXTRACTOR_VERSION, Number.MAX_SAFE_INTEGER)).length;
        const progress =
          io.isInteractive && !flags.quiet && total > 0 ? createProgress(total, 'reprocess') : null;
        const done = await runReprocess({
          store,
          extractOptions: { taxonomy },
          onItem(item) {
            progress?.tick();
            if (item.status === 'failed') io.stderr(`failed: ${item.source} (${item.id}): ${item.reason}\n`);
          },
        });
        progress?.stop();
        return done;
      });
      const { reprocessed, failed } = summary;
      io.stdout(
        `reprocessed ${reprocessed} document${reprocessed === 1 ? '' : 's'} with extractor ${EXTRACTOR_VERSION}` +
          `${failed > 0 ? `, failed ${failed}` : ''}\n`,
      );
      if (failed > 0) setExitCode(1);
    });
}
