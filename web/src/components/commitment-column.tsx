import type { CommitmentStatus, TrackedCommitment } from '../api/types.js';
import { CommitmentCard } from './commitment-card.js';

/** One column of the board: the commitments whose latest status is `status`. */
export function CommitmentColumn(props: { status: CommitmentStatus; items: TrackedCommitment[] }) {
  const slug = props.status.replace(/\s+/g, '-');
  return (
    <section
      id={`column-${slug}`}
      class={`column column--${slug}`}
      data-status={props.status}
      aria-labelledby={`heading-${slug}`}
      tabIndex={-1}
    >
      <h2 id={`heading-${slug}`}>
        {props.status} <span class="count">{props.items.length}</span>
      </h2>
      {props.items.length === 0 ? (
        <p class="muted empty">none</p>
      ) : (
        <ul>
          {props.items.map((t) => (
            <li key={`${t.commitment.document}-${t.commitment.ord}`}>
              <CommitmentCard tracked={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
