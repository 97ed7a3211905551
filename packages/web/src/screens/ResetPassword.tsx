/**
 * Setting a new password from a reset link an admin handed over (`/reset-password#token=...`). The token is read
 * from the fragment, which browsers never send, and used once; every login session and token of the account ends.
 */
import { type FormEvent, useRef, useState } from "react";
import { Link } from "wouter";
import { fragmentValue, joinApi } from "../api/admin.js";
import { ApiError, messageOf } from "../api/errors.js";
import { TextField } from "../components/Field.js";

/** The reset screen (public route /reset-password). */
export function ResetPasswordScreen() {
  const [token] = useState(() => fragmentValue(window.location.hash, "token"));
  const [password, setPassword] = useState("");
  const [field, setField] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (password.length < 8) {
      setField("Use at least 8 characters.");
      return;
    }
    setField(undefined);
    setBusy(true);
    try {
      await joinApi.reset(token ?? "", password);
      setDone(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors().password) setField(err.fieldErrors().password);
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="auth">
      <p className="brand">Spotter</p>
      <h1>Choose a new password</h1>
      {!token ? (
        <p className="banner" role="status">
          This page needs the whole reset link. Open the link you were sent again, or ask the person who runs this
          Spotter for a new one.
        </p>
      ) : done ? (
        <p className="banner ok" role="status" tabIndex={-1} ref={doneRef}>
          Your new password is set. Every device that was logged in has been logged out; log in again with the new
          password. <Link href="/login">Log in</Link>
        </p>
      ) : (
        <form className="card" onSubmit={submit} noValidate>
          <p className="small muted">
            The link works once. After this, every device logged in to your account is logged out, and your personal
            tokens stop working.
          </p>
          {error && (
            <div className="error-box" role="alert">
              {error}
            </div>
          )}
          <TextField
            label="New password"
            type="password"
            name="password"
            autoComplete="new-password"
            hint="At least 8 characters."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={field}
          />
          <button type="submit" className="primary big" disabled={busy}>
            Set the new password
          </button>
        </form>
      )}
    </main>
  );
}
