/**
 * Personal tokens (API.md POST/GET/DELETE /auth/tokens): what they are for, a form to make one, the new secret shown
 * this once with a copy button, and the list.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { accountApi, type CreatedToken } from "../../api/account.js";
import { accountKeys } from "../../api/keys.js";
import { reveal } from "../data/reveal.js";
import { TextField } from "../Field.js";
import { ShownOnce } from "../ShownOnce.js";
import { serverErrors, TOKEN_NAME_MAX, tokenNameError } from "./accountText.js";
import { focusField } from "./focus.js";
import { TokenList } from "./TokenList.js";

/** The token just made: shown only now. */
function NewToken(props: { token: CreatedToken; name: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => reveal(heading.current), []);
  return (
    <section className="new-token" aria-labelledby="new-token-h">
      <h3 id="new-token-h" ref={heading} tabIndex={-1}>
        Your new token
      </h3>
      <p className="small">
        Spotter shows it only now. Copy it into your script; if it gets lost, revoke it and make a new one.
      </p>
      <ShownOnce
        id="new-token-value"
        label={`Token for ${props.name}`}
        value={props.token.token}
        rows={2}
        copyLabel="Copy token"
        copied="Token copied. Paste it into your script's settings."
        notCopied="Copy did not work here. Select the token above and copy it."
        onDone={props.onDone}
      />
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
          <TextField
            id="token-name"
            label="Token name"
            hint="Only you see it, for example Laptop or Backup script."
            error={error}
            alert
            inputRef={nameRef}
            type="text"
            value={name}
            maxLength={TOKEN_NAME_MAX}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? "Making the token…" : "Make token"}
          </button>
        </form>
      )}
      <TokenList onRevoked={(id) => setCreated((c) => (c?.token.id === id ? null : c))} />
    </section>
  );
}
