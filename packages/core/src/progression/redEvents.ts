/**
 * O3: in-session red events (sharp, radiating, or pain above 5 during an exercise) and the "two within 14 days"
 * test that makes an exercise a trigger through T2. Exported so that the trigger statistics count the same way.
 */
import { daysBetween } from "../time.js";
import type { ProgressionSet, SessionLog } from "./types.js";

/** One session in which an exercise gave an in-session red. */
export interface InSessionRedEvent {
  exerciseId: string;
  sessionId: string;
  date: string;
  /** The most telling kind seen in that session: radiating, then sharp, then pain above 5. */
  kind: "radiating" | "sharp" | "pain-above-5";
}

/** The window, in whole calendar days counted inclusively, in which two reds make a trigger (O3). */
export const RED_EVENT_WINDOW_DAYS = 14;

/** The in-session red kind of one set, or null. */
export function setRedKind(set: Pick<ProgressionSet, "pain" | "painKind">): InSessionRedEvent["kind"] | null {
  if (set.painKind === "radiating") return "radiating";
  if (set.painKind === "sharp") return "sharp";
  if (set.pain !== null && set.pain > 5) return "pain-above-5";
  return null;
}

const KIND_RANK: Record<InSessionRedEvent["kind"], number> = { radiating: 0, sharp: 1, "pain-above-5": 2 };

/**
 * O3: one event per session and exercise that showed an in-session red, oldest first (optionally for one exercise).
 * Imported sets without pain give none.
 */
export function inSessionRedEvents(
  sessions: ReadonlyArray<Pick<SessionLog, "id" | "date" | "sets">>,
  exerciseId?: string,
): InSessionRedEvent[] {
  const out: InSessionRedEvent[] = [];
  for (const session of sessions) {
    const byExercise = new Map<string, InSessionRedEvent["kind"]>();
    for (const set of session.sets) {
      if (exerciseId !== undefined && set.exerciseId !== exerciseId) continue;
      const kind = setRedKind(set);
      if (kind === null) continue;
      const seen = byExercise.get(set.exerciseId);
      if (seen === undefined || KIND_RANK[kind] < KIND_RANK[seen]) byExercise.set(set.exerciseId, kind);
    }
    for (const [id, kind] of byExercise) {
      out.push({ exerciseId: id, sessionId: session.id, date: session.date, kind });
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.exerciseId.localeCompare(b.exerciseId) ||
      a.sessionId.localeCompare(b.sessionId),
  );
}

/**
 * O3: the exercises with two in-session reds in separate sessions inside one window of 14 calendar days (both days
 * included, so at most 13 days apart).
 */
export function exercisesWithRepeatedRed(
  events: ReadonlyArray<InSessionRedEvent>,
  windowDays: number = RED_EVENT_WINDOW_DAYS,
): string[] {
  const byExercise = new Map<string, InSessionRedEvent[]>();
  for (const e of events) byExercise.set(e.exerciseId, [...(byExercise.get(e.exerciseId) ?? []), e]);
  const out: string[] = [];
  for (const [id, list] of byExercise) {
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && prev.sessionId !== cur.sessionId && daysBetween(prev.date, cur.date) <= windowDays - 1) {
        out.push(id);
        break;
      }
    }
  }
  return out.sort();
}

/** O3: true when the events hold two in-session reds of one exercise within 14 days. */
export function repeatedInSessionRed(
  events: ReadonlyArray<InSessionRedEvent>,
  windowDays: number = RED_EVENT_WINDOW_DAYS,
): boolean {
  return exercisesWithRepeatedRed(events, windowDays).length > 0;
}
