import { Command, InvalidArgumentError } from 'commander';
import type { Conflict } from '../../knowledge/conflicts.js';
import { loadSeries as loadStoredSeries } from '../../knowledge/load-series.js';
import type { Observation } from '../../knowledge/observations.js';
import { loadOutletKinds } from '../../knowledge/source-kind.js';
import { type TargetProgress, trackTargets } from '../../knowledge/targets.js';
import { type CliIO, withStore } from '../context.js';
import { readableNumber } from '../format-figure.js';
import { dbOption, formatOption } from '../options.js';
import { type Column, type ListFormat, renderList } from '../output.js';
import { parseParties } from './figures.js';

interface KnowledgeFlags {
  db: string;
  parties?: string[];
  indicator?: string;
  tolerance: number;
  outlets?: string;
  format: ListFormat;
}

function parseTolerance(value: string): number {
  const n = Number(value.replace(/%$/, '')) / (value.endsWith('%') ? 100 : 1);
  if (!Number.isFinite(n) || n < 0 || n >= 10)
    throw new InvalidArgumentError('expected a fraction such as 0.05 or 5%');
  return n;
}

function knowledgeCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .addOption(dbOption())
    .option('--parties <codes>', 'exactly these countries, e.g. KZ,CN', parseParties)
    .option('--indicator <code>', 'an indicator code, e.g. trade.total')
    .option(
      '--tolerance <fraction>',
      'sources further apart than this conflict (0.05 or 5%)',
      parseTolerance,
      0.05,
    )
    .option('--outlets <file>', 'a JSON file of outlet kinds: {"Outlet name": "official"}')
    .addOption(formatOption());
}

async function loadSeries(flags: KnowledgeFlags) {
  const outletKinds = flags.outlets ? loadOutletKinds(flags.outlets) : undefined;
  return withStore(flags.db, (store) =>
    loadStoredSeries(store, {
      parties: flags.parties,
      indicator: flags.indicator,
      tolerance: flags.tolerance,
      outletKinds,
    }),
  );
}

const money = (value: number, unit: string) => `${readableNumber(value)} ${unit}`;

const OBSERVATION_COLUMNS: Column<Observation>[] = [
  { header: 'indicator', value: (o) => o.indicator },
  { header: 'parties', value: (o) => o.parties.join(',') },
  { header: 'direction', value: (o) => (o.direction ? `${o.direction.from}>${o.direction.to}` : '') },
  { header: 'period', value: (o) => o.period.label },
  { header: 'value', value: (o) => money(o.consensus.value, o.unit) },
  { header: 'sources', value: (o) => o.sources.length },
  { header: 'outlets', value: (o) => o.corroboration },
  { header: 'followed', value: (o) => o.consensus.outlet ?? o.consensus.document, max: 30 },
  {
    header: 'official',
    value: (o) =>
      (o.official ?? []).map((x) => `${readableNumber(x.value)} (${x.reporter ?? x.source})`).join(', '),
  },
  {
    header: 'conflict',
    value: (o) =>
      o.conflict ? `${Math.round(o.conflict.spread * 100)}% ${o.conflict.cause ?? ''}`.trim() : '',
  },
];

/** `accord series`: each indicator's observations over time with their sources. */
export function seriesCommand(io: CliIO): Command {
  return knowledgeCommand(
    'series',
    'figures grouped into observations over time, each with its sources and consensus',
  ).action(async (flags: KnowledgeFlags) => {
    const { series } = await loadSeries(flags);
    if (flags.format === 'json' || flags.format === 'jsonl') {
      io.stdout(`${renderList(series, [], flags.format)}\n`);
      return;
    }
    io.stdout(
      `${renderList(
        series.flatMap((s) => s.observations),
        OBSERVATION_COLUMNS,
        flags.format,
      )}\n`,
    );
  });
}

interface ConflictRow {
  observation: Observation;
  conflict: Conflict;
}

const CONFLICT_COLUMNS: Column<ConflictRow>[] = [
  { header: 'indicator', value: (r) => r.observation.indicator },
  { header: 'parties', value: (r) => r.observation.parties.join(',') },
  { header: 'period', value: (r) => r.observation.period.label },
  {
    header: 'sides',
    value: (r) =>
      r.conflict.sides
        .map((s) => `${readableNumber(s.value)} (${s.sources.map((x) => x.outlet ?? x.document).join('; ')})`)
        .join(' vs '),
    max: 90,
  },
  { header: 'spread', value: (r) => `${Math.round(r.conflict.spread * 100)}%` },
  { header: 'cause', value: (r) => r.conflict.cause ?? 'unexplained' },
];

/** `accord conflicts`: observations whose sources disagree, both sides with their sources and a likely cause. */
export function conflictsCommand(io: CliIO): Command {
  return knowledgeCommand(
    'conflicts',
    'observations whose sources disagree beyond the tolerance, with a likely cause',
  ).action(async (flags: KnowledgeFlags) => {
    const { series } = await loadSeries(flags);
    const rows = series.flatMap((s) =>
      s.observations.flatMap((observation) =>
        observation.conflict ? [{ observation, conflict: observation.conflict }] : [],
      ),
    );
    if (flags.format === 'json' || flags.format === 'jsonl') {
      const records = rows.map((r) => ({ ...r.observation }));
      io.stdout(`${renderList(records, [], flags.format)}\n`);
      return;
    }
    io.stdout(`${renderList(rows, CONFLICT_COLUMNS, flags.format)}\n`);
  });
}

const TARGET_COLUMNS: Column<TargetProgress>[] = [
  { header: 'indicator', value: (t) => t.indicator },
  { header: 'parties', value: (t) => t.parties.join(',') },
  { header: 'target', value: (t) => money(t.current.value, t.unit) },
  { header: 'deadline', value: (t) => t.current.deadline?.label },
  {
    header: 'stated',
    value: (t) => `${t.current.published ?? ''} ${t.current.outlet ?? ''}`.trim(),
    max: 36,
  },
  {
    header: 'revisions',
    value: (t) => t.revisions.map((r) => `${readableNumber(r.value)} (${r.published ?? '?'})`).join(' → '),
  },
  {
    header: 'latest',
    value: (t) => (t.latest ? `${money(t.latest.value, t.unit)} (${t.latest.period.label})` : ''),
  },
  { header: 'progress', value: (t) => (t.progress === null ? '' : `${Math.round(t.progress * 100)}%`) },
  {
    header: 'pace needed',
    value: (t) => (t.paceNeeded === null ? '' : `${(t.paceNeeded * 100).toFixed(1)}%/yr`),
  },
];

/** `accord targets`: targets with their revisions and progress against the latest actual. */
export function targetsCommand(io: CliIO): Command {
  return knowledgeCommand(
    'targets',
    'targets with their revisions and progress against the latest actual',
  ).action(async (flags: KnowledgeFlags) => {
    const { figures, series } = await loadSeries(flags);
    io.stdout(`${renderList(trackTargets(figures, series), TARGET_COLUMNS, flags.format)}\n`);
  });
}
