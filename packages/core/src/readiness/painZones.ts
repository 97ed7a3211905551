/**
 * Pain zones of the pain-monitoring model (SPEC §2; Thomeé 1997, Silbernagel et al. 2007): 0-2 safe, 3-5
 * acceptable, 6-10 high risk. Sources in docs/evidence/readiness.md.
 */

/** A pain zone slug. */
export type PainZone = "safe" | "acceptable" | "high-risk";

/** One pain zone with its range (inclusive) and the words the app shows next to the colour. */
export interface PainZoneInfo {
  zone: PainZone;
  from: number;
  to: number;
  label: string;
  description: string;
}

/** The three pain zones, lowest first, for the pain slider and the readiness card. */
export const PAIN_ZONES: readonly PainZoneInfo[] = [
  {
    zone: "safe",
    from: 0,
    to: 2,
    label: "Safe",
    description: "Little or no pain. Training as planned is fine.",
  },
  {
    zone: "acceptable",
    from: 3,
    to: 5,
    label: "Acceptable",
    description: "Noticeable pain. You can train with changes, as long as it settles by the next morning.",
  },
  {
    zone: "high-risk",
    from: 6,
    to: 10,
    label: "High risk",
    description: "Strong pain. Today is for rest and gentle movement, not for loading your back.",
  },
];

/** The zone of a 0-10 pain rating (values outside 0-10 are clamped). */
export function painZoneOf(pain: number): PainZoneInfo {
  const p = Math.min(10, Math.max(0, Math.round(pain)));
  // The zones cover 0-10 without gaps, so a match always exists; the last zone is the safe fallback for NaN.
  return PAIN_ZONES.find((z) => p >= z.from && p <= z.to) ?? (PAIN_ZONES[PAIN_ZONES.length - 1] as PainZoneInfo);
}
