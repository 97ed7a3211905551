/**
 * The spinal-load profile as a small bar chart: five demands, each 0-3 drawn as three cells, and the support kind
 * underneath. The SVG has a title and a description for screen readers, and a table with the same numbers follows.
 */
import type { LoadProfile } from "@spotter/core";
import { useId } from "react";
import { DEMANDS, demandWord, SUPPORT_INFO } from "./catalog.js";

const ROW = 30;
const LABEL_W = 124;
const CELL_W = 44;
const CELL_GAP = 4;
const CELL_H = 18;

/** Props: the exercise's load profile and its name (for the chart's title). */
export function LoadChart({ load, name }: { load: LoadProfile; name: string }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const width = LABEL_W + 3 * (CELL_W + CELL_GAP) + 76;
  const height = DEMANDS.length * ROW + 4;
  const description = DEMANDS.map((d) => `${d.label}: ${demandWord(load[d.key])}, ${load[d.key]} of 3`).join("; ");
  return (
    <figure className="lib-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>Spinal load of {name}</title>
        <desc id={descId}>{description}.</desc>
        {DEMANDS.map((d, row) => {
          const score = Math.max(0, Math.min(3, Math.round(load[d.key])));
          const y = row * ROW + 4;
          return (
            <g key={d.key}>
              <text x={0} y={y + CELL_H - 4} className="lib-chart-label">
                {d.label}
              </text>
              {[0, 1, 2].map((i) => (
                <rect
                  key={i}
                  x={LABEL_W + i * (CELL_W + CELL_GAP)}
                  y={y}
                  width={CELL_W}
                  height={CELL_H}
                  rx={4}
                  className={i < score ? `lib-chart-cell on s${score}` : "lib-chart-cell"}
                />
              ))}
              <text x={LABEL_W + 3 * (CELL_W + CELL_GAP) + 6} y={y + CELL_H - 4} className="lib-chart-value">
                {demandWord(score)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <strong>Support.</strong> {SUPPORT_INFO[load.support]}.
      </figcaption>
      <details className="lib-table-alt">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">Spinal load of {name}, each demand scored 0 to 3</caption>
          <thead>
            <tr>
              <th scope="col">Demand</th>
              <th scope="col">Score (0-3)</th>
              <th scope="col">What it measures</th>
            </tr>
          </thead>
          <tbody>
            {DEMANDS.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td>
                  {load[d.key]} ({demandWord(load[d.key])})
                </td>
                <td>{d.hint}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Support</th>
              <td colSpan={2}>{SUPPORT_INFO[load.support]}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
