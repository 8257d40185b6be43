import { Command, Option } from 'commander';
import { DEFAULT_BATCH_SIZE, DEFAULT_MAINTENANCE_SECONDS } from '../../queue/_constants.js';
import type { WorkerEvent } from '../../queue/index.js';
import { loadTaxonomy } from '../../records/figures/index.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption, parsePositiveInt } from '../options.js';
import { queueDbOption, withQueue } from '../queue-options.js';

interface WorkerFlags {
  db: string;
  queueDb?: string;
  concurrency: number;
  batchSize: number;
  maintenanceInterval: number;
  drain?: boolean;
  taxonomy?: string;
  quiet?: boolean;
  format: 'text' | 'jsonl';
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * `accord worker`: takes jobs from the queue, extracts and stores, until SIGTERM or SIGINT; then finishes the
 * jobs in hand, completes them and exits 0 (a second signal stops at once; those jobs are retried elsewhere).
 */
export function workerCommand(io: CliIO): Command {
  return new Command('worker')
    .description('take jobs from the work queue (PostgreSQL), extract their records and store them')
    .addOption(dbOption())
    .addOption(queueDbOption())
    .option('--concurrency <n>', 'jobs in progress at once in this process', parsePositiveInt, 1)
    .option(
      '--batch-size <n>',
      'document jobs taken at once (one store transaction)',
      parsePositiveInt,
      DEFAULT_BATCH_SIZE,
    )
    .option(
      '--maintenance-interval <seconds>',
      'how often to look for jobs of dead workers to retry (one worker does it per interval)',
      parsePositiveInt,
      DEFAULT_MAINTENANCE_SECONDS,
    )
    .option('--drain', 'stop when no job is waiting, retrying or running')
    .option('--taxonomy <file>', 'a JSON file of extra indicators, merged over the built-in taxonomy')
    .option('-q, --quiet', 'report nothing but trouble')
    .addOption(
      new Option('--format <format>', 'what to print per job').choices(['text', 'jsonl']).default('text'),
    )
    .action(async (flags: WorkerFlags) => {
      const taxonomy = flags.taxonomy ? loadTaxonomy(flags.taxonomy) : undefined;
      const controller = new AbortController();
      const stop = (signal: string) => {
        io.stderr(
          `accord worker: ${signal}: finishing the jobs in hand, then stopping (again to stop at once)\n`,
        );
        controller.abort();
      };
      const onEvent = (event: WorkerEvent) => {
        if (flags.format === 'jsonl') io.stdout(`${JSON.stringify(event)}\n`);
        else if (event.type === 'trouble') io.stderr(`accord worker: ${event.message}\n`);
        else if (event.type === 'failed' && !flags.quiet) {
          io.stderr(`failed: ${event.source}: ${event.error.message} (job ${event.id})\n`);
        }
      };
      const { runWorker } = await import('../../queue/index.js');
      for (const signal of SIGNALS) process.once(signal, stop);
      try {
        const summary = await withStore(flags.db, (store) =>
          withQueue(
            flags.queueDb,
            flags.db,
            {
              supervise: true,
              maintenanceSeconds: flags.maintenanceInterval,
              poolSize: flags.concurrency + 2,
              applicationName: 'accord-worker',
              onError: (error) => onEvent({ type: 'trouble', message: `queue database: ${error.message}` }),
            },
            (queue) =>
              runWorker({
                queue,
                store,
                concurrency: flags.concurrency,
                batchSize: flags.batchSize,
                drain: flags.drain === true,
                signal: controller.signal,
                extractOptions: { taxonomy },
                onEvent,
              }),
          ),
        );
        if (flags.format === 'text' && !flags.quiet) {
          io.stdout(
            `worker stopped: ${summary.jobs} jobs, ${summary.stored} stored, ${summary.duplicates} duplicates, ${summary.failed} failed\n`,
          );
        }
      } finally {
        for (const signal of SIGNALS) process.removeListener(signal, stop);
      }
    });
}
