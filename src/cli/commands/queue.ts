import { Command, Option } from 'commander';
import type { DeadLetter, JobCounts } from '../../queue/index.js';
import type { CliIO } from '../context.js';
import { dbOption, formatOption, parsePositiveInt } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';
import { queueDbOption, withQueue } from '../queue-options.js';

const COUNT_COLUMNS: Column<JobCounts>[] = [
  { header: 'pending', value: (c) => c.pending },
  { header: 'active', value: (c) => c.active },
  { header: 'retry', value: (c) => c.retry },
  { header: 'failed', value: (c) => c.failed },
  { header: 'done', value: (c) => c.done },
];

const DEAD_COLUMNS: Column<DeadLetter>[] = [
  { header: 'failed on', value: (d) => d.failedOn.slice(0, 19).replace('T', ' ') },
  { header: 'kind', value: (d) => d.kind },
  { header: 'source', value: (d) => d.source, max: 60 },
  { header: 'error', value: (d) => d.error.message, max: 80 },
  { header: 'id', value: (d) => d.id },
];

interface QueueFlags {
  db: string;
  queueDb?: string;
}

/** `accord queue`: counts of jobs by state; `queue retry` re-queues dead-lettered jobs; `queue failed` lists them. */
export function queueCommand(io: CliIO): Command {
  const command = new Command('queue').description(
    'the work queue: counts of jobs by state (the default), `retry` for failed jobs, `failed` to list them',
  );
  // The default subcommand, so that `accord queue --format json` and `accord queue retry --queue-db URL` both
  // give their options to the command that reads them.
  command.addCommand(
    new Command('counts')
      .description('counts of jobs pending, active, retry, failed and done')
      .addOption(dbOption())
      .addOption(queueDbOption())
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .action(async (flags: QueueFlags & { format: 'table' | 'json' }) => {
        const { countJobs } = await import('../../queue/index.js');
        const counts = await withQueue(flags.queueDb, flags.db, {}, countJobs);
        const text =
          flags.format === 'json' ? JSON.stringify(counts) : renderList([counts], COUNT_COLUMNS, 'table');
        io.stdout(`${text}\n`);
      }),
    { isDefault: true },
  );
  command.addCommand(
    new Command('retry')
      .description('send failed (dead-lettered) jobs back to their queue with fresh retries')
      .addOption(dbOption())
      .addOption(queueDbOption())
      .action(async (flags: QueueFlags) => {
        const { retryDeadLetters } = await import('../../queue/index.js');
        const count = await withQueue(flags.queueDb, flags.db, {}, retryDeadLetters);
        io.stdout(`re-queued ${count} failed job${count === 1 ? '' : 's'}\n`);
      }),
  );
  command.addCommand(
    new Command('failed')
      .description('the failed (dead-lettered) jobs, oldest first, with their errors')
      .addOption(dbOption())
      .addOption(queueDbOption())
      .option('--limit <n>', 'at most this many', parsePositiveInt, 100)
      .addOption(formatOption())
      .action(async (flags: QueueFlags & { limit: number; format: ListFormat }) => {
        const { listDeadLetters } = await import('../../queue/index.js');
        const rows = await withQueue(flags.queueDb, flags.db, {}, (queue) =>
          listDeadLetters(queue, flags.limit),
        );
        io.stdout(`${renderList(rows, DEAD_COLUMNS, flags.format)}\n`);
      }),
  );
  return command;
}
