import type { DocumentDetail } from '../api/types.js';
import { formatValue } from '../lib/format.js';
import { countryName, directionLabel, indicatorLabel, partiesLabel } from '../lib/labels.js';
import { ObservationSources } from './observation-sources.js';
import { RecordFields } from './record-fields.js';

type Figure = DocumentDetail['figures'][number];

/** A figure's record, and the other sources that state the same observation. */
export function FigureRecord(props: { doc: DocumentDetail; figure: Figure }) {
  const { doc, figure: f } = props;
  const value =
    f.value !== null
      ? formatValue(f.value, f.unit)
      : f.low !== null && f.high !== null
        ? `${formatValue(f.low, f.unit)} – ${formatValue(f.high, f.unit)}`
        : f.unit;
  return (
    <>
      <h2>
        Figure <q>{f.text}</q>
      </h2>
      <RecordFields
        fields={[
          ['value', `${f.approx ? `${f.approx} ` : ''}${value}`],
          ['kind', f.kind],
          ['indicator', f.indicator ? indicatorLabel(f.indicator) : 'none fits'],
          ['measure', f.measure],
          ['parties', partiesLabel(f.parties)],
          ['direction', directionLabel(f.direction)],
          ['period', f.period?.label ?? null],
          ['change', f.change ? JSON.stringify(f.change) : null],
        ]}
      />
      <blockquote class="sentence">{f.sentence}</blockquote>
      {f.kind === 'actual' && f.indicator && f.period && f.value !== null ? (
        <ObservationSources document={doc.id} figure={f} />
      ) : (
        <p class="muted">
          {f.kind === 'target'
            ? `A target${f.parties.length ? ` of ${f.parties.map(countryName).join(' and ')}` : ''}: see the relationship's targets.`
            : 'Not an observation of a series (no indicator, period or value).'}
        </p>
      )}
    </>
  );
}
