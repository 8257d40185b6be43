import type { DocumentDetail } from '../api/types.js';

/** What the colours of the reader mean, with how many of each the document holds. */
export function MarkLegend(props: { doc: DocumentDetail }) {
  const { doc } = props;
  const mentions = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
  return (
    <ul class="legend mark-legend" aria-label="Highlights">
      <li>
        <mark class="hl hl--figure">figures</mark> {doc.figures.length}
      </li>
      <li>
        <mark class="hl hl--entity">names</mark> {mentions}
      </li>
      <li>
        <mark class="hl hl--commitment">commitments</mark> {doc.commitments.length}
      </li>
      <li class="muted">Click or press Enter on a highlight to see its record.</li>
    </ul>
  );
}
