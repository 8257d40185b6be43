import { apiUrl, getAll, useLoad } from '../api/client.js';
import type { OfficialStat, Series, TargetProgress } from '../api/types.js';
import { IndicatorPicker } from '../components/indicator-picker.js';
import { Link } from '../components/link.js';
import { LoadedView } from '../components/loaded-view.js';
import { SeriesPanel } from '../components/series-panel.js';
import { partiesLabel } from '../lib/labels.js';
import { withQuery } from '../lib/router.js';

interface RelationshipData {
  series: Series[];
  stats: OfficialStat[];
  targets: TargetProgress[];
}

/** `/relationship/CN-KZ?indicator=trade.total`: each series of one indicator as a chart, with its sources. */
export function RelationshipPage(props: { pair: string; indicator: string | null }) {
  const parties = props.pair.toUpperCase().split('-').filter(Boolean).sort();
  const query = { parties: parties.join(',') };
  const loaded = useLoad(parties.join(), async (signal): Promise<RelationshipData> => {
    const [series, stats, targets] = await Promise.all([
      getAll<Series>(apiUrl('series', query), signal),
      getAll<OfficialStat>(apiUrl('stats', query), signal),
      getAll<TargetProgress>(apiUrl('targets', query), signal),
    ]);
    return { series, stats, targets };
  });
  return (
    <section>
      <h1>{partiesLabel(parties)}</h1>
      <p class="lede">
        Every source a point (hover or focus it for the outlet; Enter opens its sentence), the sources'
        consensus, official statistics and targets.{' '}
        <Link href={withQuery('/commitments', query)}>Commitments of this relationship</Link>
      </p>
      <LoadedView loaded={loaded} what="series">
        {({ series, stats, targets }) => {
          if (series.length === 0) return <p class="muted">No series for {partiesLabel(parties)} yet.</p>;
          const indicator = props.indicator ?? series[0]?.indicator ?? '';
          const shown = series.filter((s) => s.indicator === indicator);
          return (
            <>
              <IndicatorPicker series={series} selected={indicator} pair={props.pair} />
              {shown.length === 0 ? (
                <p class="muted">No series of {indicator} for this relationship.</p>
              ) : null}
              {shown.map((s) => (
                <SeriesPanel key={s.key} series={s} stats={stats} targets={targets} />
              ))}
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
