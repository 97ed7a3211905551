/**
 * The lifter's history of one exercise on its page (issue 16): personal records, the estimated 1RM over time (uPlot,
 * with a table alternative), and every session of it, newest first, each set in the unit it was lifted in.
 */
import { type LoggedSet, liftedUnit, toUnit, type Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type uPlot from "uplot";
import { Link } from "wouter";
import { messageOf } from "../../api/errors.js";
import { type ExerciseHistory as History, libraryApi } from "../../api/library.js";
import { dayText, liftedText } from "../../lib/format.js";
import { axis, type ChartColors, dateAxis, UPlotChart } from "../insights/UPlotChart.js";
import { setSummary } from "../SetList.js";
import "../../styles/log.css";
import { exerciseKeys } from "../../api/keys.js";

/** Sessions shown before "Show every session". */
const FIRST_PAGE = 10;

type Record = NonNullable<History["records"]["heaviest"]>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const daySeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/** A record's load in the unit its set was lifted in. */
function recordLoad(r: Record, unit: Unit): string {
  return liftedText({ loadKg: r.loadKg ?? null, unit: r.unit ?? null }, unit);
}

/** The four records in words, one line each. */
function recordLines(r: History["records"], unit: Unit): { label: string; value: string; date: string }[] {
  const out: { label: string; value: string; date: string }[] = [];
  if (r.heaviest) {
    out.push({
      label: "Heaviest",
      value: `${recordLoad(r.heaviest, unit)} × ${r.heaviest.reps}`,
      date: r.heaviest.date,
    });
  }
  if (r.e1rm) {
    const shown = liftedUnit({ unit: r.e1rm.unit }, unit);
    out.push({
      label: "Best estimated 1RM",
      value: `${round1(toUnit(r.e1rm.value, shown))} ${shown}, from ${r.e1rm.reps} × ${recordLoad(r.e1rm, unit)}`,
      date: r.e1rm.date,
    });
  }
  if (r.reps) {
    const at = r.reps.loadKg ? ` at ${recordLoad(r.reps, unit)}` : "";
    out.push({ label: "Most reps", value: `${r.reps.value}${at}`, date: r.reps.date });
  }
  if (r.volume) {
    out.push({
      label: "Best session volume",
      value: `${Math.round(toUnit(r.volume.value, unit))} ${unit} (load × reps, working sets)`,
      date: r.volume.date,
    });
  }
  return out;
}

/** The e1RM chart with its sentence and table. */
function E1rmOverTime(props: { points: History["e1rm"]; unit: Unit; name: string }) {
  const { points, unit } = props;
  const data = useMemo<uPlot.AlignedData>(
    () => [points.map((p) => daySeconds(p.date)), points.map((p) => round1(toUnit(p.kg, unit)))],
    [points, unit],
  );
  const options = useCallback(
    (c: ChartColors): Omit<uPlot.Options, "width" | "height"> => ({
      scales: {
        x: { time: true, range: (_u, min, max) => (min === max ? [min - 7 * 86_400, max + 7 * 86_400] : [min, max]) },
        y: {
          range: (_u, min, max) => {
            const pad = Math.max(2, (max - min) * 0.15);
            return [Math.max(0, Math.floor(min - pad)), Math.ceil(max + pad)];
          },
        },
      },
      axes: [dateAxis(c), axis(c, { size: 44 })],
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
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const a = round1(toUnit(first.kg, unit));
  const b = round1(toUnit(last.kg, unit));
  const sentence =
    points.length === 1
      ? `One session so far: ${b} ${unit} on ${dayText(last.date)}.`
      : `From ${a} ${unit} on ${dayText(first.date)} to ${b} ${unit} on ${dayText(last.date)}.`;
  return (
    <figure className="log-figure">
      <figcaption>{sentence}</figcaption>
      {points.length > 1 && <UPlotChart data={data} options={options} height={200} />}
      <details>
        <summary>Show the estimates as a table</summary>
        <table className="log-table">
          <caption>
            Best estimated one-rep max of {props.name} per session day, in {unit}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">e1RM ({unit})</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={p.date}>
                <td>{dayText(p.date)}</td>
                <td>{round1(toUnit(p.kg, unit))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The history section of the exercise page. */
export function ExerciseHistory(props: { exerciseId: string; name: string; unit: Unit }) {
  const { unit } = props;
  const [limit, setLimit] = useState(FIRST_PAGE);
  const history = useQuery({
    queryKey: exerciseKeys.history(props.exerciseId, limit),
    queryFn: () => libraryApi.history(props.exerciseId, limit),
    placeholderData: (prev) => prev,
  });
  if (history.isPending) return <p className="loading">Loading your history of this exercise…</p>;
  if (history.isError) {
    return (
      <section aria-labelledby="log-history">
        <h2 id="log-history">Your history</h2>
        <p className="field-error">{messageOf(history.error)}</p>
      </section>
    );
  }
  const h = history.data;
  if (h.total === 0) {
    return (
      <section aria-labelledby="log-history">
        <h2 id="log-history">Your history</h2>
        <p className="small muted">
          Once you log this exercise, every session of it is listed here with your records and how your estimated
          one-rep max moves.
        </p>
      </section>
    );
  }
  const lines = recordLines(h.records, unit);
  return (
    <>
      <section aria-labelledby="log-records" className="card log-records-card">
        <h2 id="log-records">Personal records</h2>
        <dl className="log-records">
          {lines.map((l) => (
            <div key={l.label}>
              <dt>{l.label}</dt>
              <dd>
                {l.value} <span className="small muted">· {dayText(l.date)}</span>
              </dd>
            </div>
          ))}
        </dl>
        {h.records.repsAtLoad.length > 1 && (
          <details>
            <summary>Most reps at each weight</summary>
            <table className="log-table">
              <caption>Your most reps in one set at each weight</caption>
              <thead>
                <tr>
                  <th scope="col">Weight</th>
                  <th scope="col">Reps</th>
                  <th scope="col">Day</th>
                </tr>
              </thead>
              <tbody>
                {h.records.repsAtLoad.slice(0, 12).map((r) => (
                  <tr key={r.setId}>
                    <td>{r.loadKg ? recordLoad(r, unit) : "Body weight"}</td>
                    <td>{r.value}</td>
                    <td>{dayText(r.date)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>

      {h.e1rm.length > 0 && (
        <section aria-labelledby="log-e1rm">
          <h2 id="log-e1rm">Estimated one-rep max</h2>
          <E1rmOverTime points={h.e1rm} unit={unit} name={props.name} />
        </section>
      )}

      <section aria-labelledby="log-history">
        <h2 id="log-history">Your history</h2>
        <p className="small muted">
          {h.total} {h.total === 1 ? "session" : "sessions"}, newest first. Tap a day to correct its sets.
        </p>
        <ol className="list card log-sessions">
          {h.sessions.map((s) => (
            <li key={s.sessionId}>
              <Link href={`/history/${s.sessionId}`} className="log-day">
                {dayText(s.date)}
              </Link>
              {s.note && <p className="small">Note: {s.note}</p>}
              <ul className="small">
                {s.sets.map((x: LoggedSet) => (
                  <li key={x.id}>
                    {setSummary(x, unit)}
                    {x.note ? ` · ${x.note}` : ""}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {h.sessions.length < h.total && (
          <button type="button" onClick={() => setLimit(1000)} disabled={history.isFetching}>
            {history.isFetching ? "Loading…" : `Show all ${h.total} sessions`}
          </button>
        )}
      </section>
    </>
  );
}
