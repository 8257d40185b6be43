import { useMemo } from 'preact/hooks';
import type { OfficialStat, Series, TargetProgress } from '../api/types.js';
import { buildChartData, type ChartPoint } from '../lib/chart-data.js';
import { figureHref } from '../lib/hrefs.js';
import { directionLabel, grainLabel, indicatorLabel } from '../lib/labels.js';
import { navigate } from '../lib/router.js';
import { ChartLegend } from './chart-legend.js';
import { ConflictList } from './conflict-list.js';
import { SeriesChart } from './series-chart.js';
import { SourceTable } from './source-table.js';
import { TargetList } from './target-list.js';

/** One series: its chart with a legend, the conflicts and targets it carries, and its sources as a table. */
export function SeriesPanel(props: { series: Series; stats: OfficialStat[]; targets: TargetProgress[] }) {
  const { series, stats, targets } = props;
  const data = useMemo(() => buildChartData(series, stats, targets), [series, stats, targets]);
  const direction = directionLabel(series.direction);
  const title = `${indicatorLabel(series.indicator)}${direction ? `, ${direction}` : ''} (${series.unit}, ${grainLabel(series.key)})`;
  const onOpen = (point: ChartPoint) => navigate(figureHref(point.document, point.ord));
  const seriesTargets = targets.filter(
    (t) =>
      t.indicator === series.indicator &&
      t.unit === series.unit &&
      t.parties.join() === series.parties.join(),
  );
  return (
    <article class="panel series-panel" data-series-key={series.key} data-points={data.points.length}>
      <h2>{title}</h2>
      <ChartLegend data={data} />
      <SeriesChart data={data} unit={series.unit} label={`Chart of ${title}`} onOpen={onOpen} />
      <ConflictList observations={series.observations.filter((o) => o.conflict)} unit={series.unit} />
      {series.direction === null && series.key.endsWith('|year') ? (
        <TargetList targets={seriesTargets} />
      ) : null}
      <SourceTable series={series} />
    </article>
  );
}
