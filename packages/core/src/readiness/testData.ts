/** Builders for readiness tests: small, readable check-ins, sessions and clearances. Not exported from the index. */
import type { NerveEntry } from "../records/checkin.js";
import { RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";
import type { ReadinessCheckin, ReadinessClearance, ReadinessInput } from "./inputs.js";

/** Every red-flag question answered "no". */
export function allNo(): Record<RedFlagKey, boolean> {
  return Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) as Record<RedFlagKey, boolean>;
}

/** A calm check-in on `date`: pain 1, no everyday pain, every red flag answered no, created at 08:00 UTC. */
export function checkin(date: string, over: Partial<ReadinessCheckin> = {}): ReadinessCheckin {
  return {
    date,
    painNow: 1,
    everydayPain: "none",
    nerve: [],
    redFlags: allNo(),
    createdAt: `${date}T08:00:00Z`,
    ...over,
  };
}

/** A nerve entry. */
export function nerve(kind: NerveEntry["kind"], region: NerveEntry["region"], trend: NerveEntry["trend"]): NerveEntry {
  return { kind, region, trend };
}

/** A clearance recorded at 12:00 UTC on `date`. */
export function clearance(date: string, time = "12:00:00Z"): ReadinessClearance {
  return { date, recordedAt: `${date}T${time}` };
}

/** A readiness input for `date` with the given check-ins. */
export function input(date: string, checkins: ReadinessCheckin[], over: Partial<ReadinessInput> = {}): ReadinessInput {
  return { date, checkins, sessions: [], clearances: [], timeZone: "UTC", ...over };
}
