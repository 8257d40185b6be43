import { setTimeout as sleep } from 'node:timers/promises';
import { Command, Option } from 'commander';
import type { FeedCheck } from '../../queue/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, readInputList } from '../../sources/index.js';
import type { CliIO } from '../context.js';
import { dbOption, parseLang, parsePositiveInt } from '../options.js';
import {
  jobSettings,
  jobTimeoutOption,
  parseDuration,
  queueDbOption,
  retryDelayOption,
  retryLimitOption,
  withQueue,
} from '../queue-options.js';

interface WatchFlags {
  db: string;
  queueDb?: string;
  every: number;
  once?: boolean;
  outlet?: string;
  lang?: string;
  maxBytes: number;
  timeout: number;
  follow?: boolean;
  extract: boolean;
  format: 'text' | 'jsonl';
  retryLimit?: number;
  retryDelay?: number;
  jobTimeout?: number;
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * `accord watch FEEDS_FILE --every 15m`: each round, fetches every feed of the file (one URL a line; re-read each
 * round) with a conditional GET and enqueues the items it has not seen; stops on SIGTERM or SIGINT between rounds.
 */
export function watchCommand(io: CliIO, setExitCode: (code: number) => void): Command {
  return new Command('watch')
    .description(
      'enqueue the new items of feeds on a schedule, remembering what was seen (ETag, Last-Modified, item ids)',
    )
    .argument('<feeds-file>', 'a text file of feed URLs, one a line')
    .addOption(dbOption())
    .addOption(queueDbOption())
    .addOption(
      new Option('--every <duration>', 'time between rounds: 30s, 15m, 1h')
        .argParser(parseDuration)
        .default(parseDuration('15m'), '15m'),
    )
    .option('--once', 'one round, then exit (1 if a feed failed)')
    .option('--outlet <name>', 'outlet name for every document')
    .option('--lang <code>', 'language of every document (skips detection)', parseLang)
    .option('--max-bytes <n>', 'refuse feeds larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option(
      '--timeout <seconds>',
      'give up on a feed after this long',
      parsePositiveInt,
      DEFAULT_TIMEOUT_MS / 1000,
    )
    .option('--follow', "fetch each new item's page when the feed carries only a summary")
    .option('--no-extract', 'store documents only; `accord reprocess` extracts their records later')
    .addOption(
      new Option('--format <format>', 'what to print per feed').choices(['text', 'jsonl']).default('text'),
    )
    .addOption(retryLimitOption())
    .addOption(retryDelayOption())
    .addOption(jobTimeoutOption())
    .action(async (feedsFile: string, flags: WatchFlags) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      for (const signal of SIGNALS) process.once(signal, stop);
      const print = (check: FeedCheck) => {
        if (flags.format === 'jsonl') io.stdout(`${JSON.stringify(check)}\n`);
        else if (check.status === 'failed') io.stderr(`failed: ${check.feed}: ${check.reason}\n`);
        else if (check.status === 'unchanged') io.stdout(`${check.feed}: unchanged\n`);
        else io.stdout(`${check.feed}: ${check.queued} new of ${check.items} items\n`);
      };
      try {
        const { openFeedMemory, watchFeeds } = await import('../../queue/index.js');
        await withQueue(flags.queueDb, flags.db, {}, async (queue) => {
          const memory = await openFeedMemory(queue);
          const options = {
            sources: {
              maxBytes: flags.maxBytes,
              timeoutMs: flags.timeout * 1000,
              follow: flags.follow === true,
            },
            overrides: { outlet: flags.outlet, lang: flags.lang },
            extract: flags.extract,
            settings: jobSettings(flags),
            onFeed: print,
          };
          while (!controller.signal.aborted) {
            const checks = await watchFeeds(queue, memory, await readInputList(feedsFile), options);
            if (flags.once) {
              if (checks.some((check) => check.status === 'failed')) setExitCode(1);
              return;
            }
            await sleep(flags.every, undefined, { signal: controller.signal }).catch(() => {});
          }
        });
      } finally {
        for (const signal of SIGNALS) process.removeListener(signal, stop);
      }
    });
}
