/** Register and log in. Field errors from the server appear next to their field. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { fragmentValue, joinApi } from "../api/admin.js";
import { api } from "../api/client.js";
import { ApiError, messageOf } from "../api/errors.js";
import { registrationKeys } from "../api/keys.js";
import { outbox } from "../api/sync.js";
import { TextField } from "../components/Field.js";

/** A safe place to go after login: only paths inside this app. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && next !== "/login" ? next : "/";
}

function AuthForm({ mode }: { mode: "login" | "register" }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();
  const search = useSearch();
  const qc = useQueryClient();
  // Set by the account screen after a deletion, so the login screen can say calmly what happened.
  const deleted = mode === "login" && new URLSearchParams(search).get("deleted") === "1";
  // An invite link carries its token in the fragment (#invite=...), which never reaches a server or proxy log.
  const readInvite = () => (mode === "register" ? fragmentValue(window.location.hash, "invite") : null);
  const [invite, setInvite] = useState(readInvite);
  // Opening an invite link while this page is already open changes only the fragment, not the page.
  useEffect(() => {
    const onHash = () => setInvite(fragmentValue(window.location.hash, "invite"));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const registration = useQuery({
    queryKey: registrationKeys.all,
    queryFn: joinApi.registration,
    enabled: mode === "register",
    staleTime: 60_000,
  });
  const needsInvite = mode === "register" && !invite && registration.data?.inviteRequired === true;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const local: Record<string, string> = {};
    if (!email.includes("@")) local.email = "Enter the email address you use for Spotter.";
    if (mode === "register" && password.length < 8) local.password = "Use at least 8 characters.";
    if (mode === "login" && !password) local.password = "Enter your password.";
    setFields(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const answer =
        mode === "register"
          ? await api.register(email.trim(), password, invite ?? undefined)
          : await api.login(email.trim(), password);
      // What waits on this phone is sent for the account that made it, never for another one.
      outbox.setUser(answer?.user?.id ?? null);
      qc.clear();
      navigate(mode === "register" ? "/welcome" : safeNext(search), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.details.length) setFields(err.fieldErrors());
      if (err instanceof ApiError && err.status === 401) setError("That email and password do not match an account.");
      else if (err instanceof ApiError && err.status === 409)
        setFields({ email: "An account with this email exists. Log in instead." });
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="auth">
      <p className="brand">Spotter</p>
      <h1>{mode === "login" ? "Log in" : "Create your account"}</h1>
      {deleted ? (
        <p className="banner ok" role="status">
          Your account and everything in it are deleted. Thank you for training with Spotter. You can make a new account
          at any time.
        </p>
      ) : needsInvite ? (
        <p className="banner" role="status">
          {registration.data?.mode === "closed"
            ? "This Spotter is not taking new accounts. The person who runs it can make one for you."
            : "Joining this Spotter needs an invite. Ask the person who runs it to send you an invite link, then open that link."}
        </p>
      ) : (
        <p className="muted">
          {mode === "login"
            ? "Pick up where you left off: your check-ins, sessions and what Spotter has learned about your back."
            : "Spotter helps you train around back pain: a quick daily check-in, a session that fits the day, and a log that learns what your back tolerates."}
        </p>
      )}
      <form className="card" onSubmit={submit} noValidate>
        {error && (
          <div className="error-box" role="alert">
            {error}
          </div>
        )}
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete={mode === "login" ? "current-password" : "new-password"}
          hint={mode === "register" ? "At least 8 characters." : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        <button type="submit" className="primary big" disabled={busy}>
          {mode === "login" ? "Log in" : "Create account"}
        </button>
      </form>
      <p>
        {mode === "login" ? (
          <>
            New to Spotter? <Link href="/register">Create an account</Link>
          </>
        ) : (
          <>
            Already have an account? <Link href="/login">Log in</Link>
          </>
        )}
      </p>
    </main>
  );
}

/** The login screen. */
export function LoginScreen() {
  return <AuthForm mode="login" />;
}

/** The registration screen. */
export function RegisterScreen() {
  return <AuthForm mode="register" />;
}
