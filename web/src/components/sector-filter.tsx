import { navigate, withQuery } from '../lib/router.js';

/** Narrows the board to one sector; the choice goes into the URL so the filtered board can be shared. */
export function SectorFilter(props: {
  sectors: string[];
  selected: string | null;
  parties: string;
  count: number;
}) {
  const onChange = (event: Event) => {
    const sector = (event.currentTarget as HTMLSelectElement).value;
    navigate(withQuery('/commitments', { parties: props.parties, sector }), { replace: true });
  };
  return (
    <div class="filters">
      <label for="sector">Sector</label>
      <select id="sector" value={props.selected ?? ''} onChange={onChange}>
        <option value="">all sectors</option>
        {props.sectors.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <span class="muted" aria-live="polite">
        {props.count} {props.count === 1 ? 'commitment' : 'commitments'}
      </span>
    </div>
  );
}
