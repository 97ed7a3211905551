/** A link just made: shown this once, with copy and the system share sheet (where the browser has one). */
import { type Ref, useId, useRef, useState } from "react";
import type { CreatedShare } from "../../api/data.js";
import { copyText } from "../../lib/copy.js";
import { dateText, shareName } from "./shareText.js";

/** The new link card; `url` is already absolute. */
export function NewLink(props: {
  share: CreatedShare;
  url: string;
  onDone: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState("");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const copy = async () => {
    const ok = await copyText(props.url, input.current);
    setNote(
      ok
        ? "Link copied. Paste it into a message or an email."
        : "Copy did not work here. Select the link above and copy it.",
    );
  };
  const share = async () => {
    try {
      await navigator.share({
        title: "My Spotter report",
        text: "My back pain and training report from Spotter",
        url: props.url,
      });
    } catch {
      // Closing the share sheet is not a failure worth a message.
    }
  };
  return (
    <section className="card new-link" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={props.headingRef} tabIndex={-1}>
        Your new link
      </h2>
      <p>
        Spotter shows this link only now. Copy it and send it to {props.share.label?.trim() || "your professional"}. If
        it gets lost, revoke it below and make a new one.
      </p>
      <div className="field">
        <label htmlFor={`${id}-url`}>Link for {shareName(props.share)}</label>
        <input
          id={`${id}-url`}
          ref={input}
          type="text"
          readOnly
          value={props.url}
          className="share-url"
          onFocus={(e) => e.target.select()}
        />
        <p className="hint">Works until {dateText(props.share.expiresAt)}.</p>
      </div>
      <div className="data-actions">
        <button type="button" className="primary" onClick={copy}>
          Copy link
        </button>
        {canShare && (
          <button type="button" onClick={share}>
            Share…
          </button>
        )}
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
