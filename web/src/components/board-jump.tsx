import type { CommitmentStatus } from '../api/types.js';

/** The board's columns with their counts; choosing one scrolls to it (on a phone the columns are side by side). */
export function BoardJump(props: { counts: Array<[CommitmentStatus, number]> }) {
  const jump = (status: CommitmentStatus) => {
    const column = document.getElementById(`column-${status.replace(/\s+/g, '-')}`);
    column?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
    column?.focus({ preventScroll: true });
  };
  return (
    <nav class="board-jump" aria-label="Columns">
      {props.counts.map(([status, count]) => (
        <button
          key={status}
          type="button"
          class={`pill pill--${status.replace(/\s+/g, '-')}`}
          onClick={() => jump(status)}
        >
          {status} <span class="count">{count}</span>
        </button>
      ))}
    </nav>
  );
}
