/**
 * T6 on Today: an accepted re-test puts the trigger back into today's session, in place of the exercise that stood
 * in for it, at 50% of its last working load before the re-test (rounded down to a loadable weight), with the
 * decision rule said before the first set. Each re-test session must meet the offer's day rule (a calm stretch);
 * on any other day the stand-in keeps its place. After two passes the exercise is tolerated again (T2) and the plan
 * takes it back; its next targets then ramp from the re-test load by O7's steps (`progression/rampAnchor.ts`).
 */
import { type ExerciseStats, latestRetestDecision, RETEST_RULE_TEXT, type TriggerStatus } from "../insights/index.js";
import type { PlanItem, TodayAnswer } from "../planning/index.js";
import { roundLoadKg } from "../units.js";
import { calmStretch, RETEST_RULES } from "./retest.js";
import type { CoachLog } from "./types.js";

/** One re-test due today: the exercise, its load, and the rule said before the first set. */
export interface RetestDue {
  exerciseId: string;
  loadKg: number | null;
  rule: string;
}

/** The heaviest working load of the exercise's last session before `day`, or null (T6: the load a re-test halves). */
export function lastLoadBefore(log: CoachLog, exerciseId: string, day: string): number | null {
  let best: { at: string; kg: number } | null = null;
  for (const s of log.sessions) {
    if (s.date >= day) continue;
    let top = 0;
    for (const x of s.sets) if (x.exerciseId === exerciseId && !x.warmup) top = Math.max(top, x.loadKg ?? 0);
    if (top > 0 && (!best || s.startedAt > best.at)) best = { at: s.startedAt, kg: top };
  }
  return best?.kg ?? null;
}

/**
 * T6: the re-tests due today: triggers the user said yes to after their latest verdict, on a day that meets the
 * offer's day rule (each of the last 7 days checked in and calm).
 */
export function retestsDueToday(
  log: CoachLog,
  date: string,
  statuses: Map<string, TriggerStatus>,
  stats: Map<string, ExerciseStats>,
): RetestDue[] {
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const due: RetestDue[] = [];
  for (const [id, status] of statuses) {
    if (status !== "trigger") continue;
    const decision = latestRetestDecision(log.retests ?? [], id);
    if (!decision?.accept || decision.date > date) continue;
    const verdict = stats.get(id)?.verdict;
    if (verdict && verdict.date >= decision.date) continue;
    const def = byId.get(id);
    if (!def) continue;
    // The load before the re-test began, so the second re-test session is not half of the first.
    const last = lastLoadBefore(log, id, decision.date);
    const loadKg =
      last !== null && last > 0 ? roundLoadKg(last * RETEST_RULES.loadShare, def, log.profile.unit, "down") : null;
    due.push({ exerciseId: id, loadKg, rule: RETEST_RULE_TEXT });
  }
  if (due.length === 0 || !calmStretch(log, date)) return [];
  return due.sort((a, b) => a.exerciseId.localeCompare(b.exerciseId));
}

/** The re-test item: the stand-in's dose (or a moderate one), the re-test load, and the rule as its why. */
function retestItem(due: RetestDue, base: PlanItem | undefined): PlanItem {
  const item: PlanItem = {
    exerciseId: due.exerciseId,
    sets: Math.min(base?.sets ?? 2, 3),
    reps: base ? [...base.reps] : [8, 12],
    targetRir: Math.max(base?.targetRir ?? 3, 3),
    restSeconds: base?.restSeconds ?? 90,
    why: `Re-test at half your last load. ${due.rule}`,
  };
  if (due.loadKg !== null) item.loadKg = due.loadKg;
  return item;
}

/**
 * T6: today's session with each due re-test in it: in place of a loaded item of the same pattern (its stand-in),
 * or added to the main block. The recovery session and rest days are left as they are.
 */
export function applyRetests<T extends TodayAnswer>(today: T, due: readonly RetestDue[], log: CoachLog): T {
  const session = today.session;
  if (!session || session.recovery || due.length === 0) return today;
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  let blocks = session.blocks;
  const added: string[] = [];
  for (const d of due) {
    const def = byId.get(d.exerciseId);
    if (!def) continue;
    const present = blocks.some((b) => b.items.some((i) => i.exerciseId === d.exerciseId));
    const bi = blocks.findIndex(
      (b) =>
        (b.kind === "main" || b.kind === "glute-core") &&
        b.items.some((i) => i.exerciseId === d.exerciseId || byId.get(i.exerciseId)?.pattern === def.pattern),
    );
    if (bi >= 0) {
      blocks = blocks.map((b, k) => {
        if (k !== bi) return b;
        const at = present
          ? b.items.findIndex((i) => i.exerciseId === d.exerciseId)
          : b.items.findIndex((i) => byId.get(i.exerciseId)?.pattern === def.pattern);
        return { ...b, items: b.items.map((it, j) => (j === at ? retestItem(d, it) : it)) };
      });
    } else {
      const mi = blocks.findIndex((b) => b.kind === "main");
      if (mi < 0) continue;
      blocks = blocks.map((b, k) => (k === mi ? { ...b, items: [...b.items, retestItem(d, undefined)] } : b));
    }
    added.push(def.name.toLowerCase());
  }
  if (added.length === 0) return today;
  const note = `Today holds the re-test you agreed to (${added.join(", ")}), at half your last load. The rule is in its line: read it before the first set.`;
  return { ...today, session: { ...session, blocks }, notes: [...(today.notes ?? []), note] };
}
