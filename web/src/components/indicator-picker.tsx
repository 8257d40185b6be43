import type { Series } from '../api/types.js';
import { indicatorLabel } from '../lib/labels.js';
import { withQuery } from '../lib/router.js';
import { Link } from './link.js';

/** The indicators of a relationship, largest first; the chosen one is in the URL (`?indicator=`). */
export function IndicatorPicker(props: { series: Series[]; selected: string; pair: string }) {
  const counts = new Map<string, number>();
  for (const s of props.series)
    counts.set(s.indicator, (counts.get(s.indicator) ?? 0) + s.observations.length);
  return (
    <nav aria-label="Indicators" class="indicator-picker">
      <ul>
        {[...counts].map(([indicator, count]) => (
          <li key={indicator}>
            <Link
              href={withQuery(`/relationship/${props.pair}`, { indicator })}
              class="pill"
              {...(indicator === props.selected ? { 'aria-current': 'page' as const } : {})}
            >
              {indicatorLabel(indicator)} <span class="count">{count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
