import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartData, ChartPoint } from '../lib/chart-data.js';
import { formatNumber } from '../lib/format.js';
import { ChartPointButton } from './chart-point-button.js';

const COLORS = {
  consensus: '#1d4e89',
  official: ['#1a7f37', '#6b9e2f', '#2f7f6f'],
  target: '#b35900',
  revision: '#c9a27a',
};
const YEAR = 365.25 * 86_400;

/** Tick positions for a yearly series: the middle of each year (where its points sit), thinned to fit the width. */
function yearSplits(u: uPlot, _axis: number, min: number, max: number): number[] {
  const first = new Date(min * 1000).getUTCFullYear();
  const last = new Date(max * 1000).getUTCFullYear();
  const step = Math.max(
    1,
    Math.ceil((last - first + 1) / Math.max(2, Math.floor(u.bbox.width / devicePixelRatio / 48))),
  );
  const splits: number[] = [];
  for (let year = first; year <= last; year += step) {
    const middle = (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2000;
    if (middle >= min && middle <= max) splits.push(middle);
  }
  return splits;
}

/** The x range: the data with room on both sides, so the first and last points are not cut by the axes. */
function xRange(data: ChartData): [number, number] {
  const pad = data.grain === 'year' ? 0.6 * YEAR : data.grain === 'half' ? 0.35 * YEAR : 0.2 * YEAR;
  return [(data.xs[0] ?? 0) - pad, (data.xs[data.xs.length - 1] ?? 0) + pad];
}

/** Pixels between the points of sources that state the same period: apart when the period is wide, else closer. */
function slotPixels(u: uPlot, point: ChartPoint, grain: string): number {
  const span =
    grain === 'year' ? YEAR : grain === 'half' ? YEAR / 2 : grain === 'quarter' ? YEAR / 4 : YEAR / 12;
  const periodPx = Math.abs(u.valToPos(point.x + span, 'x') - u.valToPos(point.x, 'x'));
  return Math.max(4, Math.min(13, (periodPx * 0.9) / point.siblings));
}

function lineSeries(data: ChartData): uPlot.Series[] {
  let officialIndex = 0;
  return data.lines.map((line): uPlot.Series => {
    if (line.kind === 'target' || line.kind === 'revision') {
      const isCurrent = line.kind === 'target';
      return {
        label: line.label,
        stroke: isCurrent ? COLORS.target : COLORS.revision,
        width: isCurrent ? 2 : 1.5,
        dash: isCurrent ? [8, 6] : [4, 5],
        spanGaps: true,
        points: { show: true, size: 6, fill: '#fff' },
      };
    }
    if (line.kind === 'official') {
      const stroke = COLORS.official[officialIndex++ % COLORS.official.length] as string;
      return {
        label: line.label,
        stroke,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 6, fill: stroke },
      };
    }
    return {
      label: line.label,
      stroke: COLORS.consensus,
      width: 1.5,
      spanGaps: true,
      points: { show: false },
    };
  });
}

function options(data: ChartData, width: number): uPlot.Options {
  return {
    width,
    height: width < 500 ? 240 : 280,
    legend: { show: false },
    // The points are buttons laid over the canvas (focusable, with their outlet on hover); no canvas cursor.
    cursor: { show: false },
    scales: { x: { time: true, range: xRange(data) } },
    axes: [
      data.grain === 'year'
        ? {
            stroke: '#444',
            grid: { stroke: '#eee' },
            ticks: { stroke: '#ccc' },
            splits: yearSplits,
            values: (_u, splits) => splits.map((x) => String(new Date(x * 1000).getUTCFullYear())),
          }
        : { stroke: '#444', grid: { stroke: '#eee' }, ticks: { stroke: '#ccc' }, space: 70 },
      {
        stroke: '#444',
        grid: { stroke: '#eee' },
        ticks: { stroke: '#ccc' },
        size: 64,
        values: (_u, values) => values.map((v) => formatNumber(v)),
      },
    ],
    series: [
      {},
      // The sources' highest and lowest values at each x: not drawn (the buttons are) but counted in the y range.
      { label: 'Sources (high)', paths: () => null, points: { show: false } },
      { label: 'Sources (low)', paths: () => null, points: { show: false } },
      ...lineSeries(data),
    ],
  };
}

function aligned(data: ChartData): uPlot.AlignedData {
  const at = (x: number) => data.points.filter((p) => p.x === x).map((p) => p.y);
  const high = data.xs.map((x) => (at(x).length ? Math.max(...at(x)) : null));
  const low = data.xs.map((x) => (at(x).length ? Math.min(...at(x)) : null));
  return [data.xs, high, low, ...data.lines.map((l) => l.values)];
}

/** Where a point sits over the chart, in CSS pixels from the chart box's top left. */
interface Placed {
  point: ChartPoint;
  left: number;
  top: number;
}

/**
 * One series as a uPlot chart, each source a focusable button over its point (`onOpen` opens its sentence).
 * The chart follows its box's width, so it fits a 375 px phone as well as a desktop.
 */
export function SeriesChart(props: {
  data: ChartData;
  unit: string;
  label: string;
  onOpen: (p: ChartPoint) => void;
}) {
  const { data, unit, label, onOpen } = props;
  const box = useRef<HTMLElement>(null);
  const [placed, setPlaced] = useState<Placed[]>([]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const place = (u: uPlot) => {
      const over = u.over.getBoundingClientRect();
      const outer = element.getBoundingClientRect();
      setPlaced(
        data.points.map((point) => ({
          point,
          left:
            over.left - outer.left + u.valToPos(point.x, 'x') + point.slot * slotPixels(u, point, data.grain),
          top: over.top - outer.top + u.valToPos(point.y, 'y'),
        })),
      );
    };
    const chart = new uPlot(
      { ...options(data, element.clientWidth || 600), hooks: { draw: [place] } },
      aligned(data),
      element,
    );
    const resize = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0 && width !== chart.width) chart.setSize({ width, height: width < 500 ? 240 : 280 });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [data, unit]);

  return (
    <figure class="chart" ref={box} aria-label={label}>
      {placed.map(({ point, left, top }) => (
        <ChartPointButton
          key={`${point.document}-${point.ord}`}
          point={point}
          unit={unit}
          left={left}
          top={top}
          onOpen={onOpen}
        />
      ))}
    </figure>
  );
}
