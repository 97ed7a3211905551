/**
 * The movements the user named as aggravating (profile `aggravating`): each named and removable, and a pattern to
 * add from the vocabulary in plain words. Single exercises are marked from their Library page.
 */
import type { AggravatingEntry, Pattern } from "@spotter/core";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "wouter";
import { messageOf } from "../../api/errors.js";
import { focusField } from "../account/focus.js";
import { excludedRows, patternChoice, patternName, patternsToAdd, withoutEntry, withPattern } from "./backText.js";
import { useSaveBack } from "./useSaveBack.js";

/** Props: the profile's list and the catalog's names by id (null while loading). */
export function ExcludedCard(props: { list: AggravatingEntry[]; names: ReadonlyMap<string, string> | null }) {
  const [note, setNote] = useState("");
  const [choice, setChoice] = useState<Pattern | "">("");
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const save = useSaveBack();
  // Directions have their own card above.
  const rows = excludedRows(props.list, props.names).filter((r) => r.kind !== "direction");
  const addable = patternsToAdd(props.list);

  const remove = (key: string, name: string) => {
    setNote("");
    save.mutate(
      { aggravating: withoutEntry(props.list, key) },
      {
        onSuccess: () => {
          setNote(`${name} is no longer left out. It can come back into your plans.`);
          // The row and its button are gone: the section's heading is the steady place to land.
          requestAnimationFrame(() => heading.current?.focus());
        },
      },
    );
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    setNote("");
    if (!choice) {
      setChoiceError("Pattern to leave out: choose one from the list first.");
      focusField(select.current);
      return;
    }
    setChoiceError(undefined);
    const p = choice;
    save.mutate(
      { aggravating: withPattern(props.list, p) },
      {
        onSuccess: () => {
          setChoice("");
          setNote(`${patternName(p)} is left out of your plans from now on.`);
        },
      },
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
            <li key={r.key} className="back-row" data-entry={r.key}>
              <div className="back-row-text">
                <strong>{r.href ? <Link href={r.href}>{r.name}</Link> : r.name}</strong>
                <span className="small muted">{r.detail}</span>
              </div>
              <button type="button" onClick={() => remove(r.key, r.name)} disabled={save.isPending}>
                Remove<span className="visually-hidden"> {r.name}</span>
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

      {addable.length > 0 && (
        <form className="back-add" onSubmit={add} noValidate aria-label="Leave out a pattern">
          <div className="field">
            <label htmlFor="pattern-choice">Pattern to leave out</label>
            <p className="hint" id="pattern-choice-hint">
              A whole pattern is then left out of every plan. To leave out one exercise, open it in the{" "}
              <Link href="/library">Library</Link> and mark it there.
            </p>
            <select
              id="pattern-choice"
              ref={select}
              value={choice}
              onChange={(e) => setChoice(e.target.value as Pattern | "")}
              aria-invalid={choiceError ? true : undefined}
              aria-describedby={choiceError ? "pattern-choice-hint pattern-choice-err" : "pattern-choice-hint"}
            >
              <option value="">Choose a pattern</option>
              {addable.map((p) => (
                <option key={p} value={p}>
                  {patternChoice(p)}
                </option>
              ))}
            </select>
            {choiceError && (
              <p className="field-error" id="pattern-choice-err" role="alert">
                {choiceError}
              </p>
            )}
          </div>
          <button type="submit" className="primary" disabled={save.isPending}>
            Leave this pattern out
          </button>
        </form>
      )}
    </section>
  );
}
