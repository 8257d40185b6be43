import { apiUrl, getAll, useLoad } from '../api/client.js';
import type { DocumentDetail, Observation, Series } from '../api/types.js';
import { formatDate, formatRatio, formatValue } from '../lib/format.js';
import { figureHref } from '../lib/hrefs.js';
import { countryName } from '../lib/labels.js';
import { Link } from './link.js';
import { LoadedView } from './loaded-view.js';

type Figure = DocumentDetail['figures'][number];

/** The observation one source stated, found among the series of its indicator and parties. */
function findObservation(series: Series[], document: string, ord: number): Observation | null {
  for (const s of series) {
    for (const o of s.observations) {
      if (o.sources.some((source) => source.document === document && source.ord === ord)) return o;
    }
  }
  return null;
}

/** Every source of the observation a figure belongs to, its consensus, conflict and official statistics. */
export function ObservationSources(props: { document: string; figure: Figure }) {
  const { document, figure } = props;
  const url = apiUrl('series', {
    parties: figure.parties.join(','),
    indicator: figure.indicator ?? undefined,
  });
  const loaded = useLoad(url, (signal) => getAll<Series>(url, signal));
  return (
    <section class="observation" aria-label="Sources of the same observation">
      <LoadedView loaded={loaded} what="the other sources">
        {(series) => {
          const o = findObservation(series, document, figure.ord);
          if (!o)
            return (
              <p class="muted">This figure is in no series (a repeated statement in the same report).</p>
            );
          const others = o.sources.filter((s) => !(s.document === document && s.ord === figure.ord));
          return (
            <>
              <h3>
                {o.period.label}: {o.sources.length} {o.sources.length === 1 ? 'source' : 'sources'},{' '}
                {o.corroboration} {o.corroboration === 1 ? 'outlet' : 'outlets'}
              </h3>
              <p>
                Consensus <strong>{formatValue(o.consensus.value, o.unit)}</strong> (
                {o.consensus.outlet ?? 'unknown'}: {o.consensus.reason})
              </p>
              {o.conflict ? (
                <p class="conflict-note">
                  Sources disagree by {formatRatio(o.conflict.spread)}: {o.conflict.explanation}
                </p>
              ) : null}
              {others.length > 0 ? (
                <ul class="other-sources">
                  {others.map((s) => (
                    <li key={`${s.document}-${s.ord}`}>
                      <Link href={figureHref(s.document, s.ord)}>
                        {formatValue(s.value, o.unit)} · {s.outlet ?? 'unknown'} · {formatDate(s.published)}
                      </Link>
                      <br />
                      <span class="muted">{s.sentence}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted">No other source states it.</p>
              )}
              {o.official && o.official.length > 0 ? (
                <ul class="official">
                  {o.official.map((x) => (
                    <li key={`${x.file}-${x.reporter}`}>
                      Official {formatValue(x.value, x.unit)}
                      {x.reporter ? `, as ${countryName(x.reporter)} reports` : ''} ({x.source}); the claims
                      are {formatRatio(x.ratio)} of it
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
