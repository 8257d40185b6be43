import { apiUrl, getAll, useLoad } from '../api/client.js';
import type { TrackedCommitment } from '../api/types.js';
import { BoardJump } from '../components/board-jump.js';
import { CommitmentColumn } from '../components/commitment-column.js';
import { LoadedView } from '../components/loaded-view.js';
import { SectorFilter } from '../components/sector-filter.js';
import { partiesLabel, STATUSES } from '../lib/labels.js';

/** `/commitments?parties=CN,KZ&sector=agriculture`: every commitment as a card in the column of its status. */
export function CommitmentsPage(props: { parties: string | null; sector: string | null }) {
  const parties = props.parties?.toUpperCase() ?? '';
  const url = apiUrl('commitments', { parties: parties || undefined });
  const loaded = useLoad(url, (signal) => getAll<TrackedCommitment>(url, signal));
  return (
    <section class="wide">
      <h1>Commitments{parties ? ` of ${partiesLabel(parties.split(','))}` : ''}</h1>
      <p class="lede">
        What was promised, and what later reports say became of it. Each card cites the sentence that made the
        promise.
      </p>
      <LoadedView loaded={loaded} what="commitments">
        {(all) => {
          const sectors = [...new Set(all.flatMap((t) => t.commitment.sectors))].sort();
          const shown = props.sector
            ? all.filter((t) => t.commitment.sectors.includes(props.sector ?? ''))
            : all;
          return (
            <>
              <SectorFilter
                sectors={sectors}
                selected={props.sector}
                parties={parties}
                count={shown.length}
              />
              <BoardJump
                counts={STATUSES.map((status) => [status, shown.filter((t) => t.status === status).length])}
              />
              <div class="board">
                {STATUSES.map((status) => (
                  <CommitmentColumn
                    key={status}
                    status={status}
                    items={shown.filter((t) => t.status === status)}
                  />
                ))}
              </div>
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}
