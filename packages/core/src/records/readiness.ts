/** The readiness answer (SPEC §2): the day's tier, its reasons in plain words, and whether red flags are due. */
import type { Tier } from "./vocab.js";

/** One reason behind a tier: a stable code and a plain message. */
export interface ReadinessReason {
  code: string;
  message: string;
}

/** Advice that never changes the tier (SPEC R6, R7): a stable code and a plain message. */
export interface ReadinessAdvice {
  code: string;
  message: string;
}

/** The day's readiness, as `GET /readiness` and `POST /checkins` answer it. */
export interface Readiness {
  tier: Tier;
  reasons: ReadinessReason[];
  askRedFlags: boolean;
  /** R8: red-flag keys to ask again today because the body map contradicts the answer (absent: none). */
  ask?: string[];
  /** Advice that never locks training (R6 `review`, R7); absent when there is none. */
  advice?: ReadinessAdvice[];
}
