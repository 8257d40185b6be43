import { apiUrl, getAll, useLoad } from '../api/client.js';
import type { Relationship } from '../api/types.js';
import { LoadedView } from '../components/loaded-view.js';
import { RelationshipCard } from '../components/relationship-card.js';

/** `/`: the relationships the store knows, with counts and their latest headline figures. */
export function OverviewPage() {
  const url = apiUrl('relationships');
  const loaded = useLoad(url, (signal) => getAll<Relationship>(url, signal, 4));
  return (
    <section>
      <h1>Relationships</h1>
      <p class="lede">
        Every pair of countries the stored reports give figures for, with the latest of each series.
      </p>
      <LoadedView loaded={loaded} what="relationships">
        {(relationships) =>
          relationships.length === 0 ? (
            <p class="muted">No figures yet: ingest some reports with `accord ingest`.</p>
          ) : (
            <ul class="cards">
              {relationships.map((r) => (
                <li key={r.parties.join()}>
                  <RelationshipCard relationship={r} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
}
