/** Moving between the day's exercises: previous and next with one thumb, and the whole list to jump anywhere. */
import type { ItemProgress, SessionItem } from "./model.js";
import { KIND_LABEL } from "./model.js";

/** How far an exercise is, in words. */
export function statusText(item: SessionItem, p: ItemProgress): string {
  if (p.stopped) return "Stopped for today";
  if (p.workingDone >= item.sets) return `Done, ${p.workingDone} of ${item.sets} sets`;
  if (p.workingDone === 0 && p.warmupsDone === 0) return `${item.sets} ${item.sets === 1 ? "set" : "sets"} to do`;
  return `${p.workingDone} of ${item.sets} sets done`;
}

/** The navigator. */
export function ExerciseNav(props: {
  items: readonly SessionItem[];
  names: readonly string[];
  progress: readonly ItemProgress[];
  index: number;
  onSelect: (i: number) => void;
}) {
  const n = props.items.length;
  const i = props.index;
  const doneCount = props.progress.filter((p) => p.done).length;
  return (
    <nav className="ex-nav" aria-label="Today's exercises">
      <div className="ex-nav-row">
        <button
          type="button"
          onClick={() => props.onSelect(i - 1)}
          disabled={i <= 0}
          aria-label={i > 0 ? `Previous exercise: ${props.names[i - 1]}` : "Previous exercise"}
        >
          ‹ Prev
        </button>
        <p className="ex-nav-count">
          {i + 1} of {n}
          <span className="small muted ex-nav-done">{doneCount} done</span>
        </p>
        <button
          type="button"
          onClick={() => props.onSelect(i + 1)}
          disabled={i >= n - 1}
          aria-label={i < n - 1 ? `Next exercise: ${props.names[i + 1]}` : "Next exercise"}
        >
          Next ›
        </button>
      </div>
      <details className="ex-all">
        <summary>All of today's exercises</summary>
        <ol className="list ex-list">
          {props.items.map((it, k) => {
            const p = props.progress[k];
            const state = p?.stopped ? "stopped" : p?.done ? "done" : k === i ? "current" : "open";
            return (
              <li key={it.exerciseId}>
                <button
                  type="button"
                  className={`ex-item ex-${state}`}
                  aria-current={k === i ? "step" : undefined}
                  onClick={(e) => {
                    props.onSelect(k);
                    e.currentTarget.closest("details")?.removeAttribute("open");
                  }}
                >
                  <span className="ex-mark" aria-hidden="true">
                    {state === "done" ? "✓" : state === "stopped" ? "■" : k + 1}
                  </span>
                  <span>
                    <span className="opt-title">{props.names[k]}</span>
                    <span className="opt-hint">
                      {KIND_LABEL[it.kind]} · {p ? statusText(it, p) : ""}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
