/** The user's personal tokens (never their secrets), each revocable after a second, explicit tap in place. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { accountApi, type PersonalToken } from "../../api/account.js";
import { messageOf } from "../../api/errors.js";
import { accountKeys } from "../../api/keys.js";
import { RevokeAction } from "../RevokeAction.js";
import { sortTokens, tokenDates } from "./accountText.js";

/** One token row; the revoke question opens in the row and takes focus so it is read out. */
function TokenRow(props: { token: PersonalToken; onRevoked: (t: PersonalToken) => void }) {
  const t = props.token;
  const qc = useQueryClient();
  return (
    <li className="token-row" data-token={t.id}>
      <strong className="token-name">{t.name}</strong>
      <p className="small muted">{tokenDates(t)}</p>
      <RevokeAction
        name={t.name}
        question={`Revoke ${t.name}? Anything using it stops working at once. This cannot be undone.`}
        revoke={() => accountApi.revokeToken(t.id)}
        onRevoked={() => {
          props.onRevoked(t);
          void qc.invalidateQueries({ queryKey: accountKeys.tokens });
        }}
      />
    </li>
  );
}

/** The list with loading, error and teaching empty states; `onRevoked` tells the section which token stopped. */
export function TokenList(props: { onRevoked?: (id: string) => void }) {
  const tokens = useQuery({ queryKey: accountKeys.tokens, queryFn: accountApi.listTokens });
  const [note, setNote] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const list = sortTokens(tokens.data ?? []);
  return (
    <div className="token-list">
      <h3 id="tokens-list-h" ref={heading} tabIndex={-1}>
        Your tokens
      </h3>
      <p role="status" className="small data-status">
        {note}
      </p>
      {tokens.isPending && <p className="loading">Loading your tokens…</p>}
      {tokens.isError && (
        <div className="error-box" role="alert">
          <p>{messageOf(tokens.error)}</p>
          <button type="button" onClick={() => tokens.refetch()}>
            Try again
          </button>
        </div>
      )}
      {tokens.isSuccess && list.length === 0 && (
        <p className="muted small">
          You have no tokens. Tokens you make are listed here, and you can revoke any of them.
        </p>
      )}
      {list.length > 0 && (
        <ul className="list" aria-labelledby="tokens-list-h">
          {list.map((t) => (
            <TokenRow
              key={t.id}
              token={t}
              onRevoked={(r) => {
                setNote(`${r.name} is revoked. Scripts using it can no longer reach your log.`);
                props.onRevoked?.(r.id);
                // The row is gone; the list's heading is the nearest steady place for focus.
                requestAnimationFrame(() => heading.current?.focus());
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
