/** Easier and harder neighbours (C4b), modifications of the same exercise (S2) and ranked alternatives (S1). */
import type { Grade, Modification } from "@spotter/core";
import { useState } from "react";
import { Link } from "wouter";
import type { Alternative, Exercise } from "../../api/types.js";
import { GradeBadge } from "./GradeBadge.js";

const exHref = (id: string) => `/library/${encodeURIComponent(id)}`;

/** The ladder: one step easier and one step harder, when the catalog names them. */
export function Ladder({ easier, harder }: { easier?: Exercise; harder?: Exercise }) {
  if (!easier && !harder) return null;
  return (
    <ul className="lib-ladder" aria-label="Steps on the ladder">
      {easier && (
        <li>
          <span className="lib-ladder-dir">One step easier</span>
          <Link href={exHref(easier.id)}>{easier.name}</Link> <GradeBadge grade={easier.grade} compact />
        </li>
      )}
      {harder && (
        <li>
          <span className="lib-ladder-dir">One step harder</span>
          <Link href={exHref(harder.id)}>{harder.name}</Link> <GradeBadge grade={harder.grade} compact />
        </li>
      )}
    </ul>
  );
}

/** Ways to keep the exercise and go easier on the back; some name the exercise to log it as. */
export function Modifications({
  items,
  nameOf,
}: {
  items: readonly Modification[];
  nameOf: (id: string) => string | undefined;
}) {
  return (
    <ul className="lib-mods">
      {items.map((m) => {
        const target = m.exerciseId ? nameOf(m.exerciseId) : undefined;
        return (
          <li key={m.kind}>
            {m.text}.
            {m.exerciseId && (
              <Link href={exHref(m.exerciseId)} className="lib-mod-link">
                See {target ?? "that exercise"}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** How the grade changes, in words ("Grade D to B", "Same grade, A"). */
export function gradeChange(from: string | undefined, to: string | undefined): string {
  if (!from || !to) return "";
  return from === to ? `Same grade, ${to}` : `Grade ${from} to ${to}`;
}

/** A sentence ends with one full stop. */
function sentence(s: string): string {
  const t = s.trim();
  return t === "" || /[.?]$/.test(t) ? t : `${t}.`;
}

/** Ranked alternatives: the first few, with the rest one tap away. */
/**
 * Alternatives easiest on the back first: by spine-load grade (A, the most sparing, first), keeping the ranking's
 * order within a grade. Listed under "Easier on your back", a harder lift must never lead.
 */
export function easiestFirst<T extends { exercise: { grade: string } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.exercise.grade < b.exercise.grade ? -1 : a.exercise.grade > b.exercise.grade ? 1 : 0,
  );
}

export function Alternatives({
  items,
  first = 4,
  most = 12,
}: {
  items: readonly Alternative[];
  first?: number;
  most?: number;
}) {
  const [all, setAll] = useState(false);
  const shown = easiestFirst(items).slice(0, all ? most : first);
  const more = Math.min(items.length, most) - first;
  return (
    <>
      <ol className="lib-alts">
        {shown.map((a) => {
          const change = gradeChange(a.gradeFrom, a.gradeTo ?? a.exercise.grade);
          return (
            <li key={a.exercise.id}>
              <div className="spread">
                <Link href={exHref(a.exercise.id)} className="lib-alt-name">
                  {a.exercise.name}
                </Link>
                <GradeBadge grade={a.exercise.grade as Grade} compact />
              </div>
              <p className="small lib-alt-why">
                {sentence(a.why)}
                {change && !/grade/i.test(a.why) && <span className="lib-alt-change"> {change}.</span>}
              </p>
            </li>
          );
        })}
      </ol>
      {more > 0 && (
        <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? "Show fewer" : `Show ${more} more`}
        </button>
      )}
    </>
  );
}
