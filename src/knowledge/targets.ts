import type { Period, StoredFigure } from '../types.js';
import type { Observation } from './observations.js';
import type { Series } from './series.js';

/** A target as one source stated it. */
export interface TargetStatement {
  document: string;
  outlet: string | null;
  published: string | null;
  value: number;
  text: string;
  deadline: Period | null;
  sentence: string;
}

/** A target tracked against the latest actual of the same indicator and parties. */
export interface TargetProgress {
  indicator: string;
  parties: string[];
  unit: string;
  /** The target in force: the latest statement. */
  current: TargetStatement;
  /** Earlier statements of the target, oldest first, each replaced by the next (a revision when the value changed). */
  revisions: TargetStatement[];
  latest: { value: number; period: Period; outlet: string | null; document: string } | null;
  /** latest / target, rounded to 3 decimals; null without an actual. */
  progress: number | null;
  /** Yearly growth needed from the latest actual to meet the target by its deadline; null without both. */
  paceNeeded: number | null;
}

function years(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000);
}

function latestActual(series: readonly Series[], target: StoredFigure): Observation | null {
  const matching = series.filter(
    (s) =>
      s.indicator === target.indicator &&
      s.unit === target.unit &&
      s.parties.join() === target.parties.join(),
  );
  let best: Observation | null = null;
  for (const s of matching) {
    for (const o of s.observations) {
      // Whole periods only: a half year is no measure of a yearly target.
      if (!o.period.start || !o.period.end || years(o.period.start, o.period.end) < 0.9) continue;
      if (!best || (o.period.end ?? '') > (best.period.end ?? '')) best = o;
    }
  }
  return best;
}

/**
 * Targets with their history and progress: `trackTargets(figures, series)` gives, for China–Kazakhstan trade, the
 * "double" of July 2024 as current, the $35bn and $40bn by 2030 as revisions, and progress against the latest year.
 */
export function trackTargets(figures: readonly StoredFigure[], series: readonly Series[]): TargetProgress[] {
  const groups = new Map<string, StoredFigure[]>();
  for (const f of figures) {
    if (f.kind !== 'target' || f.value === null || !f.indicator) continue;
    const key = `${f.indicator}|${f.parties.join(',')}|${f.unit}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out: TargetProgress[] = [];
  for (const group of groups.values()) {
    const statements = group
      .map(
        (f): TargetStatement => ({
          document: f.document,
          outlet: f.outlet,
          published: f.published,
          value: f.value as number,
          text: f.text,
          deadline: f.period,
          sentence: f.sentence,
        }),
      )
      .sort(
        (a, b) =>
          (a.published ?? '').localeCompare(b.published ?? '') || a.document.localeCompare(b.document),
      );
    // Several statements of one target on one day (a headline and its body) count once.
    const distinct = statements.filter(
      (s, i) =>
        i === 0 || s.published !== statements[i - 1]?.published || s.value !== statements[i - 1]?.value,
    );
    const current = distinct[distinct.length - 1] as TargetStatement;
    const first = group[0] as StoredFigure;
    const latest = latestActual(series, first);
    const progress = latest ? Math.round((latest.consensus.value / current.value) * 1000) / 1000 : null;
    let paceNeeded: number | null = null;
    const deadline = current.deadline?.end;
    if (latest?.period.end && deadline && deadline > latest.period.end && latest.consensus.value > 0) {
      const span = years(latest.period.end, deadline);
      paceNeeded = Math.round(((current.value / latest.consensus.value) ** (1 / span) - 1) * 1000) / 1000;
    }
    out.push({
      indicator: first.indicator as string,
      parties: first.parties,
      unit: first.unit,
      current,
      revisions: distinct.slice(0, -1),
      latest: latest
        ? {
            value: latest.consensus.value,
            period: latest.period,
            outlet: latest.consensus.outlet,
            document: latest.consensus.document,
          }
        : null,
      progress,
      paceNeeded,
    });
  }
  return out;
}
