import type { ChartPoint } from '../lib/chart-data.js';
import { formatDate, formatValue } from '../lib/format.js';

/** One source of a series as a point over the chart: its outlet shows on hover and focus; Enter opens its sentence. */
export function ChartPointButton(props: {
  point: ChartPoint;
  unit: string;
  left: number;
  top: number;
  onOpen: (p: ChartPoint) => void;
}) {
  const { point, unit, left, top, onOpen } = props;
  const value = formatValue(point.value, unit);
  const outlet = point.outlet ?? 'unknown outlet';
  return (
    <button
      type="button"
      class={point.isConflict ? 'point point--conflict' : 'point'}
      style={{ left: `${left}px`, top: `${top}px` }}
      data-document={point.document}
      data-ord={point.ord}
      aria-label={`${point.period}: ${value}, ${outlet}, ${formatDate(point.published)}${point.isConflict ? ', sources disagree' : ''}`}
      onClick={() => onOpen(point)}
    >
      <span class="point-tip" aria-hidden="true">
        <strong>{outlet}</strong>
        <span>
          {point.period}: {value}
        </span>
        <span>
          “{point.text}” · {formatDate(point.published)}
        </span>
      </span>
    </button>
  );
}
