/**
 * G4 (revised 2026-12) on Today: the belt cue never pushes the user past Spotter's own one-third warning. An
 * exercise whose working sets were belted more than a third of the time in the last 4 weeks (each exercise counted
 * on its own) loses today's cue, and Today says so where the belt is used; otherwise the cue is the index of the
 * item's last working set, and none with 1-2 working sets.
 */
import { blocksWithBeltCueIndex, type TodayAnswer } from "../planning/index.js";
import { beltShare, beltShareWindow, datedSets } from "../session/index.js";
import { addDays } from "../time.js";
import type { CoachLog } from "./types.js";

/** Today with each belt cue as a set index, or dropped with a warning for an exercise belted too often (G4). */
export function beltOnToday<T extends TodayAnswer>(today: T, log: CoachLog, date: string): T {
  if (!today.session) return today;
  const blocks = blocksWithBeltCueIndex(today.session.blocks);
  const since = addDays(date, -28);
  const recent = datedSets(log.sessions.filter((s) => s.date >= since && s.date <= date));
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const notes: string[] = [];
  const out = blocks.map((b) => ({
    ...b,
    items: b.items.map((it) => {
      const ex = byId.get(it.exerciseId);
      if (!ex?.beltEligible) return it;
      const share = beltShare(
        recent.filter((x) => x.exerciseId === it.exerciseId),
        new Map([[ex.id, ex]]),
        beltShareWindow(date),
      );
      if (!share.warn) return it;
      notes.push(
        `You wore the belt on ${share.belted} of ${share.total} working sets of ${ex.name.toLowerCase()} in the last 4 weeks, more than a third. Today it has no belt set: brace without it, and keep the belt for the top set from now on.`,
      );
      const { beltCue: _cue, ...rest } = it;
      return rest;
    }),
  }));
  return {
    ...today,
    session: { ...today.session, blocks: out },
    ...(notes.length > 0 ? { notes: [...(today.notes ?? []), ...notes] } : {}),
  };
}
