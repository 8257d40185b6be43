import type { Observation } from '../api/types.js';
import { formatRatio, formatValue } from '../lib/format.js';

/** The periods where sources disagree: each side with its outlets, the spread and the likely cause. */
export function ConflictList(props: { observations: Observation[]; unit: string }) {
  if (props.observations.length === 0) return null;
  return (
    <section class="conflicts" aria-label="Where sources disagree">
      <h3>Where sources disagree</h3>
      <ul>
        {props.observations.map((o) => {
          const conflict = o.conflict;
          if (!conflict) return null;
          return (
            <li key={o.key}>
              <strong>{o.period.label}</strong>: {formatRatio(conflict.spread)} apart ·{' '}
              {conflict.sides
                .map(
                  (side) =>
                    `${formatValue(side.value, props.unit)} (${side.sources.map((s) => s.outlet ?? 'unknown').join(', ')})`,
                )
                .join(' vs ')}
              <br />
              <span class="muted">
                {conflict.cause ? `${conflict.cause}: ` : ''}
                {conflict.explanation}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
