/** A link just made: shown this once, with copy and the system share sheet (where the browser has one). */
import { type Ref, useId } from "react";
import type { CreatedShare } from "../../api/data.js";
import { ShownOnce } from "../ShownOnce.js";
import { dateText, shareName } from "./shareText.js";

/** The new link card; `url` is already absolute. */
export function NewLink(props: {
  share: CreatedShare;
  url: string;
  onDone: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const id = useId();
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
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
      <ShownOnce
        id={`${id}-url`}
        oneLine
        label={`Link for ${shareName(props.share)}`}
        hint={`Works until ${dateText(props.share.expiresAt)}.`}
        value={props.url}
        copyLabel="Copy link"
        copied="Link copied. Paste it into a message or an email."
        notCopied="Copy did not work here. Select the link above and copy it."
        more={
          canShare && (
            <button type="button" onClick={share}>
              Share…
            </button>
          )
        }
        onDone={props.onDone}
      />
    </section>
  );
}
