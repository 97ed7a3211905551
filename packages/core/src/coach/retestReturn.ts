/**
 * T6 after two passes: which re-tested exercises come back into the plan, and the sentence that says why. Their
 * next targets ramp from the re-test load (`targets.ts`, O7's steps).
 */
import { type ExerciseStats, latestRetestDecision, type TriggerStatus } from "../insights/index.js";
import type { PlanReturn } from "../planning/index.js";
import { coachTriggerStats } from "./separation.js";
import type { CoachLog } from "./types.js";

/**
 * The exercises the user agreed to re-test whose latest verdict, given after that yes, is T6's "tolerated". The
 * trigger walk runs only when some accepted re-test has become tolerated (most logs have none).
 */
export function retestReturns(
  log: CoachLog,
  statuses: Map<string, TriggerStatus>,
  stats?: Map<string, ExerciseStats>,
): PlanReturn[] {
  const ids = [...new Set((log.retests ?? []).map((r) => r.exerciseId))].filter(
    (id) => statuses.get(id) === "tolerated" && latestRetestDecision(log.retests ?? [], id)?.accept === true,
  );
  if (ids.length === 0) return [];
  const walked = stats ?? coachTriggerStats(log);
  const byId = new Map(log.exercises.map((e) => [e.id, e]));
  const out: PlanReturn[] = [];
  for (const id of ids.sort()) {
    const decision = latestRetestDecision(log.retests ?? [], id);
    const verdict = walked.get(id)?.verdict;
    const name = byId.get(id)?.name;
    if (!decision || !name || verdict?.by !== "T6" || verdict.result !== "tolerated" || verdict.date < decision.date)
      continue;
    out.push({
      exerciseId: id,
      why: `${name} is back: it passed both re-tests, so it takes its place again and builds back up from the re-test load, a step each calm session.`,
    });
  }
  return out;
}
