import { apiUrl, getJson, useLoad } from '../api/client.js';
import type { Page } from '../api/types.js';
import { Link } from '../components/link.js';
import { LoadedView } from '../components/loaded-view.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { documentHref } from '../lib/hrefs.js';
import { withQuery } from '../lib/router.js';

interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  chars: number;
}

/** `/documents?outlet=...`: stored reports, newest first, a page at a time (the cursor is in the URL). */
export function DocumentsPage(props: { outlet: string | null; cursor: string | null }) {
  const url = apiUrl('documents', {
    outlet: props.outlet ?? undefined,
    cursor: props.cursor ?? undefined,
    limit: 50,
  });
  const loaded = useLoad(url, (signal) => getJson<Page<DocumentSummary>>(url, signal));
  return (
    <section>
      <h1>Documents{props.outlet ? ` from ${props.outlet}` : ''}</h1>
      <LoadedView loaded={loaded} what="documents">
        {(page) => (
          <>
            <ul class="document-list">
              {page.items.map((d) => (
                <li key={d.id}>
                  <Link href={documentHref(d.id)}>{d.title ?? d.id}</Link>
                  <span class="muted">
                    {' '}
                    ·{' '}
                    <Link href={withQuery('/documents', { outlet: d.outlet })}>
                      {d.outlet ?? 'unknown outlet'}
                    </Link>{' '}
                    · {formatDate(d.published)} · {formatNumber(d.chars)} characters
                  </span>
                </li>
              ))}
            </ul>
            {page.next ? (
              <p>
                <Link href={withQuery('/documents', { outlet: props.outlet, cursor: page.next })}>
                  Older documents
                </Link>
              </p>
            ) : null}
          </>
        )}
      </LoadedView>
    </section>
  );
}
