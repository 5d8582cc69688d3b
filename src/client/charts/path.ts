/**
 * One dimension's path over time, drawn with chart.js (loaded on demand). The time axis is a linear
 * axis over timestamps with our own date labels, so no date adapter is needed; ticks sit on the
 * assessments themselves. Two small plugins draw the stage bands behind the line and a dotted rule
 * where the questionnaire version is not comparable (the line breaks there: a null point).
 */
import type { Chart, Plugin } from 'chart.js';
import { formatDateTime, formatShortDate } from '../i18n/format.ts';
import { nextTask } from '../paint.ts';

export interface PathChartData {
  /** One per completed assessment, oldest first: timestamp (ms) and score (null: no stage). */
  points: { x: number; y: number | null }[];
  /** Timestamps where a non-comparable version begins. */
  breaks: number[];
  /** Stage names 1–5, for the bands. */
  stages: string[];
  breakLabel: string;
  locale: 'fr' | 'en';
  /** Plan actions marked done since the previous assessment, at the assessment's timestamp (n > 0). */
  done?: { x: number; n: number }[];
}

const BRAND = '#1d3557';
const ACCENT = '#b5461b';
const BAND = 'rgba(29, 53, 87, 0.07)';
const DONE = '#2b6e3f';
const DAY = 86_400_000;

/**
 * Where each assessment sits on the x axis: its time. Assessments taken days apart (a test run, a
 * correction the same week) would pile up on one spot, so then they are spread evenly instead and
 * their labels say the time as well as the date.
 */
function layout(data: PathChartData) {
  const xs = data.points.map((p) => p.x);
  const crowded = xs.some((x, i) => i > 0 && x - xs[i - 1]! < DAY * 7);
  const positions = crowded ? xs.map((_, i) => i) : xs;
  const format = crowded ? formatDateTime : formatShortDate;
  const labels = new Map(positions.map((position, i) => [position, format(xs[i]!, data.locale)]));
  const isBreak = (i: number) => i > 0 && data.breaks.some((b) => b > xs[i - 1]! && b <= xs[i]!);
  return { positions, labels, isBreak };
}

function series(data: PathChartData) {
  const { positions, isBreak } = layout(data);
  const out: { x: number; y: number | null }[] = [];
  data.points.forEach((p, i) => {
    // A null point between two assessments of non-comparable versions breaks the line.
    if (isBreak(i)) out.push({ x: (positions[i - 1]! + positions[i]!) / 2, y: null });
    out.push({ x: positions[i]!, y: p.y });
  });
  return out;
}

function range(positions: number[]) {
  const min = Math.min(...positions);
  const max = Math.max(...positions);
  // One assessment alone: room either side so the point is not on the edge.
  const pad = max === min ? Math.max(1, Math.abs(max) * 0.001) : (max - min) * 0.08;
  return { min: min - pad, max: max + pad };
}

/**
 * The stage names sit in a gutter right of the plot, so the line, which may cross any band anywhere,
 * never runs through them. Its width is the longest name's at 11px (about 6.5px a character).
 */
function stageLabel(data: PathChartData, level: number): string {
  return `${level} ${data.stages[level - 1] ?? ''}`;
}
function gutter(data: PathChartData): number {
  return 10 + Math.ceil(Math.max(...[1, 2, 3, 4].map((level) => stageLabel(data, level).length)) * 6.5);
}

function options(data: PathChartData) {
  const { positions, labels } = layout(data);
  return {
    animation: false as const,
    maintainAspectRatio: false,
    parsing: false as const,
    layout: { padding: { right: gutter(data) } },
    scales: {
      x: {
        type: 'linear' as const,
        ...range(positions),
        afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
          axis.ticks = positions.map((value) => ({ value }));
        },
        ticks: { callback: (value: number | string) => labels.get(Number(value)) ?? '', color: '#444', maxRotation: 0, autoSkip: true },
        grid: { display: false },
      },
      y: {
        min: 1,
        max: 5,
        ticks: { stepSize: 1, color: '#444' },
        grid: { color: '#c8ccd2' },
      },
    },
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
  };
}

/** The data each chart was last drawn with, for the plugins. */
const drawn = new WeakMap<object, PathChartData>();

function bandsPlugin(): Plugin<'line'> {
  const getData = (chart: object) => drawn.get(chart) ?? { points: [], breaks: [], stages: [], breakLabel: '', locale: 'fr' as const };
  return {
    id: 'diapasonStageBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y;
      if (!y) return;
      const data = getData(chart);
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      // Mid-band, so the label never sits on a line, where whole scores are drawn.
      ctx.textBaseline = 'middle';
      for (let level = 1; level <= 4; level++) {
        const top = y.getPixelForValue(level + 1);
        const bottom = y.getPixelForValue(level);
        if (level % 2 === 0) {
          ctx.fillStyle = BAND;
          ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
        }
        ctx.fillStyle = '#4a4f57';
        ctx.fillText(stageLabel(data, level), chartArea.right + 6, (top + bottom) / 2);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      const data = getData(chart);
      ctx.save();
      ctx.strokeStyle = ACCENT;
      ctx.fillStyle = ACCENT;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 2;
      ctx.font = '11px system-ui, sans-serif';
      const { positions, isBreak } = layout(data);
      data.points.forEach((_, i) => {
        if (!isBreak(i)) return;
        const px = x.getPixelForValue((positions[i - 1]! + positions[i]!) / 2);
        ctx.beginPath();
        ctx.moveTo(px, chartArea.top);
        ctx.lineTo(px, chartArea.bottom);
        ctx.stroke();
        ctx.fillText(data.breakLabel, px + 4, chartArea.bottom - 14);
      });
      // Actions done since the previous assessment: "✓ n" in a badge at the foot of the assessment's tick.
      ctx.setLineDash([]);
      ctx.font = 'bold 11px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      for (const mark of data.done ?? []) {
        const i = data.points.findIndex((p) => p.x === mark.x);
        if (i < 0) continue;
        const px = x.getPixelForValue(positions[i]!);
        const text = `✓ ${mark.n}`;
        const w = ctx.measureText(text).width + 8;
        const py = chartArea.bottom - 10;
        ctx.fillStyle = DONE;
        ctx.beginPath();
        ctx.roundRect(px - w / 2, py - 8, w, 16, 8);
        ctx.fill();
        ctx.fillStyle = '#ffffff';
        ctx.fillText(text, px, py + 0.5);
      }
      ctx.restore();
    },
  };
}

export async function drawPath(canvas: HTMLCanvasElement, data: PathChartData): Promise<Chart<'line'>> {
  const { Chart, LineController, LinearScale, PointElement, LineElement } = await import('chart.js');
  // chart.js's evaluation and the first draw, each a task of its own.
  await nextTask();
  Chart.register(LineController, LinearScale, PointElement, LineElement);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          data: series(data),
          borderColor: BRAND,
          backgroundColor: BRAND,
          pointRadius: 4,
          borderWidth: 2,
          spanGaps: false,
        },
      ],
    },
    options: options(data),
    plugins: [bandsPlugin()],
  });
  drawn.set(chart, data);
  // Drawn once before the data was known to the plugins: draw again with the bands.
  chart.update();
  return chart;
}

export function updatePath(chart: Chart<'line'>, data: PathChartData): void {
  drawn.set(chart, data);
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.data = series(data);
  chart.options = options(data);
  chart.update();
}
