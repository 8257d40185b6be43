import type { TargetProgress } from '../api/types.js';
import { formatDate, formatDeadline, formatRatio, formatValue } from '../lib/format.js';
import { documentHref } from '../lib/hrefs.js';
import { Link } from './link.js';

/** Targets of the series: the one in force, its earlier revisions, and the progress of the latest actual. */
export function TargetList(props: { targets: TargetProgress[] }) {
  if (props.targets.length === 0) return null;
  return (
    <section class="targets" aria-label="Targets">
      <h3>Targets</h3>
      <ul>
        {props.targets.map((t) => (
          <li key={`${t.current.document}-${t.current.text}`}>
            <strong>{formatValue(t.current.value, t.unit)}</strong>{' '}
            {formatDeadline(t.current.deadline?.label)}{' '}
            <span class="muted">
              (“{t.current.text}”, {t.current.outlet ?? 'unknown outlet'}, {formatDate(t.current.published)})
            </span>
            {t.progress !== null ? <> · progress {formatRatio(t.progress)}</> : null}
            {t.paceNeeded !== null ? <> · needs {formatRatio(t.paceNeeded)} a year</> : null}
            {t.revisions.length > 0 ? (
              <div class="muted">
                Earlier:{' '}
                {t.revisions.map((r, i) => (
                  <span key={`${r.document}-${r.value}`}>
                    {i > 0 ? '; ' : ''}
                    <Link href={documentHref(r.document)}>{formatValue(r.value, t.unit)}</Link>{' '}
                    {formatDeadline(r.deadline?.label)} ({r.outlet ?? 'unknown'}, {formatDate(r.published)})
                  </span>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
