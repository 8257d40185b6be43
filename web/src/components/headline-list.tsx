import type { Headline } from '../api/types.js';
import { formatValue } from '../lib/format.js';
import { directionLabel } from '../lib/labels.js';
import { withQuery } from '../lib/router.js';
import { Link } from './link.js';

/** The latest observation of each of a relationship's largest series, each linking to its chart. */
export function HeadlineList(props: { headlines: Headline[]; pair: string }) {
  if (props.headlines.length === 0) return null;
  return (
    <dl class="headlines">
      {props.headlines.map((h) => {
        const direction = directionLabel(h.direction);
        return (
          <div key={`${h.indicator}-${h.unit}-${h.period.label}-${direction}`} class="headline">
            <dt>
              <Link href={withQuery(`/relationship/${props.pair}`, { indicator: h.indicator })}>
                {h.label}
              </Link>
              {direction ? <span class="muted"> {direction}</span> : null}
            </dt>
            <dd>
              <span class="value">{formatValue(h.value, h.unit)}</span>{' '}
              <span class="muted">
                {h.period.label} · {h.sources} {h.sources === 1 ? 'source' : 'sources'}
              </span>
              {h.conflict ? <span class="badge badge--conflict">sources disagree</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
