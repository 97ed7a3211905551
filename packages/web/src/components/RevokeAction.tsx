/**
 * The revoke step of a row (personal tokens, share links): a Revoke button that asks in place, not in a pop-up,
 * moves focus to the question so it is read out, and after "Keep it" gives focus back to the button.
 */
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { messageOf } from "../api/errors.js";

/** What the row says and does; `revoke` sends the DELETE, `onRevoked` runs once it succeeded. */
export interface RevokeActionProps {
  /** The thing's name for screen readers, after "Revoke". */
  name: string;
  /** The question, in full: what stops working and that it cannot be undone. */
  question: string;
  revoke: () => Promise<unknown>;
  onRevoked: () => void;
}

/** Revoke, then "Yes, revoke it" or "Keep it", with the server's refusal shown under the question. */
export function RevokeAction(props: RevokeActionProps) {
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const revoke = useMutation({
    mutationFn: props.revoke,
    onSuccess: () => {
      setConfirming(false);
      props.onRevoked();
    },
  });
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => revokeButton.current?.focus());
  };
  if (!confirming)
    return (
      <button ref={revokeButton} type="button" className="danger" onClick={() => setConfirming(true)}>
        Revoke<span className="visually-hidden"> {props.name}</span>
      </button>
    );
  return (
    <div className="revoke-confirm">
      <p ref={question} tabIndex={-1}>
        {props.question}
      </p>
      <div className="data-actions">
        <button type="button" className="danger" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
          {revoke.isPending ? "Revoking…" : "Yes, revoke it"}
        </button>
        <button type="button" onClick={keep}>
          Keep it
        </button>
      </div>
      {revoke.isError && (
        <p className="field-error" role="alert">
          {messageOf(revoke.error)}
        </p>
      )}
    </div>
  );
}
