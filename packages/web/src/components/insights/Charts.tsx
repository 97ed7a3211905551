/**
 * The four trend charts of the Insights screen (SPEC T4): pain with its averages and the sessions marked, weekly
 * working sets against the week's pain, e1RM per exercise in the user's unit, and weekly belt share with the
 * one-third line (G4). Each chart has a caption sentence, a legend that does not rely on colour alone, and a table.
 */
import {
  BELT_SHARE_WARN,
  type BeltShareWeek,
  type ExerciseE1rmTrend,
  type PainTrendDay,
  type SessionMark,
  type Unit,
} from "@spotter/core";
import { type ReactNode, useCallback, useId, useMemo } from "react";
import uPlot from "uplot";
import { axis, type ChartColors, dateAxis, UPlotChart } from "./UPlotChart.js";
import {
  daySeconds,
  inUnit,
  type MuscleWeekly,
  one,
  painTrendSentence,
  shortDay,
  slugWords,
  spansYears,
  type WeekRow,
} from "./view.js";

const DAY = 86_400;

/** A legend swatch: the line style or mark, so series read without colour too. */
type Swatch = "dot" | "line" | "dash" | "bar" | "tick";

function SwatchIcon({ kind, color }: { kind: Swatch; color: string }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {kind === "dot" && <circle cx="14" cy="7" r="3.5" fill={color} />}
      {kind === "line" && <line x1="2" y1="7" x2="26" y2="7" stroke={color} strokeWidth="3" />}
      {kind === "dash" && <line x1="2" y1="7" x2="26" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray="5 4" />}
      {kind === "bar" && <rect x="8" y="1" width="12" height="12" fill={color} rx="1" />}
      {kind === "tick" && <rect x="12.5" y="1" width="3" height="12" fill={color} />}
    </svg>
  );
}

