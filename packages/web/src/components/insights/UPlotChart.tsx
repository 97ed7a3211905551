/**
 * A uPlot chart that fits its container's width, redraws when the system switches between light and dark, and
 * takes its colours from the CSS variables of tokens.css. The canvas is hidden from screen readers: every chart
 * on the Insights screen has a caption sentence and a table alternative instead.
 */
import { useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** The colours a chart reads from the theme. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accentSoft: string;
  second: string;
  warn: string;
  danger: string;
  surface: string;
}

function readColors(el: HTMLElement): ChartColors {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    text: v("--text", "#1b2421"),
    muted: v("--text-muted", "#4d5955"),
    grid: v("--border", "#c9d1cd"),
    accent: v("--accent", "#1f5f5b"),
    accentSoft: v("--accent-soft", "#dcebe8"),
    second: v("--tier-r3", "#5b3f9a"),
    warn: v("--tier-r2", "#a4460f"),
    danger: v("--danger", "#a32020"),
    surface: v("--surface", "#ffffff"),
  };
}

/** Follows the system colour scheme, so charts redraw with the right colours. */
function useColorScheme(): string {
  const query = typeof window !== "undefined" ? window.matchMedia?.("(prefers-color-scheme: dark)") : undefined;
  const [dark, setDark] = useState(Boolean(query?.matches));
  useEffect(() => {
    if (!query) return;
    const on = () => setDark(query.matches);
    query.addEventListener("change", on);
    return () => query.removeEventListener("change", on);
  }, [query]);
  return dark ? "dark" : "light";
}

/** Axis defaults shared by every chart. */
export function axis(c: ChartColors, extra: Partial<uPlot.Axis> = {}): uPlot.Axis {
  return {
    stroke: c.muted,
    font: "12px system-ui, sans-serif",
    grid: { stroke: c.grid, width: 1 },
    ticks: { stroke: c.grid, width: 1, size: 4 },
    ...extra,
  };
}

/** Date labels on the x axis ("4 Nov"), read in UTC because x values are UTC midnights. */
export function dateAxis(c: ChartColors): uPlot.Axis {
  return axis(c, {
    space: 56,
    values: (_u, splits) =>
      splits.map((s) =>
        new Date(s * 1000).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
      ),
  });
}

/** Props: the data, a builder of the options from the theme colours, and the plot height. */
export function UPlotChart(props: {
  data: uPlot.AlignedData;
  options: (c: ChartColors) => Omit<uPlot.Options, "width" | "height">;
  height?: number;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const height = props.height ?? 220;
  const { data, options } = props;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.dataset.scheme = scheme;
    const width = Math.max(240, Math.floor(el.clientWidth));
    const opts: uPlot.Options = {
      ...options(readColors(el)),
      width,
      height,
      legend: { show: false },
      cursor: { show: false, drag: { x: false, y: false } },
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    };
    const plot = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => {
      const w = Math.max(240, Math.floor(el.clientWidth));
      if (w !== plot.width) plot.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [data, options, height, scheme]);

  return <div ref={box} className={`ins-chart ${props.className ?? ""}`} aria-hidden="true" />;
}
