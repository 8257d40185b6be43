import type { Series } from '../knowledge/series.js';
import type { TargetProgress } from '../knowledge/targets.js';

/** Middle of a period as a date, for plotting: 2023 is 2023-07-02. */
function midpoint(start: string | null, end: string | null): Date | null {
  const a = start ? Date.parse(`${start}T00:00:00Z`) : null;
  const b = end ? Date.parse(`${end}T00:00:00Z`) : null;
  if (a !== null && b !== null) return new Date((a + b) / 2);
  const one = a ?? b;
  return one === null ? null : new Date(one);
}

/**
 * An SVG chart of a series, drawn by Observable Plot on a server-side DOM: the consensus as a line, every source a
 * point (its outlet and value in the point's title), conflicting observations in red, targets as a dashed line to
 * their deadline. Returns the SVG markup; Plot escapes the text it writes.
 */
export async function seriesChart(series: Series, targets: readonly TargetProgress[]): Promise<string> {
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const scale = Math.max(...series.observations.map((o) => Math.abs(o.consensus.value)), 1) >= 1e9 ? 1e9 : 1;
  const unitLabel = `${scale === 1e9 ? 'bn ' : ''}${series.unit === 'count' ? '' : series.unit}`.trim();
  const line = series.observations.flatMap((o) => {
    const x = midpoint(o.period.start, o.period.end);
    return x ? [{ x, y: o.consensus.value / scale }] : [];
  });
  const points = series.observations.flatMap((o) => {
    const x = midpoint(o.period.start, o.period.end);
    if (!x) return [];
    return o.sources.map((s) => ({
      x,
      y: s.value / scale,
      conflict: o.conflict !== null,
      title: `${s.outlet ?? s.document} (${s.published ?? 'undated'}): ${s.text} — ${o.period.label}`,
    }));
  });
  const official = series.observations.flatMap((o) => {
    const x = midpoint(o.period.start, o.period.end);
    if (!x) return [];
    return (o.official ?? []).map((s) => ({
      x,
      y: s.value / scale,
      reporter: s.reporter ?? s.source,
      title: `${s.source}: ${o.period.label}`,
    }));
  });
  const targetLines = targets
    .filter(
      (t) =>
        t.indicator === series.indicator &&
        t.unit === series.unit &&
        t.parties.join() === series.parties.join(),
    )
    .flatMap((t) => {
      const from = t.latest ? midpoint(t.latest.period.start, t.latest.period.end) : null;
      const to = t.current.deadline?.end ? new Date(`${t.current.deadline.end}T00:00:00Z`) : null;
      if (!from || !to || !t.latest) return [];
      return [
        { x: from, y: t.latest.value / scale, target: t.current.text },
        { x: to, y: t.current.value / scale, target: t.current.text },
      ];
    });
  const svg = Plot.plot({
    document,
    width: 560,
    height: 220,
    marginLeft: 48,
    x: { type: 'utc', label: null },
    y: { label: unitLabel, grid: true, zero: true },
    marks: [
      Plot.line(line, { x: 'x', y: 'y', stroke: '#2b6cb0' }),
      Plot.line(targetLines, { x: 'x', y: 'y', z: 'target', stroke: '#718096', strokeDasharray: '4 3' }),
      Plot.line(official, { x: 'x', y: 'y', z: 'reporter', stroke: '#2f855a', strokeOpacity: 0.7 }),
      Plot.dot(official, { x: 'x', y: 'y', symbol: 'square', fill: '#2f855a', r: 3, title: 'title' }),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        fill: (d: { conflict: boolean }) => (d.conflict ? '#c53030' : '#2b6cb0'),
        r: 4,
        title: 'title',
      }),
    ],
  });
  return svg.outerHTML;
}
