import { Command } from 'commander';
import {
  EXTRACTOR_VERSION,
  extractRecordsOfGroup,
  INGEST_GROUP_SIZE,
} from '../../pipeline/extract-records.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import type { Document } from '../../types.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption } from '../options.js';
import { createProgress } from '../progress.js';

/**
 * Documents asked for per round; they are extracted in groups (extractRecordsOfGroup, stage by stage) and each is
 * replaced in its own transaction.
 */
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
          for (let from = 0; from < ids.length; from += INGEST_GROUP_SIZE) {
            const documents: Document[] = [];
            for (const id of ids.slice(from, from + INGEST_GROUP_SIZE)) {
              const document = await store.getDocument(id);
              if (document) documents.push(document);
            }
            const outcomes = extractRecordsOfGroup(documents, { taxonomy });
            for (const [index, document] of documents.entries()) {
              const outcome = outcomes[index];
              if (!outcome?.ok) throw outcome?.error;
              await store.replaceRecords(document.id, outcome.records);
              count++;
              progress?.tick();
            }
          }
          ids = await store.staleDocuments(EXTRACTOR_VERSION, ROUND);
        }
        progress?.stop();
        return count;
      });
      io.stdout(`reprocessed ${done} document${done === 1 ? '' : 's'} with extractor ${EXTRACTOR_VERSION}\n`);
    });
}
