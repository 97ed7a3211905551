/** Library: the exercise catalog with a search by name or another app's name (GET /exercises?q=). */
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { api } from "../api/client.js";
import { messageOf } from "../api/errors.js";
import { keys } from "../lib/queries.js";

const GRADE_WORD: Record<string, string> = {
  A: "spine-sparing",
  B: "low spine load",
  C: "moderate spine load",
  D: "high spine load",
};

/** The library screen. */
export function LibraryScreen() {
  const [q, setQ] = useState("");
  const query = useDeferredValue(q.trim());
  const id = useId();
  const list = useQuery({
    queryKey: query ? keys.exerciseSearch(query) : keys.exercises,
    queryFn: () => api.listExercises(query || undefined),
    staleTime: 60_000,
  });
  const items = list.data ?? [];
  return (
    <section>
      <h1>Library</h1>
      <div className="field">
        <label htmlFor={id}>Search exercises</label>
        <p className="hint">By name, or by the name another app uses.</p>
        <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </div>
      <p className="small muted">The letter is the spine-load grade: A spares the spine most, D asks the most of it.</p>
      {list.isPending && <p className="loading">Loading exercises…</p>}
      {list.isError && (
        <div className="error-box" role="alert">
          {messageOf(list.error)}
        </div>
      )}
      {list.isSuccess && items.length === 0 && <p>No exercise matches "{q}". Try a shorter word.</p>}
      {items.length > 0 && (
        <ul className="list card" aria-label="Exercises">
          {items.map((e) => (
            <li key={e.id} className="spread">
              <span>
                <strong>{e.name}</strong>
                <br />
                <span className="small muted">
                  {e.pattern.replaceAll("-", " ")}
                  {e.primaryMuscles?.length ? ` · ${e.primaryMuscles.join(", ")}` : ""}
                  {e.beltEligible ? " · belt on heavy sets" : ""}
                </span>
              </span>
              <span className="grade" title={GRADE_WORD[e.grade]}>
                {e.grade}
                <span className="visually-hidden"> ({GRADE_WORD[e.grade]})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
