/**
 * What a save of "Your back" (or a pin) says after it: one status line that names what changed, and the server's
 * error in an alert. `useNotedSave` pairs it with the save, so every row's action (Unpin, Undo, Remove, a tick)
 * clears the line, saves, and says what it did.
 */
import { useState } from "react";
import { messageOf } from "../../api/errors.js";
import { type BackUpdate, useSaveBack } from "./useSaveBack.js";

/** The save, its status line, and `send`: saves `update`, then shows `said` and runs `then` (a focus move). */
export function useNotedSave() {
  const save = useSaveBack();
  const [note, setNote] = useState("");
  const send = (update: BackUpdate, said: string, then?: () => void) => {
    setNote("");
    save.mutate(update, {
      onSuccess: () => {
        setNote(said);
        then?.();
      },
    });
  };
  /** Clears the line (a form that stops at its own check before saving). */
  const clear = () => setNote("");
  return { save, note, send, clear };
}

/** The status line and the error of a `useNotedSave`; `className` replaces the status line's spacing class. */
export function SaveOutcome(props: { saved: ReturnType<typeof useNotedSave>; className?: string }) {
  const { save, note } = props.saved;
  return (
    <>
      <p role="status" className={`small ${props.className ?? "data-status"}`.trim()}>
        {note}
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </>
  );
}
