import { apiUrl, getJson, useLoad } from '../api/client.js';
import type { Page, SearchHit } from '../api/types.js';
import { LoadedView } from '../components/loaded-view.js';
import { SearchHitItem } from '../components/search-hit-item.js';

/** `/search?q=grain`: reports matching a full-text query, best first, each with its matched words marked. */
export function SearchPage(props: { q: string }) {
  const url = apiUrl('search', { q: props.q, limit: 50 });
  const loaded = useLoad(url, (signal) =>
    props.q ? getJson<Page<SearchHit>>(url, signal) : Promise.resolve({ items: [], next: null }),
  );
  return (
    <section>
      <h1>Search</h1>
      {props.q ? (
        <LoadedView loaded={loaded} what="results">
          {(page) =>
            page.items.length === 0 ? (
              <p class="muted">No report matches “{props.q}”.</p>
            ) : (
              <>
                <p class="muted">
                  {page.items.length}
                  {page.next ? '+' : ''} reports match “{props.q}”
                </p>
                <ol class="search-hits">
                  {page.items.map((hit) => (
                    <li key={hit.id}>
                      <SearchHitItem hit={hit} />
                    </li>
                  ))}
                </ol>
              </>
            )
          }
        </LoadedView>
      ) : (
        <p class="muted">
          Type words, a "quoted phrase", prefix* or OR in the search box: <code>grain OR wheat</code>.
        </p>
      )}
    </section>
  );
}
