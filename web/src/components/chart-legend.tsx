import type { ChartData } from '../lib/chart-data.js';

/** What the marks of a chart mean; drawn as HTML so it wraps on a phone. */
export function ChartLegend(props: { data: ChartData }) {
  const { data } = props;
  const hasConflict = data.points.some((p) => p.isConflict);
  let official = 0;
  return (
    <ul class="legend">
      <li>
        <span class="swatch swatch--point" aria-hidden="true" /> a source ({data.points.length})
      </li>
      {hasConflict ? (
        <li>
          <span class="swatch swatch--conflict" aria-hidden="true" /> sources disagree
        </li>
      ) : null}
      {data.lines.map((line) => {
        const modifier = line.kind === 'official' ? `official-${official++ % 3}` : line.kind;
        return (
          <li key={line.label}>
            <span class={`swatch swatch--line swatch--${modifier}`} aria-hidden="true" /> {line.label}
          </li>
        );
      })}
    </ul>
  );
}
