/**
 * Personal tokens (API.md POST/GET/DELETE /auth/tokens): what they are for, a form to make one, the new secret shown
 * this once with a copy button, and the list.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { accountApi, type CreatedToken } from "../../api/account.js";
import { accountKeys } from "../../api/keys.js";
import { copyText } from "../../lib/copy.js";
import { reveal } from "../data/reveal.js";
import { serverErrors, TOKEN_NAME_MAX, tokenNameError } from "./accountText.js";
import { focusField } from "./focus.js";
import { TokenList } from "./TokenList.js";

/** The token just made: shown only now. */
function NewToken(props: { token: CreatedToken; name: string; onDone: () => void }) {
  const input = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState("");
  useEffect(() => reveal(heading.current), []);
  const copy = async () => {
    const ok = await copyText(props.token.token, input.current);
    setNote(
      ok
        ? "Token copied. Paste it into your script's settings."
        : "Copy did not work here. Select the token above and copy it.",
    );
  };
  return (
    <section className="new-token" aria-labelledby="new-token-h">
      <h3 id="new-token-h" ref={heading} tabIndex={-1}>
        Your new token
      </h3>
      <p className="small">
        Spotter shows it only now. Copy it into your script; if it gets lost, revoke it and make a new one.
      </p>
      <div className="field">
        <label htmlFor="new-token-value">Token for {props.name}</label>
        {/* A textarea, so the whole token shows wrapped on a phone instead of running off the edge. */}
        <textarea
          id="new-token-value"
          ref={input}
          readOnly
          rows={2}
          value={props.token.token}
          className="token-value"
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <div className="data-actions">
        <button type="button" className="primary" onClick={copy}>
          Copy token
        </button>
        <button type="button" onClick={props.onDone}>
          Done
        </button>
      </div>
      <p role="status" className="small data-status">
        {note}
      </p>
    </section>
  );
}

/** The tokens card. */
export function TokenSection() {
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ token: CreatedToken; name: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const create = useMutation({
    mutationFn: (n: string) => accountApi.createToken(n),
    onSuccess: (token, n) => {
      setCreated({ token, name: token.name ?? n });
      setName("");
      void qc.invalidateQueries({ queryKey: accountKeys.tokens });
    },
    onError: (e) => {
      const { fields, form } = serverErrors(e);
      setError(fields.name ?? form ?? undefined);
      focusField(nameRef.current);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = tokenNameError(name);
    setError(problem);
    if (problem) {
      focusField(nameRef.current);
      return;
    }
    create.mutate(name.trim());
  };
  const done = () => {
    setCreated(null);
    requestAnimationFrame(() => nameRef.current?.focus());
  };
  return (
    <section className="card" aria-labelledby="tokens-h">
      <h2 id="tokens-h">Personal tokens for scripts</h2>
      <p className="small">
        A token lets the Spotter command line or a script of yours use the API. It acts as you, so keep it private and
        revoke it when you no longer need it.
      </p>
      {created ? (
        <NewToken token={created.token} name={created.name} onDone={done} />
      ) : (
        <form onSubmit={submit} noValidate aria-label="Make a token">
          <div className="field">
            <label htmlFor="token-name">Token name</label>
            <p className="hint" id="token-name-hint">
              Only you see it, for example Laptop or Backup script.
            </p>
            <input
              id="token-name"
              ref={nameRef}
              type="text"
              value={name}
              maxLength={TOKEN_NAME_MAX}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "token-name-hint token-name-err" : "token-name-hint"}
            />
            {error && (
              <p className="field-error" id="token-name-err" role="alert">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? "Making the token…" : "Make token"}
          </button>
        </form>
      )}
      <TokenList onRevoked={(id) => setCreated((c) => (c?.token.id === id ? null : c))} />
    </section>
  );
}
