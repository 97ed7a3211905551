/**
 * The exercises the user has cleared (profile `cleared`): triggers Spotter found that the user overrules, each with
 * an undo that lets Spotter treat it as a trigger again.
 */
import { useRef, useState } from "react";
import { Link } from "wouter";
import { messageOf } from "../../api/errors.js";
import { exerciseName } from "./backText.js";
import { useSaveBack } from "./useSaveBack.js";

/** Props: the profile's cleared ids and the catalog's names by id (null while loading). */
export function ClearedCard(props: { cleared: string[]; names: ReadonlyMap<string, string> | null }) {
  const [note, setNote] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const save = useSaveBack();
  const rows = [...new Set(props.cleared)]
    .map((id) => ({ id, name: exerciseName(id, props.names) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const undo = (id: string, name: string) => {
    setNote("");
    save.mutate(
      { cleared: props.cleared.filter((c) => c !== id) },
      {
        onSuccess: () => {
          setNote(`${name} counts as a trigger again. Spotter leaves it out of your plans.`);
          requestAnimationFrame(() => heading.current?.focus());
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="cleared-h">
      <h2 id="cleared-h" ref={heading} tabIndex={-1}>
        Exercises you are cleared for
      </h2>
      {rows.length === 0 ? (
        <p className="muted small">
          None. When Spotter finds an exercise bothers your back, its Library page lets you say you have been cleared
          for it.
        </p>
      ) : (
        <p className="small">
          Spotter found these bothered your back, and you told it a professional has cleared you for them. They can be
          in your plans; Spotter keeps watching the pain you log on them.
        </p>
      )}
      {rows.length > 0 && (
        <ul className="list back-rows" aria-labelledby="cleared-h">
          {rows.map((r) => (
            <li key={r.id} className="back-row" data-cleared={r.id}>
              <div className="back-row-text">
                <strong>
                  <Link href={`/library/${encodeURIComponent(r.id)}`}>{r.name}</Link>
                </strong>
              </div>
              <button
                type="button"
                onClick={() => undo(r.id, r.name)}
                disabled={save.isPending}
                aria-label={`Undo: treat ${r.name} as a trigger again`}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="small data-status">
        {note}
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </section>
  );
}
