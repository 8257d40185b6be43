import { Command, Option } from 'commander';
import { type IngestItem, runIngest } from '../../pipeline/run-ingest.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { countInputs, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, readInputList } from '../../sources/index.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption, parseIsoDate, parseLang, parsePositiveInt } from '../options.js';
import { createProgress } from '../progress.js';
import { jobTimeoutOption, queueDbOption, retryDelayOption, retryLimitOption } from '../queue-options.js';

interface IngestFlags {
  db: string;
  list?: string[];
  published?: string;
  outlet?: string;
  lang?: string;
  maxBytes: number;
  timeout: number;
  follow?: boolean;
  extract: boolean;
  taxonomy?: string;
  quiet?: boolean;
  format: 'text' | 'json' | 'jsonl';
  queue?: boolean;
  queueDb?: string;
}

/** `accord ingest PATH|URL|- ...`: reads reports into the store. */
export function ingestCommand(io: CliIO, setExitCode: (code: number) => void): Command {
  return new Command('ingest')
    .description(
      'read reports (text, Markdown, HTML, RSS/Atom feeds, PDF; files, folders, URLs, - for stdin) into the store',
    )
    .argument('[inputs...]', 'files, directories, URLs, or - for standard input')
    .addOption(dbOption())
    .option('--list <file...>', 'a text file listing URLs or paths, one per line')
    .option('--published <date>', 'publication date for every document (YYYY-MM-DD)', parseIsoDate)
    .option('--outlet <name>', 'outlet name for every document')
    .option('--lang <code>', 'language of every document (skips detection)', parseLang)
    .option('--max-bytes <n>', 'refuse inputs larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option(
      '--timeout <seconds>',
      'give up on a URL after this long',
      parsePositiveInt,
      DEFAULT_TIMEOUT_MS / 1000,
    )
    .option('--follow', "fetch each feed item's page when the feed carries only a summary")
    .option('--no-extract', 'store documents only; `accord reprocess` extracts their records later')
    .option('--taxonomy <file>', 'a JSON file of extra indicators, merged over the built-in taxonomy')
    .option('-q, --quiet', 'no progress bar, no per-document lines')
    .addOption(
      new Option('--format <format>', 'summary format').choices(['text', 'json', 'jsonl']).default('text'),
    )
    .option('--queue', 'enqueue the inputs for `accord worker` processes instead of ingesting them here')
    .addOption(queueDbOption())
    .addOption(retryLimitOption())
    .addOption(retryDelayOption())
    .addOption(jobTimeoutOption())
    .action(async (inputs: string[], flags: IngestFlags) => {
      if (flags.queue) {
        // The queue (pg-boss) is loaded only when asked for.
        const { ingestIntoQueue } = await import('./ingest-queue.js');
        return ingestIntoQueue(inputs, flags, io, setExitCode);
      }
      const all = [...inputs];
      for (const list of flags.list ?? []) all.push(...(await readInputList(list)));
      if (all.length === 0) {
        io.stderr('accord ingest: nothing to ingest; give files, directories, URLs, - or --list FILE\n');
        setExitCode(2);
        return;
      }
      const sourceOptions = {
        maxBytes: flags.maxBytes,
        timeoutMs: flags.timeout * 1000,
        follow: flags.follow === true,
        stdin: io.stdin,
      };
      const taxonomy = flags.taxonomy ? loadTaxonomy(flags.taxonomy) : undefined;
      const showProgress = io.isInteractive && !flags.quiet && flags.format === 'text';
      const progress = showProgress ? createProgress(await countInputs(all)) : null;
      const summary = await withStore(flags.db, (store) =>
        runIngest(all, {
          store,
          sources: sourceOptions,
          overrides: { published: flags.published, outlet: flags.outlet, lang: flags.lang },
          extract: flags.extract,
          extractOptions: { taxonomy },
          onItem: (item: IngestItem) => {
            progress?.tick();
            if (item.status === 'failed') io.stderr(`failed: ${item.source}: ${item.reason}\n`);
            if (flags.format === 'jsonl') io.stdout(`${JSON.stringify(item)}\n`);
          },
        }),
      );
      progress?.stop();
      if (flags.format === 'json') io.stdout(`${JSON.stringify(summary)}\n`);
      if (flags.format === 'text') {
        io.stdout(
          `stored ${summary.stored}, skipped ${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'}, failed ${summary.failed} (store: ${flags.db})\n`,
        );
      }
      if (summary.failed > 0) setExitCode(1);
    });
}
