import { apiUrl, getAll, useLoad } from '../api/client.js';
import type { DocumentDetail, TrackedCommitment } from '../api/types.js';
import { formatDate, formatDeadline } from '../lib/format.js';
import { documentHref, figureHref } from '../lib/hrefs.js';
import { partiesLabel } from '../lib/labels.js';
import { Link } from './link.js';
import { LoadedView } from './loaded-view.js';
import { RecordFields } from './record-fields.js';

type Commitment = DocumentDetail['commitments'][number];

/** A commitment's record and its status over time, from later reports. */
export function CommitmentRecord(props: { doc: DocumentDetail; commitment: Commitment }) {
  const { doc, commitment: c } = props;
  const url = apiUrl('commitments', { parties: c.actors.join(',') || undefined });
  const loaded = useLoad(url, (signal) => getAll<TrackedCommitment>(url, signal));
  return (
    <>
      <h2>
        Commitment <q>{c.text}</q>
      </h2>
      <RecordFields
        fields={[
          ['who', partiesLabel(c.actors)],
          ['action', c.action],
          ['what', c.object],
          ['sectors', c.sectors.join(', ')],
          ['deadline', c.deadline ? formatDeadline(c.deadline.label) : null],
          ['cue', c.cue],
          [
            'target figure',
            c.figure !== null && doc.figures[c.figure] ? (
              <Link href={figureHref(doc.id, doc.figures[c.figure]?.ord ?? c.figure)}>
                {doc.figures[c.figure]?.text}
              </Link>
            ) : null,
          ],
        ]}
      />
      <blockquote class="sentence">{c.sentence}</blockquote>
      <LoadedView loaded={loaded} what="its status">
        {(tracked) => {
          const t = tracked.find((x) => x.commitment.document === doc.id && x.commitment.ord === c.ord);
          if (!t) return <p class="muted">Status: {c.status}</p>;
          return (
            <ol class="history" aria-label="Status over time">
              {t.history.map((h, i) => (
                <li key={`${i}-${h.status}`}>
                  <strong>{h.status}</strong>
                  {h.uncertain ? ' (uncertain)' : ''} · {formatDate(h.date)} · {h.reason}
                  {h.document && h.document !== doc.id ? (
                    <>
                      {' '}
                      <Link href={documentHref(h.document)}>{h.outlet ?? 'the report'}</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          );
        }}
      </LoadedView>
    </>
  );
}
