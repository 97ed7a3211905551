/** Tier icons: a distinct shape per tier, so the tier reads without colour too. */

import type { Tier } from "@spotter/core";
import { Icon } from "./Icon.js";

/** The icon of a tier (decorative: the tier's word is always next to it). */
export function TierIcon({ tier }: { tier: Tier }) {
  switch (tier) {
    case "R1":
      // An octagon with an exclamation bar: the stop sign shape.
      return (
        <Icon viewBox="0 0 36 36" strokeWidth={3}>
          <polygon points="11,2 25,2 34,11 34,25 25,34 11,34 2,25 2,11" fill="currentColor" stroke="none" />
          <line x1="18" y1="9" x2="18" y2="21" stroke="var(--tier-soft)" />
          <circle cx="18" cy="27" r="2" fill="var(--tier-soft)" stroke="none" />
        </Icon>
      );
    case "R2":
      return (
        <Icon viewBox="0 0 36 36" strokeWidth={3}>
          <polygon points="18,3 34,32 2,32" />
          <line x1="18" y1="13" x2="18" y2="22" />
          <circle cx="18" cy="27" r="1.5" fill="currentColor" />
        </Icon>
      );
    case "R3":
      // A crescent moon: rest.
      return (
        <Icon viewBox="0 0 36 36" strokeWidth={3}>
          <path d="M24 4a14 14 0 1 0 8 22A11 11 0 0 1 24 4z" fill="currentColor" stroke="none" />
        </Icon>
      );
    case "R4":
      // A half-filled circle: training, adjusted.
      return (
        <Icon viewBox="0 0 36 36" strokeWidth={3}>
          <circle cx="18" cy="18" r="15" />
          <path d="M18 3a15 15 0 0 1 0 30z" fill="currentColor" stroke="none" />
        </Icon>
      );
    default:
      return (
        <Icon viewBox="0 0 36 36" strokeWidth={3}>
          <circle cx="18" cy="18" r="15" />
          <polyline points="10,18 16,24 27,12" />
        </Icon>
      );
  }
}
