import type { EnqueueItem } from '../../queue/index.js';
import { enqueueInputs } from '../../queue/index.js';
import { readInputList } from '../../sources/index.js';
import { isHttpUrl } from '../../sources/is-http-url.js';
import type { CliIO } from '../context.js';
import { jobSettings, withQueue } from '../queue-options.js';

/** The `ingest` flags queue mode reads. */
export interface IngestQueueFlags {
  db: string;
  queueDb?: string;
  list?: string[];
  published?: string;
  outlet?: string;
  lang?: string;
  maxBytes: number;
  timeout: number;
  follow?: boolean;
  extract: boolean;
  taxonomy?: string;
  format: 'text' | 'json' | 'jsonl';
  retryLimit?: number;
  retryDelay?: number;
  jobTimeout?: number;
}

/**
 * `accord ingest --queue ...`: enqueues the inputs instead of ingesting them. Local files are read here (a
 * worker elsewhere cannot see them); URLs and the URLs of `--list` files are fetched by the workers.
 */
export async function ingestIntoQueue(
  inputs: string[],
  flags: IngestQueueFlags,
  io: CliIO,
  setExitCode: (code: number) => void,
): Promise<void> {
  if (flags.taxonomy) {
    io.stderr('accord ingest: --taxonomy belongs to the workers with --queue: give it to `accord worker`\n');
    setExitCode(2);
    return;
  }
  const local = [...inputs];
  const listUrls: string[] = [];
  for (const list of flags.list ?? []) {
    for (const entry of await readInputList(list)) (isHttpUrl(entry) ? listUrls : local).push(entry);
  }
  if (local.length === 0 && listUrls.length === 0) {
    io.stderr('accord ingest: nothing to enqueue; give files, directories, URLs, - or --list FILE\n');
    setExitCode(2);
    return;
  }
  const summary = await withQueue(flags.queueDb, flags.db, {}, async (queue) => {
    const result = await enqueueInputs(queue, local, {
      sources: {
        maxBytes: flags.maxBytes,
        timeoutMs: flags.timeout * 1000,
        follow: flags.follow === true,
        stdin: io.stdin,
      },
      overrides: { published: flags.published, outlet: flags.outlet, lang: flags.lang },
      extract: flags.extract,
      settings: jobSettings(flags),
      listUrls,
      onItem: (item: EnqueueItem) => {
        if (item.status === 'failed') io.stderr(`failed: ${item.source}: ${item.reason}\n`);
        if (flags.format === 'jsonl') io.stdout(`${JSON.stringify(item)}\n`);
      },
    });
    return { ...result, queue: queue.location.display };
  });
  if (flags.format === 'json')
    io.stdout(`${JSON.stringify({ queued: summary.queued, failed: summary.failed })}\n`);
  if (flags.format === 'text') {
    io.stdout(
      `queued ${summary.queued} job${summary.queued === 1 ? '' : 's'}, failed ${summary.failed} (queue: ${summary.queue})\n`,
    );
  }
  if (summary.failed > 0) setExitCode(1);
}
