/**
 * The pain chart as geometry shared by the HTML (inline SVG) and the PDF (pdfkit paths): daily check-in pain as
 * dots, the 7-day average as a solid line and the 28-day average as a dashed one, on a 0-10 scale.
 */
import type { ReportPainDay } from "@spotter/core";
import { type Html, html } from "./escape.js";

/** A point of the chart in its own coordinates. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The chart's plotted shapes for a width and height. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  dots: ChartPoint[];
  /** Line runs of the averages; a day without a value breaks the line. */
  avg7: ChartPoint[][];
  avg28: ChartPoint[][];
  /** Horizontal grid lines with their pain value. */
  grid: { y: number; value: number }[];
  /** A few date ticks along the bottom. */
  ticks: { x: number; label: string }[];
}

function runs(
  days: readonly ReportPainDay[],
  pick: (d: ReportPainDay) => number | null,
  at: (i: number, v: number) => ChartPoint,
) {
  const out: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  days.forEach((d, i) => {
    const v = pick(d);
    if (v === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push(at(i, v));
  });
  if (run.length) out.push(run);
  return out;
}

/** Lays the pain days out on a chart of the given size. */
export function chartGeometry(days: readonly ReportPainDay[], width: number, height: number): ChartGeometry {
  const plot = { left: 28, top: 8, right: width - 8, bottom: height - 22 };
  const n = Math.max(1, days.length - 1);
  const x = (i: number) => plot.left + (plot.right - plot.left) * (days.length === 1 ? 0.5 : i / n);
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / 10;
  const at = (i: number, v: number) => ({ x: round(x(i)), y: round(y(v)) });
  const dots: ChartPoint[] = [];
  days.forEach((d, i) => {
    if (d.pain !== null) dots.push(at(i, d.pain));
  });
  const tickCount = Math.min(6, days.length);
  const ticks: ChartGeometry["ticks"] = [];
  for (let k = 0; k < tickCount; k++) {
    const i = tickCount === 1 ? 0 : Math.round((k * (days.length - 1)) / (tickCount - 1));
    const day = days[i];
    if (day) ticks.push({ x: round(x(i)), label: day.date.slice(5) });
  }
  return {
    width,
    height,
    plot,
    dots,
    avg7: runs(days, (d) => d.avg7, at),
    avg28: runs(days, (d) => d.avg28, at),
    grid: [0, 2, 5, 10].map((v) => ({ y: round(y(v)), value: v })),
    ticks,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

const points = (run: readonly ChartPoint[]) => run.map((p) => `${p.x},${p.y}`).join(" ");

/** The chart as inline SVG with a title and a description for assistive technology. */
export function painChartSvg(days: readonly ReportPainDay[], description: string): Html {
  const g = chartGeometry(days, 720, 220);
  const dotR = days.length > 120 ? 1.6 : 2.6;
  return html`<svg class="chart" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">Daily pain, 0 to 10, with 7-day and 28-day averages</title>
<desc id="chart-desc">${description}</desc>
${g.grid.map((l) => html`<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${l.y}" y2="${l.y}" class="grid"/><text x="${g.plot.left - 6}" y="${l.y + 4}" class="axis" text-anchor="end">${l.value}</text>`)}
${g.ticks.map((t) => html`<text x="${t.x}" y="${g.height - 6}" class="axis" text-anchor="middle">${t.label}</text>`)}
${g.avg28.map((r) => html`<polyline points="${points(r)}" class="avg28"/>`)}
${g.avg7.map((r) => html`<polyline points="${points(r)}" class="avg7"/>`)}
${g.dots.map((p) => html`<circle cx="${p.x}" cy="${p.y}" r="${dotR}" class="dot"/>`)}
</svg>`;
}
