/**
 * The exercises the user has cleared (profile `cleared`): triggers Spotter found that the user overrules, each with
 * an undo that lets Spotter treat it as a trigger again.
 */
import { useRef } from "react";
import { BackRow } from "./BackRow.js";
import { exerciseName } from "./backText.js";
import { SaveOutcome, useNotedSave } from "./SaveOutcome.js";

/** Props: the profile's cleared ids and the catalog's names by id (null while loading). */
export function ClearedCard(props: { cleared: string[]; names: ReadonlyMap<string, string> | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const saved = useNotedSave();
  const rows = [...new Set(props.cleared)]
    .map((id) => ({ id, name: exerciseName(id, props.names) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const undo = (id: string, name: string) =>
    saved.send(
      { cleared: props.cleared.filter((c) => c !== id) },
      `${name} counts as a trigger again. Spotter leaves it out of your plans.`,
      // The row and its button are gone: the section's heading is the steady place to land.
      () => requestAnimationFrame(() => heading.current?.focus()),
    );

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
            <BackRow
              key={r.id}
              data={{ "data-cleared": r.id }}
              name={r.name}
              href={`/library/${encodeURIComponent(r.id)}`}
              action="Undo"
              actionLabel={`Undo: treat ${r.name} as a trigger again`}
              busy={saved.save.isPending}
              onAction={() => undo(r.id, r.name)}
            />
          ))}
        </ul>
      )}
      <SaveOutcome saved={saved} />
    </section>
  );
}
