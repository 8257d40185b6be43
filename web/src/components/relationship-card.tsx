import type { Relationship } from '../api/types.js';
import { formatCount, formatDate, pairId } from '../lib/format.js';
import { withQuery } from '../lib/router.js';
import { HeadlineList } from './headline-list.js';
import { Link } from './link.js';

/** A relationship on the overview: its name, how much the store holds on it, and its headline figures. */
export function RelationshipCard(props: { relationship: Relationship }) {
  const r = props.relationship;
  const href = `/relationship/${pairId(r.parties)}`;
  return (
    <article class="card relationship-card">
      <h2>
        <Link href={href}>{r.label}</Link>
      </h2>
      <p class="counts">
        {formatCount(r.documents, 'document')} · {formatCount(r.figures, 'figure')} ·{' '}
        <Link href={withQuery('/commitments', { parties: r.parties.join(',') })}>
          {formatCount(r.commitments, 'commitment')}
        </Link>{' '}
        · {formatCount(r.agreements, 'agreement')}
      </p>
      <p class="muted">Latest figure {formatDate(r.latest)}</p>
      <HeadlineList headlines={r.headlines} pair={pairId(r.parties)} />
    </article>
  );
}
