/** The user's share links with their status; an active one can be revoked after a second, explicit tap. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { dataApi, type ShareLink } from "../../api/data.js";
import { messageOf } from "../../api/errors.js";
import { dataKeys } from "../../api/keys.js";
import { Icon } from "../Icon.js";
import { RevokeAction } from "../RevokeAction.js";
import { openedText, rangeText, shareDates, shareName, sortShares, statusWord } from "./shareText.js";

/** Status as a shape and a word: a filled dot for active, a clock for expired, a crossed circle for revoked. */
function StatusTag({ status }: { status: ShareLink["status"] }) {
  return (
    <span className={`share-status ${status}`}>
      <Icon viewBox="0 0 24 24" strokeWidth={2.4}>
        {status === "active" && <circle cx="12" cy="12" r="6" fill="currentColor" stroke="none" />}
        {status === "expired" && (
          <>
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </>
        )}
        {status === "revoked" && (
          <>
            <circle cx="12" cy="12" r="9" />
            <path d="M6 18 18 6" />
          </>
        )}
      </Icon>
      {statusWord(status)}
    </span>
  );
}

/** One link row, with the revoke step asked in place rather than in a pop-up. */
function ShareRow({ link, onRevoked }: { link: ShareLink; onRevoked: (link: ShareLink) => void }) {
  const qc = useQueryClient();
  return (
    <li className="share-row" data-share={link.id}>
      <div className="spread">
        <strong>{shareName(link)}</strong>
        <StatusTag status={link.status} />
      </div>
      <p className="small muted">{shareDates(link)}</p>
      <p className="small muted">{rangeText(link.from, link.to)}</p>
      <p className="small muted">{openedText(link)}</p>
      {link.status === "active" && (
        <RevokeAction
          name={shareName(link)}
          question="Revoke this link? Whoever has it can no longer open your report. This cannot be undone."
          revoke={() => dataApi.revokeShare(link.id)}
          onRevoked={() => {
            onRevoked(link);
            qc.invalidateQueries({ queryKey: dataKeys.shares });
          }}
        />
      )}
    </li>
  );
}

/** The list, with loading, error and teaching empty states; `onRevoked` tells the screen which link stopped. */
export function ShareList(props: { onRevoked?: (id: string) => void }) {
  const shares = useQuery({ queryKey: dataKeys.shares, queryFn: dataApi.listShares });
  const [note, setNote] = useState("");
  const list = sortShares(shares.data ?? []);
  return (
    <section className="card" aria-labelledby="share-list-h">
      <h2 id="share-list-h">Your links</h2>
      <p role="status" className="small data-status">
        {note}
      </p>
      {shares.isPending && <p className="loading">Loading your links…</p>}
      {shares.isError && (
        <div className="error-box" role="alert">
          <p>{messageOf(shares.error)}</p>
          <button type="button" onClick={() => shares.refetch()}>
            Try again
          </button>
        </div>
      )}
      {shares.isSuccess && list.length === 0 && (
        <p className="muted">
          You have not shared anything yet. Links you make are listed here with their expiry date, and you can revoke
          any of them at any time.
        </p>
      )}
      {list.length > 0 && (
        <ul className="list" aria-label="Share links">
          {list.map((s) => (
            <ShareRow
              key={s.id}
              link={s}
              onRevoked={(l) => {
                setNote(`${shareName(l)} is revoked. It no longer opens.`);
                props.onRevoked?.(l.id);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
