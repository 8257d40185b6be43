import type { Series } from '../api/types.js';
import { formatDate, formatValue } from '../lib/format.js';
import { figureHref } from '../lib/hrefs.js';
import { Link } from './link.js';

/** Every source of a series as a table: the same points as the chart, for reading and for screen readers. */
export function SourceTable(props: { series: Series }) {
  const rows = props.series.observations.flatMap((o) => o.sources.map((s) => ({ o, s })));
  return (
    <details class="source-table">
      <summary>{rows.length === 1 ? 'The source' : `All ${rows.length} sources`}</summary>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">As written</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ o, s }) => (
              <tr key={`${s.document}-${s.ord}`} class={o.conflict ? 'row--conflict' : undefined}>
                <td>{o.period.label}</td>
                <td class="num">{formatValue(s.value, props.series.unit)}</td>
                <td>{s.outlet ?? 'unknown'}</td>
                <td>{formatDate(s.published)}</td>
                <td>
                  <Link href={figureHref(s.document, s.ord)}>{s.text}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
