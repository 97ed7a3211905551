/**
 * Change the password (API.md POST /auth/password): current and new, each with show/hide. Other devices are logged
 * out and personal tokens end; this device stays in. A wrong current password is reported next to that field.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { accountApi } from "../../api/account.js";
import { accountKeys } from "../../api/keys.js";
import { PASSWORD_MAX, PASSWORD_MIN, passwordChangeErrors } from "./accountText.js";
import { PasswordField } from "./PasswordField.js";
import { useFormErrors } from "./useFormErrors.js";

/** The change-password card. */
export function PasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, setDone] = useState(false);
  // Each successful change starts the fields afresh, hidden again even if the user had shown them.
  const [round, setRound] = useState(0);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const qc = useQueryClient();

  const { errors, formError, ...shown } = useFormErrors([
    ["current", currentRef],
    ["next", nextRef],
  ]);

  const change = useMutation({
    mutationFn: () => accountApi.changePassword(current, next),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      shown.clear();
      setDone(true);
      setRound((r) => r + 1);
      // The server ended every personal token: the list below shows none now.
      void qc.invalidateQueries({ queryKey: accountKeys.tokens });
      // The fields are empty again; the confirmation is where the user's attention should be.
      requestAnimationFrame(() => doneRef.current?.focus());
    },
    onError: shown.refused,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (shown.check(passwordChangeErrors(current, next))) change.mutate();
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="pw-h">
      <h2 id="pw-h">Change your password</h2>
      <p className="small">
        When you change it, Spotter logs you out on your other devices and ends your personal tokens, so a script that
        uses one needs a new token. You stay logged in here.
      </p>
      <PasswordField
        key={`current-${round}`}
        label="Current password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        error={errors.current}
        inputRef={currentRef}
        maxLength={PASSWORD_MAX}
      />
      <PasswordField
        key={`next-${round}`}
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        error={errors.next}
        inputRef={nextRef}
        maxLength={PASSWORD_MAX}
      />
      {formError && (
        <div className="error-box" role="alert">
          {formError}
        </div>
      )}
      <button type="submit" className="primary big" disabled={change.isPending}>
        {change.isPending ? "Changing your password…" : "Change password"}
      </button>
      <p ref={doneRef} tabIndex={-1} role="status" className={done ? "banner ok acct-after" : "visually-hidden"}>
        {done
          ? "Your password is changed. Other devices need the new one to log in again, and your personal tokens have ended."
          : ""}
      </p>
    </form>
  );
}
