/** Search the catalog by name or another app's name, and pick one exercise. */
import type { Exercise } from "@spotter/core";
import { useId, useState } from "react";
import { searchExercises } from "../lib/exerciseSearch.js";

/** The picker: a search box and up to 12 results as big buttons. */
export function ExercisePicker(props: {
  exercises: readonly Exercise[];
  onPick: (e: Exercise) => void;
  label?: string;
}) {
  const [q, setQ] = useState("");
  const id = useId();
  const results = searchExercises(props.exercises, q);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label ?? "Find an exercise"}</label>
      <p className="hint">Type a name, for example "leg press" or "RDL".</p>
      <input id={id} type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} />
      {q.trim() !== "" && (
        <ul className="list" aria-label="Matching exercises">
          {results.length === 0 && <li className="muted">No exercise matches "{q}".</li>}
          {results.map((e) => (
            <li key={e.id}>
              <button type="button" className="choice" onClick={() => props.onPick(e)}>
                <span>
                  <span className="opt-title">{e.name}</span>
                  <span className="opt-hint">
                    Spine load {e.grade}
                    {e.aliases.length ? ` · also called ${e.aliases.slice(0, 2).join(", ")}` : ""}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
