import type { OfficialStat, Series, TargetProgress } from '../api/types.js';
import { formatDeadline } from './format.js';
import { countryName, periodGrain } from './labels.js';

/** One source's statement drawn as a point: where it sits and where its sentence is. */
export interface ChartPoint {
  /** The middle of the period, in seconds. */
  x: number;
  y: number;
  /** Place among the sources of the same period, centred on 0 (-1, 0, 1 for three): drawn side by side, not stacked. */
  slot: number;
  /** How many sources state the same period. */
  siblings: number;
  document: string;
  ord: number;
  outlet: string | null;
  published: string | null;
  text: string;
  period: string;
  value: number;
  /** True when the observation's sources disagree beyond the tolerance. */
  isConflict: boolean;
}

/** A line of the chart beside the points: the claims' consensus, an official statistic, a target. */
export interface ChartLine {
  label: string;
  kind: 'consensus' | 'official' | 'target' | 'revision';
  values: Array<number | null>;
}

/** Everything one chart draws: aligned x values (seconds), the lines over them, and the source points. */
export interface ChartData {
  /** The series' grain ("year", "half", ...), which decides the time axis. */
  grain: string;
  xs: number[];
  lines: ChartLine[];
  points: ChartPoint[];
}

const DAY = 86_400;

function seconds(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 1000;
}

/** The middle of a period in seconds, or its one known end. */
function middle(period: { start: string | null; end: string | null }): number | null {
  const start = period.start ? seconds(period.start) : null;
  const end = period.end ? seconds(period.end) + DAY : null;
  if (start !== null && end !== null) return (start + end) / 2;
  return end ?? start;
}

/** Official values of the same indicator, parties, direction, unit and grain as the series, one line per reporter. */
function officialLines(
  series: Series,
  official: readonly OfficialStat[],
  grain: string,
): Map<string, Map<number, number>> {
  const lines = new Map<string, Map<number, number>>();
  const direction = series.direction ? `${series.direction.from}>${series.direction.to}` : '';
  for (const o of official) {
    const oDirection = o.direction ? `${o.direction.from}>${o.direction.to}` : '';
    if (o.indicator !== series.indicator || o.parties.join() !== series.parties.join()) continue;
    if (oDirection !== direction || o.unit.toUpperCase() !== series.unit.toUpperCase()) continue;
    if (periodGrain(o.period) !== grain) continue;
    const x = middle(o.period);
    if (x === null) continue;
    const label = o.reporter ? `Official, as ${countryName(o.reporter)} reports` : `Official (${o.source})`;
    let line = lines.get(label);
    if (!line) {
      line = new Map();
      lines.set(label, line);
    }
    line.set(x, o.value);
  }
  return lines;
}

type LineMap = { label: string; kind: ChartLine['kind']; values: Map<number, number> };

/**
 * A target's lines: from the latest actual to the value at its deadline, for the target in force and for earlier
 * statements whose deadline is still ahead ("$40 billion by 2030"); the target in force with no date is one value,
 * drawn flat to the chart's end. Statements repeating the same value and deadline are drawn once.
 */
function targetLines(t: TargetProgress): LineMap[] {
  const from = t.latest ? middle(t.latest.period) : null;
  if (!t.latest || from === null) return [];
  const start = t.latest.value;
  const lines: LineMap[] = [];
  const seen = new Set<string>();
  for (const statement of [t.current, ...[...t.revisions].reverse()]) {
    const isCurrent = statement === t.current;
    const deadline = statement.deadline?.end ?? null;
    const key = `${statement.value}|${deadline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const when = formatDeadline(statement.deadline?.label);
    const label = `${isCurrent ? 'Target' : 'Earlier target'}: “${statement.text}”, ${when} (${statement.outlet ?? 'unknown'}, ${statement.published ?? 'undated'})`;
    const kind = isCurrent ? 'target' : 'revision';
    if (deadline) {
      const to = seconds(deadline) + DAY;
      if (to > from)
        lines.push({
          label,
          kind,
          values: new Map([
            [from, start],
            [to, statement.value],
          ]),
        });
    } else if (isCurrent) {
      lines.push({ label, kind, values: new Map([[from, statement.value]]) });
    }
  }
  return lines;
}

/**
 * Lays out one series for a chart: each source a point spread a little inside its period (so that five sources of
 * 2023 are five points, not one), the consensus of each period, official statistics per reporter, and each target
 * as a line from the latest actual to its deadline.
 */
export function buildChartData(
  series: Series,
  official: readonly OfficialStat[],
  targets: readonly TargetProgress[],
): ChartData {
  const grain = series.key.split('|').pop() ?? 'other';
  const points: ChartPoint[] = [];
  const consensus = new Map<number, number>();
  for (const o of series.observations) {
    const x = middle(o.period);
    if (x === null) continue;
    consensus.set(x, o.consensus.value);
    for (const [i, s] of o.sources.entries()) {
      points.push({
        x,
        slot: i - (o.sources.length - 1) / 2,
        siblings: o.sources.length,
        y: s.value,
        document: s.document,
        ord: s.ord,
        outlet: s.outlet,
        published: s.published,
        text: s.text,
        period: o.period.label,
        value: s.value,
        isConflict: o.conflict !== null,
      });
    }
  }
  const lineMaps: LineMap[] = [{ label: 'Consensus of the sources', kind: 'consensus', values: consensus }];
  for (const [label, values] of officialLines(series, official, grain)) {
    lineMaps.push({ label, kind: 'official', values });
  }
  if (grain === 'year' && !series.direction) {
    for (const t of targets) {
      if (
        t.indicator !== series.indicator ||
        t.unit !== series.unit ||
        t.parties.join() !== series.parties.join()
      ) {
        continue;
      }
      lineMaps.push(...targetLines(t));
    }
  }
  const xs = [...new Set([...points.map((p) => p.x), ...lineMaps.flatMap((l) => [...l.values.keys()])])].sort(
    (a, b) => a - b,
  );
  const last = xs[xs.length - 1];
  for (const line of lineMaps) {
    // A target with no date ("in the near future") is a level to reach, drawn flat to the chart's end.
    if (line.kind === 'target' && line.values.size === 1 && last !== undefined) {
      const level = [...line.values.values()][0] as number;
      line.values.set(last, level);
    }
  }
  const lines = lineMaps.map((l) => ({
    label: l.label,
    kind: l.kind,
    values: xs.map((x) => l.values.get(x) ?? null),
  }));
  return { grain, xs, lines, points };
}
