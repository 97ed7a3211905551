/**
 * What a clearance covers (SPEC §2: "a clearance covers everything known when it was recorded").
 *
 * The rule, kept simple on purpose: let D be the user's local day of the clearance's `recordedAt`. A check-in dated
 * before D is covered whole (its yes answers and nerve symptoms were known). A check-in dated D is covered when it
 * was first stored (`createdAt`) no later than `recordedAt`; one made after the clearance on that day is new
 * information. A check-in dated after D is never covered. Same-day edits cannot be told apart from the first post
 * (the records keep no time per answer), so a day's check-in that existed at the clearance stays covered after
 * later edits; the next day's check-in asks again. Likewise an answer added afterwards to the check-in of an
 * earlier day counts as known; only the check-ins of later days bring new information.
 */
import { localDay } from "../time.js";
import type { ReadinessCheckin, ReadinessClearance } from "./inputs.js";

/** A clearance reduced to what coverage needs. */
export interface ClearanceCover {
  /** The user's local day on which the clearance was recorded. */
  coverDay: string;
  /** `recordedAt` as epoch ms, or null when it could not be read (then the whole cover day counts as covered). */
  recordedAtMs: number | null;
}

function safeLocalDay(ms: number, timeZone: string): string {
  try {
    return localDay(ms, timeZone);
  } catch {
    // An unknown time zone must not hide a clearance; UTC is the documented fallback.
    return localDay(ms, "UTC");
  }
}

/** The coverage data of one clearance in the user's time zone. */
export function clearanceCoverOf(clearance: ReadinessClearance, timeZone = "UTC"): ClearanceCover {
  const ms = Date.parse(clearance.recordedAt);
  if (Number.isNaN(ms)) return { coverDay: clearance.date, recordedAtMs: null };
  return { coverDay: safeLocalDay(ms, timeZone), recordedAtMs: ms };
}

/** The latest clearance recorded on or before `day` (later ones did not exist yet on that day), or null. */
export function latestClearanceCover(
  clearances: readonly ReadinessClearance[],
  day: string,
  timeZone = "UTC",
): ClearanceCover | null {
  let best: ClearanceCover | null = null;
  for (const c of clearances) {
    const cover = clearanceCoverOf(c, timeZone);
    if (cover.coverDay > day) continue;
    if (
      best === null ||
      cover.coverDay > best.coverDay ||
      (cover.coverDay === best.coverDay && (cover.recordedAtMs ?? 0) > (best.recordedAtMs ?? 0))
    ) {
      best = cover;
    }
  }
  return best;
}

/** True when everything on the check-in was known when the clearance was recorded (see the file comment). */
export function isCheckinCovered(
  checkin: Pick<ReadinessCheckin, "date" | "createdAt">,
  cover: ClearanceCover | null,
): boolean {
  if (cover === null) return false;
  if (checkin.date < cover.coverDay) return true;
  if (checkin.date > cover.coverDay) return false;
  if (cover.recordedAtMs === null || checkin.createdAt === undefined) return true;
  const created = Date.parse(checkin.createdAt);
  return Number.isNaN(created) || created <= cover.recordedAtMs;
}
