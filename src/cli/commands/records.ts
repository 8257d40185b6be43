import { Command, Option } from 'commander';
import type { TrackedCommitment } from '../../knowledge/commitment-status.js';
import { trackCommitments } from '../../knowledge/track-commitments.js';
import type { EntitySummary } from '../../store/store.js';
import { type CliIO, withStore } from '../context.js';
import { dbOption, formatOption, parsePositiveInt } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';
import { parseParties } from './figures.js';

const ENTITY_COLUMNS: Column<EntitySummary>[] = [
  { header: 'type', value: (e) => e.type },
  { header: 'name', value: (e) => e.name, max: 50 },
  { header: 'role', value: (e) => e.roles.join('; '), max: 36 },
  { header: 'aliases', value: (e) => e.aliases.join(', '), max: 40 },
  { header: 'country', value: (e) => e.country },
  { header: 'documents', value: (e) => e.documents },
  { header: 'mentions', value: (e) => e.mentions },
];

/** `accord entities`: people, countries, organisations, places and initiatives across documents. */
export function entitiesCommand(io: CliIO): Command {
  return new Command('entities')
    .description(
      'people, countries, organisations, places and initiatives named in the store, most documents first',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--type <type>', 'one kind').choices([
        'person',
        'country',
        'organization',
        'place',
        'initiative',
      ]),
    )
    .option('--name <name>', 'one entity, by name or alias')
    .option('--limit <n>', 'at most this many', parsePositiveInt)
    .addOption(formatOption())
    .action(
      async (flags: { db: string; type?: string; name?: string; limit?: number; format: ListFormat }) => {
        const rows = await withStore(flags.db, (store) => store.listEntities(flags));
        io.stdout(`${renderList(rows, ENTITY_COLUMNS, flags.format)}\n`);
      },
    );
}

const COMMITMENT_COLUMNS: Column<TrackedCommitment>[] = [
  {
    header: 'status',
    value: (t) => t.status + (t.history[t.history.length - 1]?.uncertain ? ' (uncertain)' : ''),
  },
  { header: 'actors', value: (t) => t.commitment.actors.join(',') },
  { header: 'action', value: (t) => t.commitment.action },
  { header: 'object', value: (t) => t.commitment.object, max: 50 },
  { header: 'sectors', value: (t) => t.commitment.sectors.join(', '), max: 30 },
  { header: 'deadline', value: (t) => t.commitment.deadline?.label },
  {
    header: 'promised',
    value: (t) => `${t.commitment.published ?? ''} ${t.commitment.outlet ?? ''}`.trim(),
    max: 34,
  },
  {
    header: 'last change',
    value: (t) => {
      const last = t.history[t.history.length - 1];
      return t.history.length > 1 && last ? `${last.date ?? ''} ${last.outlet ?? ''}`.trim() : '';
    },
    max: 34,
  },
];

/** `accord commitments`: what was promised, by whom, by when, and what has happened since. */
export function commitmentsCommand(io: CliIO): Command {
  return new Command('commitments')
    .description(
      'commitments with their status over time (not yet rated, in the works, stalled, kept, compromise, broken)',
    )
    .addOption(dbOption())
    .option('--parties <codes>', 'commitments whose actors include these countries, e.g. KZ,CN', parseParties)
    .addOption(
      new Option('--status <status>', 'only this status').choices([
        'not yet rated',
        'in the works',
        'stalled',
        'kept',
        'compromise',
        'broken',
      ]),
    )
    .option('--today <date>', 'the date deadlines are judged against (default: today)')
    .addOption(formatOption())
    .action(
      async (flags: {
        db: string;
        parties?: string[];
        status?: string;
        today?: string;
        format: ListFormat;
      }) => {
        const today = flags.today ?? new Date().toISOString().slice(0, 10);
        const tracked = await withStore(flags.db, (store) =>
          trackCommitments(store, { parties: flags.parties, today }),
        );
        const rows = flags.status ? tracked.filter((t) => t.status === flags.status) : tracked;
        io.stdout(`${renderList(rows, COMMITMENT_COLUMNS, flags.format)}\n`);
      },
    );
}
