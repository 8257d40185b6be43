import type { SearchHit } from '../api/types.js';
import { formatDate } from '../lib/format.js';
import { documentHref } from '../lib/hrefs.js';
import { segmentText } from '../lib/segments.js';
import { Link } from './link.js';

/** One search result: title, outlet, date and the snippet with its matches marked (as DOM nodes, never as HTML). */
export function SearchHitItem(props: { hit: SearchHit }) {
  const { hit } = props;
  const segments = segmentText(
    hit.snippet,
    hit.highlights.map((h, i) => ({ id: `match-${i}`, type: 'figure' as const, start: h.start, end: h.end })),
  );
  return (
    <article class="search-hit">
      <h2>
        <Link href={documentHref(hit.id)}>{hit.title ?? hit.id}</Link>
      </h2>
      <p class="muted">
        {hit.outlet ?? 'unknown outlet'} · {formatDate(hit.published)}
      </p>
      <p class="snippet">
        {segments.map((s) =>
          s.highlights.length > 0 ? <mark key={s.start}>{s.text}</mark> : <span key={s.start}>{s.text}</span>,
        )}
      </p>
    </article>
  );
}
