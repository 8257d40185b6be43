import type { TrackedCommitment } from '../api/types.js';
import { formatDate, formatDeadline } from '../lib/format.js';
import { commitmentHref, documentHref } from '../lib/hrefs.js';
import { partiesLabel } from '../lib/labels.js';
import { Link } from './link.js';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A commitment on the board: who promised what by when, the sentence that said it (the card's link opens it in the
 * reader) and, when its status changed, the later report that changed it.
 */
export function CommitmentCard(props: { tracked: TrackedCommitment }) {
  const { commitment: c, status, history } = props.tracked;
  const last = history[history.length - 1];
  const changed = last && history.length > 1 ? last : null;
  return (
    <article class="card commitment-card" data-status={status}>
      <h3>
        <Link href={commitmentHref(c.document, c.ord)} class="card-link">
          {capitalize(`${c.action} ${c.object}`)}
        </Link>
      </h3>
      <p class="tags">
        <span class="tag tag--actors">{c.actors.length ? partiesLabel(c.actors) : 'unstated'}</span>
        {c.sectors.map((s) => (
          <span key={s} class="tag">
            {s}
          </span>
        ))}
        {c.deadline ? <span class="tag tag--deadline">{formatDeadline(c.deadline.label)}</span> : null}
      </p>
      <blockquote>“{c.sentence}”</blockquote>
      <p class="cite">
        {c.outlet ?? 'unknown outlet'}, {formatDate(c.published)}
      </p>
      {changed ? (
        <p class="change">
          <strong>{changed.status}</strong>
          {changed.uncertain ? ' (uncertain)' : ''}: {changed.reason}
          {changed.document ? (
            <>
              {' — '}
              <Link href={documentHref(changed.document)} class="above-card-link">
                {changed.outlet ?? 'a later report'}, {formatDate(changed.date)}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
