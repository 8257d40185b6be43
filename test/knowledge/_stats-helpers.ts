/** Helpers of the statistics tests: temp files, and draining a reader into its observations and summary. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import {
  forEachObservation,
  type OfficialObservation,
  type ReadStatsOptions,
  type StatsSummary,
} from '../../src/knowledge/stats/index.js';

export const FIXTURES = new URL('../fixtures/stats/', import.meta.url).pathname;
export const EXAMPLES = new URL('../../examples/stats/', import.meta.url).pathname;

let dir: string | null = null;

afterAll(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** Writes `content` to a fresh file named `name` in this run's temp directory and returns its path. */
export function writeTemp(name: string, content: string | Uint8Array): string {
  dir ??= mkdtempSync(join(tmpdir(), 'accord-stats-'));
  const path = join(dir, `${Math.random().toString(36).slice(2, 8)}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Every observation of a file and the summary the reader returns; throws what the reader throws. */
export async function collect(
  path: string,
  options?: ReadStatsOptions,
): Promise<{ observations: OfficialObservation[]; summary: StatsSummary }> {
  const observations: OfficialObservation[] = [];
  const summary = await forEachObservation(
    path,
    (observation) => void observations.push(observation),
    options,
  );
  return { observations, summary };
}

/** A short, comparable form of an observation: "trade.exports CN>KZ by CN 2021 14000000000". */
export function brief(observation: OfficialObservation): string {
  const { indicator, direction, parties, reporter, period, value } = observation;
  const between = direction ? `${direction.from}>${direction.to}` : parties.join(';');
  return `${indicator} ${between} by ${reporter ?? '-'} ${period.label} ${value}`;
}
