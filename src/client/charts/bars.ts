/**
 * The profile as horizontal bars, drawn with chart.js: one bar per dimension, 1 to 5. For many
 * dimensions or a narrow screen (./profile-kind.ts). Loaded on demand, like the radar.
 */
import type { Chart } from 'chart.js';
import type { RadarData } from './radar.ts';
import { wrapLabel } from './labels.ts';
import { nextTask } from '../paint.ts';

/** Characters a label's line holds: a third of a phone's width at 11 px, more on a wider screen. */
const lineWidth = (canvas: HTMLCanvasElement) => (canvas.clientWidth < 420 ? 16 : 28);

export async function drawBars(canvas: HTMLCanvasElement, data: RadarData): Promise<Chart<'bar'>> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale } = await import('chart.js');
  // chart.js's evaluation and the first draw, each a task of its own.
  await nextTask();
  Chart.register(BarController, BarElement, CategoryScale, LinearScale);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels.map((label) => wrapLabel(label, lineWidth(canvas))),
      // A dimension without enough information has no bar; the table beside says so.
      datasets: [{ data: data.values, backgroundColor: '#1d3557', borderRadius: 3, maxBarThickness: 22 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max: 5, ticks: { stepSize: 1, color: '#444' }, grid: { color: '#c8ccd2' } },
        y: { ticks: { color: '#1a1a1a', font: (context: { chart: { width: number } }) => ({ size: context.chart.width < 420 ? 11 : 13 }) }, grid: { display: false } },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  });
}

export function updateBars(chart: Chart<'bar'>, data: RadarData): void {
  chart.data.labels = data.labels.map((label) => wrapLabel(label, lineWidth(chart.canvas)));
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.data = data.values;
  chart.update();
}