/** The legend under a chart. */
function Legend({ items }: { items: Array<{ label: string; kind: Swatch; color: string }> }) {
  return (
    <ul className="ins-legend">
      {items.map((i) => (
        <li key={i.label}>
          <SwatchIcon kind={i.kind} color={i.color} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/** A table alternative, folded away under the chart. */
function TableAlt(props: { summary: string; caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="ins-table">
      <summary>{props.summary}</summary>
      {/* A long table scrolls inside its box; the box takes focus so a keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="ins-table-scroll" tabIndex={0} aria-label={props.caption}>
        <table>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r, i) => (
              // Rows are positional and never reorder.
              // biome-ignore lint/suspicious/noArrayIndexKey: static table rows
              <tr key={i}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: static table cells
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: static table cells
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}

/** The top of the pain scale: 5, or one above the highest value or average, up to 10 (an even number above 6). */
function painTop(pain: readonly PainTrendDay[]): number {
  let max = 0;
  for (const p of pain) max = Math.max(max, p.pain ?? 0, p.avg7 ?? 0, p.avg28 ?? 0);
  const top = Math.min(10, Math.max(5, Math.ceil(max) + 1));
  return top > 6 && top % 2 === 1 ? top + 1 : top;
}

/** Pads a time x-scale by half a week on each side, so bars at the edges are drawn whole. */
const weekPadding = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - 3.5 * DAY, max + 3.5 * DAY];

/** Pain trend: the day's check-in pain as dots, the 7- and 28-day averages as lines, sessions as marks below. */
export function PainTrendChart(props: { pain: readonly PainTrendDay[]; sessions: readonly SessionMark[] }) {
  const { pain, sessions } = props;
  const data = useMemo<uPlot.AlignedData>(
    () => [
      pain.map((p) => daySeconds(p.date)),
      pain.map((p) => p.pain),
      pain.map((p) => p.avg7),
      pain.map((p) => p.avg28),
    ],
    [pain],
  );
  const sessionDays = useMemo(() => [...new Set(sessions.map((s) => s.date))], [sessions]);
  // The pain scale runs to a little above the highest value logged, so low pain is not squeezed flat.
  const top = useMemo(() => painTop(pain), [pain]);
  const options = useCallback(
    (c: ChartColors): Omit<uPlot.Options, "width" | "height"> => ({
      // A strip below 0 holds the session ticks, so they never cover a pain-free morning's dot.
      scales: { x: { time: true }, y: { range: [-top / 9, top] } },
      axes: [
        dateAxis(c),
        axis(c, {
          size: 30,
          splits: () => Array.from({ length: top / (top > 6 ? 2 : 1) + 1 }, (_, i) => i * (top > 6 ? 2 : 1)),
        }),
      ],
      series: [
        {},
        {
          label: "Morning pain",
          stroke: c.muted,
          paths: () => null,
          points: { show: true, size: 6, space: 0, fill: c.muted, stroke: c.muted },
        },
        { label: "7-day average", stroke: c.accent, width: 3, spanGaps: true, points: { show: false } },
        {
          label: "28-day average",
          stroke: c.second,
          width: 2.5,
          dash: [6, 5],
          spanGaps: true,
          points: { show: false },
        },
      ],
      hooks: {
        draw: [
          (u) => {
            // Sessions: short upright ticks along the bottom edge of the plot.
            const ctx = u.ctx;
            const bottom = u.bbox.top + u.bbox.height;
            const zero = u.valToPos(0, "y", true);
            const w = 2 * uPlot.pxRatio;
            const h = Math.max(4, bottom - zero - 4 * uPlot.pxRatio);
            ctx.save();
            ctx.fillStyle = c.text;
            for (const day of sessionDays) {
              const x = Math.round(u.valToPos(daySeconds(day), "x", true) - w / 2);
              ctx.fillRect(x, bottom - h, w, h);
            }
            ctx.restore();
          },
        ],
      },
    }),
    [sessionDays, top],
  );
  const sessionSet = useMemo(() => new Set(sessionDays), [sessionDays]);
  const shown = pain.filter((p) => p.pain !== null || sessionSet.has(p.date));
  const yr = spansYears(shown.map((p) => p.date));
  // The function check (0-100) gets a column once any day in the range has a score.
  const withFunction = shown.some((p) => p.functionScore !== null);
  const rows = shown.map((p) => [
    shortDay(p.date, yr),
    p.pain === null ? "–" : String(p.pain),
    one(p.avg7),
    one(p.avg28),
    ...(withFunction ? [p.functionScore === null ? "–" : String(Math.round(p.functionScore))] : []),
    sessionSet.has(p.date) ? "Yes" : "",
  ]);
  const scored = shown.filter((p) => p.functionScore !== null);
  const lastScore = scored[scored.length - 1];
  return (
    <figure className="ins-figure">
      <figcaption>
        {painTrendSentence(pain)}
        {lastScore &&
          ` Your latest function check, on ${shortDay(lastScore.date)}, scored ${Math.round(lastScore.functionScore as number)} of 100 (100 means everyday tasks without limits).`}
      </figcaption>
      <UPlotChart data={data} options={options} />
      <Legend
        items={[
          { label: "Morning pain (0-10)", kind: "dot", color: "var(--text-muted)" },
          { label: "7-day average", kind: "line", color: "var(--accent)" },
          { label: "28-day average", kind: "dash", color: "var(--tier-r3)" },
          { label: "Training session", kind: "tick", color: "var(--text)" },
        ]}
      />
      <TableAlt
        summary="Show the pain trend as a table"
        caption="Morning pain by day, with averages and sessions"
        head={["Day", "Pain", "7\u2011day avg", "28\u2011day avg", ...(withFunction ? ["Function"] : []), "Trained"]}
        rows={rows}
      />
    </figure>
  );
}

/** Weekly working sets as bars, the week's mean morning pain as a line on its own 0-10 scale. */
export function VolumePainChart(props: { weeks: readonly WeekRow[] }) {
  const { weeks } = props;
  const data = useMemo<uPlot.AlignedData>(
    () => [weeks.map((w) => daySeconds(w.weekStart)), weeks.map((w) => w.sets), weeks.map((w) => w.meanPain)],
    [weeks],
  );
  const options = useCallback(
    (c: ChartColors): Omit<uPlot.Options, "width" | "height"> => ({
      scales: {
        x: { time: true, range: weekPadding },
        sets: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil(max / 10) * 10)] },
        pain: { range: [0, 10] },
      },
      axes: [
        dateAxis(c),
        axis(c, { scale: "sets", size: 36 }),
        axis(c, { scale: "pain", side: 1, size: 30, grid: { show: false }, splits: () => [0, 2, 4, 6, 8, 10] }),
      ],
      series: [
        {},
        {
          label: "Working sets",
          scale: "sets",
          stroke: c.accent,
          fill: c.accentSoft,
          width: 1.5,
          paths: uPlot.paths.bars?.({ size: [0.6, 28] }),
          points: { show: false },
        },
        {
          label: "Mean pain",
          scale: "pain",
          stroke: c.warn,
          width: 2.5,
          spanGaps: true,
          points: { show: true, size: 7, space: 0, fill: c.surface, stroke: c.warn, width: 2 },
        },
      ],
    }),
    [],
  );
  const total = weeks.reduce((s, w) => s + w.sets, 0);
  const trained = weeks.filter((w) => w.sets > 0).length;
  return (
    <figure className="ins-figure">
      <figcaption>
        {total === 0
          ? "No working sets logged in this range."
          : `${total} working sets over ${trained} ${trained === 1 ? "week" : "weeks"} of training. Bars count sets (left scale); the line is that week's average morning pain (right scale, 0-10).`}
      </figcaption>
      <UPlotChart data={data} options={options} />
      <Legend
        items={[
          { label: "Working sets per week", kind: "bar", color: "var(--accent)" },
          { label: "Week's average pain", kind: "line", color: "var(--tier-r2)" },
        ]}
      />
      <TableAlt
        summary="Show sets and pain as a table"
        caption="Working sets and average morning pain per week"
        head={["Week of", "Working sets", "Avg pain", "Check-ins"]}
        rows={weeks.map((w) => [
          shortDay(w.weekStart, spansYears(weeks.map((x) => x.weekStart))),
          String(w.sets),
          one(w.meanPain),
          String(w.painDays),
        ])}
      />
    </figure>
  );
}

/** Weekly sets per main muscle over the range, as a small visible table. */
export function MuscleTable(props: { rows: readonly MuscleWeekly[]; latestWeek: string }) {
  if (props.rows.length === 0) return null;
  return (
    <div className="ins-muscles ins-table">
      <h4>Sets per muscle</h4>
      <p className="small muted">Each working set counts for every main muscle the exercise trains.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Muscle</th>
            <th scope="col">A week on average</th>
            <th scope="col">Week of {shortDay(props.latestWeek)}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.muscle}>
              <th scope="row">{slugWords(r.muscle)}</th>
              <td>{one(r.perWeek)}</td>
              <td>{r.latest}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Estimated one-rep max of one exercise at a time, in the user's unit. */
export function E1rmChart(props: {
  e1rm: readonly ExerciseE1rmTrend[];
  unit: Unit;
  /** The exercise the user picked (kept by the parent across range changes); empty for the most logged one. */
  picked: string;
  onPick: (exerciseId: string) => void;
}) {
  const { e1rm, unit, picked } = props;
  const selectId = useId();
  const sorted = useMemo(() => [...e1rm].sort((a, b) => a.name.localeCompare(b.name)), [e1rm]);
  const mostLogged = useMemo(
    () => [...e1rm].sort((a, b) => b.points.length - a.points.length)[0]?.exerciseId ?? "",
    [e1rm],
  );
  const current = sorted.find((t) => t.exerciseId === picked) ?? sorted.find((t) => t.exerciseId === mostLogged);
  const points = current?.points;
  const data = useMemo<uPlot.AlignedData>(
    () => [(points ?? []).map((p) => daySeconds(p.date)), (points ?? []).map((p) => inUnit(p.e1rmKg, unit))],
    [points, unit],
  );
  const options = useCallback(
    (c: ChartColors): Omit<uPlot.Options, "width" | "height"> => ({
      scales: {
        x: { time: true, range: (_u, min, max) => (min === max ? [min - 7 * DAY, max + 7 * DAY] : [min, max]) },
        y: {
          range: (_u, min, max) => {
            const pad = Math.max(2, (max - min) * 0.15);
            return [Math.max(0, Math.floor(min - pad)), Math.ceil(max + pad)];
          },
        },
      },
      axes: [dateAxis(c), axis(c, { size: 40 })],
      series: [
        {},
        {
          label: `e1RM (${unit})`,
          stroke: c.accent,
          width: 2.5,
          points: { show: true, size: 7, space: 0, fill: c.surface, stroke: c.accent, width: 2 },
        },
      ],
    }),
    [unit],
  );
  if (!current || !points) return null;
  const sentence = e1rmSentence(current.name, points, unit);
  return (
    <figure className="ins-figure">
      <div className="field">
        <label htmlFor={selectId}>Exercise</label>
        <select id={selectId} value={current.exerciseId} onChange={(e) => props.onPick(e.target.value)}>
          {sorted.map((t) => (
            <option key={t.exerciseId} value={t.exerciseId}>
              {t.name} ({t.points.length})
            </option>
          ))}
        </select>
      </div>
      <figcaption>{sentence}</figcaption>
      <UPlotChart data={data} options={options} />
      <Legend
        items={[{ label: `Best estimated one-rep max of the session (${unit})`, kind: "line", color: "var(--accent)" }]}
      />
      <TableAlt
        summary="Show e1RM as a table"
        caption={`Estimated one-rep max of ${current.name} per session, in ${unit}`}
        head={["Session", `e1RM (${unit})`]}
        rows={points.map((p) => [
          shortDay(p.date, spansYears(points.map((x) => x.date))),
          String(inUnit(p.e1rmKg, unit)),
        ])}
      />
    </figure>
  );
}

/** One sentence on an exercise's e1RM over the range. */
function e1rmSentence(name: string, points: readonly { date: string; e1rmKg: number }[], unit: Unit): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${name}: no sets in this range.`;
  const a = inUnit(first.e1rmKg, unit);
  const b = inUnit(last.e1rmKg, unit);
  if (first === last) return `${name}: ${b} ${unit} on ${shortDay(last.date)}, the only session in this range.`;
  if (a === b) return `${name}: steady at ${b} ${unit} from ${shortDay(first.date)} to ${shortDay(last.date)}.`;
  return `${name}: from ${a} ${unit} on ${shortDay(first.date)} to ${b} ${unit} on ${shortDay(last.date)}.`;
}

/** Weekly belt share on belt-eligible lifts, with the one-third line above which Spotter speaks up (G4). */
export function BeltChart(props: { belt: readonly BeltShareWeek[] }) {
  const { belt } = props;
  const line = Math.round(BELT_SHARE_WARN * 1000) / 10;
  const data = useMemo<uPlot.AlignedData>(
    () => [
      belt.map((w) => daySeconds(w.weekStart)),
      belt.map((w) => (w.share === null ? null : Math.round(w.share * 1000) / 10)),
      belt.map(() => line),
    ],
    [belt, line],
  );
  const options = useCallback(
    (c: ChartColors): Omit<uPlot.Options, "width" | "height"> => ({
      scales: { x: { time: true, range: weekPadding }, y: { range: [0, 100] } },
      axes: [
        dateAxis(c),
        axis(c, { size: 44, splits: () => [0, 25, 50, 75, 100], values: (_u, s) => s.map((v) => `${v}%`) }),
      ],
      series: [
        {},
        {
          label: "Belted share",
          stroke: c.accent,
          fill: c.accentSoft,
          width: 1.5,
          paths: uPlot.paths.bars?.({ size: [0.6, 28] }),
          points: { show: false },
        },
        { label: "One third", stroke: c.danger, width: 2, dash: [4, 4], points: { show: false } },
      ],
    }),
    [],
  );
  const belted = belt.reduce((s, w) => s + w.beltedSets, 0);
  const eligible = belt.reduce((s, w) => s + w.eligibleSets, 0);
  const over = belt.filter((w) => w.share !== null && w.share > BELT_SHARE_WARN + 1e-9).length;
  const pct = eligible > 0 ? Math.round((belted / eligible) * 100) : 0;
  return (
    <figure className="ins-figure">
      <figcaption>
        You wore the belt on {belted} of {eligible} working sets on belt-friendly lifts ({pct}%).{" "}
        {over > 0
          ? `${over} ${over === 1 ? "week was" : "weeks were"} above a third: keep the belt for your heaviest sets so your trunk muscles keep doing their share.`
          : "Every week stayed at or under a third, which leaves your trunk muscles plenty of their own work."}
      </figcaption>
      <UPlotChart data={data} options={options} />
      <Legend
        items={[
          { label: "Share of working sets belted", kind: "bar", color: "var(--accent)" },
          { label: "One third", kind: "dash", color: "var(--danger)" },
        ]}
      />
      <TableAlt
        summary="Show belt use as a table"
        caption="Belted working sets on belt-friendly lifts per week"
        head={["Week of", "Belted", "Eligible", "Share"]}
        rows={belt.map((w) => [
          shortDay(w.weekStart, spansYears(belt.map((x) => x.weekStart))),
          String(w.beltedSets),
          String(w.eligibleSets),
          w.share === null ? "–" : `${Math.round(w.share * 100)}%`,
        ])}
      />
    </figure>
  );
}
