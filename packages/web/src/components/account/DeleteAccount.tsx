/**
 * Delete the account (API.md DELETE /account): a danger zone that suggests the backup first, then opens in place
 * (never a pop-up) to ask for the password and a clear tick, and ends on the login screen with a calm line.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { accountApi } from "../../api/account.js";
import { deleteErrors, PASSWORD_MAX } from "./accountText.js";
import { PasswordField } from "./PasswordField.js";
import { useFormErrors } from "./useFormErrors.js";

/** Where the app goes once the account is gone: the login screen reads `deleted` to say so. */
export const AFTER_DELETE = "/login?deleted=1";

/** The danger zone card. */
export function DeleteAccount() {
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const { errors, formError, ...shown } = useFormErrors([
    ["password", passwordRef],
    ["confirm", confirmRef],
  ]);

  const remove = useMutation({
    mutationFn: () => accountApi.deleteAccount(password),
    onSuccess: () => {
      // Leave first, then forget: clearing the cache on a signed-in screen would refetch and meet a 401.
      navigate(AFTER_DELETE, { replace: true });
      qc.clear();
    },
    onError: shown.refused,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (shown.check(deleteErrors(password, confirmed))) remove.mutate();
  };

  const cancel = () => {
    setOpen(false);
    setPassword("");
    setConfirmed(false);
    shown.clear();
    requestAnimationFrame(() => startButton.current?.focus());
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-h">
      <h2 id="delete-h">Delete your account</h2>
      <p>
        This deletes your account and everything in it for good: your profile, check-ins, sessions, plans, notes, share
        links and tokens. Nobody can bring it back, us included.
      </p>
      <p>
        Keep a copy first: <Link href="/me/export">download your backup</Link>. A new account can import it later.
      </p>
      {!open ? (
        <button ref={startButton} type="button" className="danger" onClick={() => setOpen(true)}>
          Delete my account…
        </button>
      ) : (
        <form className="delete-confirm" onSubmit={submit} noValidate aria-labelledby="delete-confirm-h">
          <h3 id="delete-confirm-h" ref={heading} tabIndex={-1}>
            Are you sure?
          </h3>
          <PasswordField
            label="Your password"
            hint="The one you log in with, to show it is really you."
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            inputRef={passwordRef}
            maxLength={PASSWORD_MAX}
          />
          <div className="field">
            <div className="check-row">
              <input
                id="delete-confirm-box"
                ref={confirmRef}
                type="checkbox"
                checked={confirmed}
                onChange={(e) => setConfirmed(e.target.checked)}
                aria-invalid={errors.confirm ? true : undefined}
                aria-describedby={errors.confirm ? "delete-confirm-err" : undefined}
              />
              <label htmlFor="delete-confirm-box">
                I understand that my account and everything in it are deleted for good.
              </label>
            </div>
            {errors.confirm && (
              <p className="field-error" id="delete-confirm-err" role="alert">
                {errors.confirm}
              </p>
            )}
          </div>
          {formError && (
            <div className="error-box" role="alert">
              {formError}
            </div>
          )}
          <div className="data-actions stacked">
            <button type="submit" className="danger-solid" disabled={remove.isPending}>
              {remove.isPending ? "Deleting your account…" : "Delete my account for good"}
            </button>
            <button type="button" onClick={cancel} disabled={remove.isPending}>
              Keep my account
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
