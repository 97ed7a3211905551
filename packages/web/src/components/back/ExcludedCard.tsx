/**
 * The movements the user named as aggravating (profile `aggravating`): each named and removable, and a pattern to
 * add from the vocabulary in plain words. Single exercises are marked from their Library page.
 */
import type { AggravatingEntry, Pattern } from "@spotter/core";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "wouter";
import { focusField } from "../account/focus.js";
import { Field } from "../Field.js";
import { BackRow } from "./BackRow.js";
import { excludedRows, patternChoice, patternName, patternsToAdd, withoutEntry, withPattern } from "./backText.js";
import { SaveOutcome, useNotedSave } from "./SaveOutcome.js";

/** Props: the profile's list and the catalog's names by id (null while loading). */
export function ExcludedCard(props: { list: AggravatingEntry[]; names: ReadonlyMap<string, string> | null }) {
  const [choice, setChoice] = useState<Pattern | "">("");
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const saved = useNotedSave();
  // Directions have their own card above.
  const rows = excludedRows(props.list, props.names).filter((r) => r.kind !== "direction");
  const addable = patternsToAdd(props.list);

  const remove = (key: string, name: string) =>
    saved.send(
      { aggravating: withoutEntry(props.list, key) },
      `${name} is no longer left out. It can come back into your plans.`,
      // The row and its button are gone: the section's heading is the steady place to land.
      () => requestAnimationFrame(() => heading.current?.focus()),
    );

  const add = (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    if (!choice) {
      setChoiceError("Pattern to leave out: choose one from the list first.");
      focusField(select.current);
      return;
    }
    setChoiceError(undefined);
    saved.send(
      { aggravating: withPattern(props.list, choice) },
      `${patternName(choice)} is left out of your plans from now on.`,
      () => setChoice(""),
    );
  };

  return (
    <section className="card" aria-labelledby="excluded-h">
      <h2 id="excluded-h" ref={heading} tabIndex={-1}>
        Movements you left out
      </h2>
      <p className="small">You told Spotter these aggravate your back, so it leaves them out of every plan.</p>
      {rows.length === 0 ? (
        <p className="muted small">Nothing is left out yet.</p>
      ) : (
        <ul className="list back-rows" aria-labelledby="excluded-h">
          {rows.map((r) => (
            <BackRow
              key={r.key}
              data={{ "data-entry": r.key }}
              name={r.name}
              href={r.href}
              detail={r.detail}
              action="Remove"
              busy={saved.save.isPending}
              onAction={() => remove(r.key, r.name)}
            />
          ))}
        </ul>
      )}
      <SaveOutcome saved={saved} />

      {addable.length > 0 && (
        <form className="back-add" onSubmit={add} noValidate aria-label="Leave out a pattern">
          <Field
            id="pattern-choice"
            label="Pattern to leave out"
            hint={
              <>
                A whole pattern is then left out of every plan. To leave out one exercise, open it in the{" "}
                <Link href="/library">Library</Link> and mark it there.
              </>
            }
            error={choiceError}
            alert
          >
            {(control) => (
              <select
                {...control}
                ref={select}
                value={choice}
                onChange={(e) => setChoice(e.target.value as Pattern | "")}
              >
                <option value="">Choose a pattern</option>
                {addable.map((p) => (
                  <option key={p} value={p}>
                    {patternChoice(p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="primary" disabled={saved.save.isPending}>
            Leave this pattern out
          </button>
        </form>
      )}
    </section>
  );
}
