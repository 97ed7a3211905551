/** A trigger status as an icon and a word, so it never reads by colour alone. */
import type { TriggerStatus } from "@spotter/core";
import { Icon } from "../Icon.js";
import { STATUS_INFO } from "./view.js";

function StatusIcon({ status }: { status: TriggerStatus | "cleared" }) {
  switch (status) {
    case "trigger":
      // A filled diamond with a bar: stop and look.
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2.5}>
          <path d="M12 1.5 22.5 12 12 22.5 1.5 12z" fill="currentColor" stroke="none" />
          <path d="M12 7v6" stroke="var(--ins-badge-bg)" />
          <circle cx="12" cy="16.5" r="1.4" fill="var(--ins-badge-bg)" stroke="none" />
        </Icon>
      );
    case "suspected":
      // An open triangle: a warning, not yet a verdict.
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2.2}>
          <path d="M12 3 22 20H2z" />
          <path d="M12 9v5" />
          <circle cx="12" cy="17" r="1" fill="currentColor" />
        </Icon>
      );
    case "tolerated":
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2.4}>
          <circle cx="12" cy="12" r="10" />
          <path d="m7 12.5 3.2 3.2L17 9" />
        </Icon>
      );
    case "cleared":
      // A shield with a tick: cleared by someone who examined you.
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2.2}>
          <path d="M12 2 20 5v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z" />
          <path d="m8.5 12 2.5 2.5 4.5-5" />
        </Icon>
      );
    default:
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2.2}>
          <circle cx="12" cy="12" r="10" strokeDasharray="3 2.5" />
          <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6v.6" />
          <circle cx="12" cy="17.2" r="1" fill="currentColor" />
        </Icon>
      );
  }
}

/** The badge: icon and word. */
export function StatusBadge({ status }: { status: TriggerStatus | "cleared" }) {
  return (
    <span className={`ins-badge ins-${status}`}>
      <StatusIcon status={status} />
      {STATUS_INFO[status].word}
    </span>
  );
}
