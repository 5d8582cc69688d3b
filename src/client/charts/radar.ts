/**
 * The profile radar, drawn with chart.js. Loaded on demand (dynamic import), so chart.js never
 * weighs on the first screen; only the pieces a radar needs are registered, so the rest is shaken out.
 */
import type { Chart } from 'chart.js';
import { wrapLabel } from './labels.ts';
import { nextTask } from '../paint.ts';

export interface RadarData {
  labels: string[];
  /** One per label; null where the dimension has insufficient information. */
  values: (number | null)[];
}

/** Long dimension names on two lines or more, so the labels beside the chart are not cut at its edges. */
const RADAR_LINE_WIDTH = 14;

export async function drawRadar(canvas: HTMLCanvasElement, data: RadarData): Promise<Chart<'radar'>> {
  const { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler } = await import('chart.js');
  // chart.js's evaluation and the first draw, each a task of its own.
  await nextTask();
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label, RADAR_LINE_WIDTH)),
      datasets: [
        {
          data: data.values,
          backgroundColor: 'rgba(29, 53, 87, 0.2)',
          borderColor: '#1d3557',
          pointBackgroundColor: '#1d3557',
          borderWidth: 2,
          // A dimension without enough information has no point; the outline joins its neighbours
          // rather than breaking into pieces (the table beside says which dimension it is).
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      // The box reserves the chart's room before it draws (no layout shift); the chart fills it.
      maintainAspectRatio: false,
      // chart.js fits the names inside the canvas by its own measure, which runs a few pixels short for
      // two-line names: at 390 px "Métadonnées et" lost its first letter at the left edge.
      layout: { padding: { left: 8, right: 8 } },
      scales: {
        r: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, backdropColor: 'transparent', color: '#444' },
          // Smaller names on a phone, so the chart itself keeps most of the width.
          pointLabels: { font: (context: { chart: { width: number } }) => ({ size: context.chart.width < 420 ? 11 : 14 }), color: '#1a1a1a', padding: 4 },
          grid: { color: '#c8ccd2' },
          angleLines: { color: '#c8ccd2' },
        },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  });
}

export function updateRadar(chart: Chart<'radar'>, data: RadarData): void {
  chart.data.labels = data.labels.map((label) => wrapLabel(label, RADAR_LINE_WIDTH));
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.data = data.values;
  chart.update();
}
