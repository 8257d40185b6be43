import { Command } from 'commander';
import { EXTRACTOR_VERSION, extractRecords } from '../../pipeline/extract-records.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption } from '../options.js';
import { createProgress } from '../progress.js';

/** Documents re-extracted per round; each document is replaced in its own transaction. */
const ROUND = 200;

interface ReprocessFlags {
  db: string;
  taxonomy?: string;
  quiet?: boolean;
}

/** `accord reprocess`: re-extracts stored documents whose records an older extractor made. Resumable. */
export function reprocessCommand(io: CliIO): Command {
  return new Command('reprocess')
    .description('re-extract the records of stored documents made by an older version of the extractors')
    .addOption(dbOption())
    .option('--taxonomy <file>', 'a JSON file of extra indicators, merged over the built-in taxonomy')
    .option('-q, --quiet', 'no progress bar')
    .action(async (flags: ReprocessFlags) => {
      const taxonomy = flags.taxonomy ? loadTaxonomy(flags.taxonomy) : undefined;
      const done = await withStore(flags.db, async (store) => {
        const total = (await store.staleDocuments(EXTRACTOR_VERSION, Number.MAX_SAFE_INTEGER)).length;
        const progress =
          io.isInteractive && !flags.quiet && total > 0 ? createProgress(total, 'reprocess') : null;
        let count = 0;
        // Each round asks again: documents done in earlier rounds (or runs) carry the new version.
        for (let ids = await store.staleDocuments(EXTRACTOR_VERSION, ROUND); ids.length > 0; ) {
          for (const id of ids) {
            const document = await store.getDocument(id);
            if (!document) continue;
            await store.replaceRecords(id, extractRecords(document, { taxonomy }));
            count++;
            progress?.tick();
          }
          ids = await store.staleDocuments(EXTRACTOR_VERSION, ROUND);
        }
        progress?.stop();
        return count;
      });
      io.stdout(`reprocessed ${done} document${done === 1 ? '' : 's'} with extractor ${EXTRACTOR_VERSION}\n`);
    });
}
