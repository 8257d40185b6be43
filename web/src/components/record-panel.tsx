import type { DocumentDetail } from '../api/types.js';
import { CommitmentRecord } from './commitment-record.js';
import { EntityRecord } from './entity-record.js';
import { FigureRecord } from './figure-record.js';

/** The record a highlight stands for, beside the text (below it, as a sheet, on a phone). */
export function RecordPanel(props: { doc: DocumentDetail; record: string; onClose: () => void }) {
  const { doc, record, onClose } = props;
  const [type, index] = [
    record.slice(0, record.lastIndexOf('-')),
    Number(record.slice(record.lastIndexOf('-') + 1)),
  ];
  let body = <p class="muted">This document has no record {record}.</p>;
  if (type === 'figure') {
    const figure = doc.figures.find((f) => f.ord === index);
    if (figure) body = <FigureRecord doc={doc} figure={figure} />;
  } else if (type === 'entity') {
    const entity = doc.entities[index];
    if (entity) body = <EntityRecord entity={entity} />;
  } else if (type === 'commitment') {
    const commitment = doc.commitments.find((c) => c.ord === index);
    if (commitment) body = <CommitmentRecord doc={doc} commitment={commitment} />;
  }
  return (
    <aside class="record-panel" aria-label="Record" aria-live="polite">
      <button type="button" class="close" onClick={onClose} aria-label="Close the record">
        ×
      </button>
      {body}
    </aside>
  );
}
