/**
 * The admin screen (route /me/admin): the accounts on this Spotter with their facts only (email, created, last
 * active, how many records), turning an account off or on, a reset link to hand over, deleting an account, and
 * invites. Nobody's check-ins, sessions or notes are shown here, or anywhere to an admin.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { accountApi } from "../api/account.js";
import { type Account, absoluteLink, adminApi, type Invite } from "../api/admin.js";
import { messageOf } from "../api/errors.js";
import { TextField } from "../components/Field.js";
import { ShownOnce } from "../components/ShownOnce.js";
import "../styles/data.css";
import "../styles/account.css";
import "../styles/admin.css";
import { accountKeys, adminKeys } from "../api/keys.js";

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" }) : "never";

/** A link shown once, with a copy button. */
function HandOver(props: { label: string; url: string; expiresAt: string; onDone: () => void }) {
  return (
    <div className="new-token">
      <ShownOnce
        id={`link-${props.label}`}
        label={props.label}
        hint={`Works once, until ${when(props.expiresAt)}. Spotter shows it only now; you can always make a new one.`}
        value={absoluteLink(props.url, window.location.origin)}
        rows={3}
        copyLabel="Copy link"
        copied="Link copied. Send it to them in a private message."
        notCopied="Copy did not work here. Select the link and copy it."
        onDone={props.onDone}
      />
    </div>
  );
}

/** One account with its actions. */
function AccountItem({ account, self }: { account: Account; self: boolean }) {
  const qc = useQueryClient();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: adminKeys.users });
  const toggle = useMutation({
    mutationFn: () => (account.disabled ? adminApi.enable(account.id) : adminApi.disable(account.id)),
    onSuccess: refresh,
  });
  const reset = useMutation({ mutationFn: () => adminApi.resetLink(account.id), onSuccess: setLink });
  const remove = useMutation({ mutationFn: () => adminApi.remove(account.id), onSuccess: refresh });
  const failed = toggle.error ?? reset.error ?? remove.error;
  const headingId = `acct-${account.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {account.email}
        {account.role === "admin" ? " (admin)" : ""}
        {self ? " (you)" : ""}
      </h3>
      <p className="small muted">
        Joined {when(account.createdAt)}. Last active {when(account.lastActiveAt)}. {account.records} records.
        {account.disabled ? " Turned off: this account cannot log in." : ""}
      </p>
      {failed && (
        <p className="field-error" role="alert">
          {messageOf(failed)}
        </p>
      )}
      {link ? (
        <HandOver label={`Reset link for ${account.email}`} {...link} onDone={() => setLink(null)} />
      ) : self ? (
        <p className="small">
          Your own password and account are on <Link href="/me/account">your account page</Link>.
        </p>
      ) : confirming ? (
        <fieldset className="data-actions revoke-confirm">
          <legend className="small">
            Delete {account.email} and every record in it? This cannot be undone; they can export their data first.
          </legend>
          <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Yes, delete the account
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div className="data-actions">
          <button type="button" onClick={() => reset.mutate()} disabled={reset.isPending}>
            Make a reset link
          </button>
          <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
            {account.disabled ? "Turn back on" : "Turn off"}
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}

/** Invites: make one (for an email, or for anyone with the link), see which are open, withdraw one. */
function Invites() {
  const qc = useQueryClient();
  const list = useQuery({ queryKey: adminKeys.invites, queryFn: adminApi.invites });
  const [email, setEmail] = useState("");
  const [made, setMade] = useState<{ url: string; expiresAt: string } | null>(null);
  const create = useMutation({
    mutationFn: () => adminApi.invite(email.trim() || undefined),
    onSuccess: (invite) => {
      setMade(invite);
      setEmail("");
      void qc.invalidateQueries({ queryKey: adminKeys.invites });
    },
  });
  const withdraw = useMutation({
    mutationFn: adminApi.withdraw,
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.invites }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const open = (list.data ?? []).filter((i: Invite) => i.status === "open");
  return (
    <section className="card" aria-labelledby="invites-h">
      <h2 id="invites-h">Invites</h2>
      <p className="small">
        An invite is a link that lets one person make an account. It works once and for 7 days. Give an email to keep it
        for that person only.
      </p>
      {made ? (
        <HandOver label="New invite link" {...made} onDone={() => setMade(null)} />
      ) : (
        <form onSubmit={submit} noValidate aria-label="Make an invite">
          <TextField
            id="invite-email"
            label="Their email (optional)"
            error={create.error ? messageOf(create.error) : undefined}
            alert
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <button type="submit" className="primary" disabled={create.isPending}>
            Make an invite link
          </button>
        </form>
      )}
      {open.length > 0 && (
        <>
          <h3>Open invites</h3>
          <ul className="list">
            {open.map((i) => (
              <li key={i.id}>
                {i.email ?? "Anyone with the link"}, until {when(i.expiresAt)}{" "}
                <button type="button" onClick={() => withdraw.mutate(i.id)} disabled={withdraw.isPending}>
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The admin screen. */
export function AdminScreen() {
  const users = useQuery({ queryKey: adminKeys.users, queryFn: adminApi.users });
  const me = useQuery({ queryKey: accountKeys.me, queryFn: accountApi.me, staleTime: 5 * 60_000 });
  return (
    <section className="data-screen acct">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>People on this Spotter</h1>
      <p className="small muted">
        You run this Spotter. You can see who has an account and help them get in; what they record stays theirs and is
        not shown here.
      </p>
      {users.isPending && <p role="status">Loading…</p>}
      {users.isError && (
        <p className="field-error" role="alert">
          {messageOf(users.error)}
        </p>
      )}
      {users.data && (
        <section aria-labelledby="accounts-h">
          <h2 id="accounts-h">Accounts ({users.data.length})</h2>
          <ul className="plain-list">
            {users.data.map((a) => (
              <AccountItem key={a.id} account={a} self={a.id === me.data?.id} />
            ))}
          </ul>
        </section>
      )}
      <Invites />
    </section>
  );
}
