/**
 * P5 (R2, R3) and G3: the recovery session: an easy walk, gentle stretching, corrective core work at a low dose,
 * supported decompression, and heat or cold guidance as notes. The SPEC names its contents, so they are looked up
 * by id and filtered by the user's equipment and exclusions; isRecoveryExercise tells the server which sets
 * belong to it (under an R2 lock anything else is stored, flagged and answered stop-exercise).
 */
import { exerciseById } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Pattern, Tier } from "../records/vocab.js";
import { planItemFor } from "./dose.js";
import { isPlannable } from "./eligibility.js";
import type { PlanBlock, PlanItem, PlanStatusOf } from "./types.js";

/** The catalog ids the recovery session is made of, by part, in order of preference. */
export const RECOVERY_SESSION_IDS = {
  walking: ["walking", "treadmill-walk"],
  stretching: ["cat-cow", "pelvic-tilt", "figure-four-stretch", "supine-hamstring-stretch"],
  core: ["curl-up", "bird-dog", "side-plank-knees", "dead-bug"],
  decompression: ["supine-90-90-rest", "prone-lying-rest"],
} as const;

/** Patterns that are gentle by nature and always count as recovery work. */
const GENTLE_PATTERNS: readonly Pattern[] = ["decompression", "soft-tissue", "mobility"];

const ALL_IDS: ReadonlySet<string> = new Set(Object.values(RECOVERY_SESSION_IDS).flat());

/** Heat and cold guidance shown with the recovery session (sources in PLANNING.md). */
export const HEAT_COLD_NOTES: readonly string[] = [
  "Warmth often eases a stiff, achy back: a warm shower, a heat wrap or a hot-water bottle in a towel for 15 to 20 minutes.",
  "Some people prefer cold in the first days of a flare: an ice pack wrapped in a cloth for 10 to 15 minutes. Use whichever feels better, and check your skin afterwards.",
  "Stop any item that makes your pain sharper or sends it down a leg.",
];

/** What the recovery session reads. */
export interface RecoverySessionInput {
  profile: Profile;
  exercises: readonly Exercise[];
  statusOf: PlanStatusOf;
  tier?: Tier;
}

/** True when a set of this exercise belongs to recovery work (the named session parts or a gentle pattern). */
export function isRecoveryExercise(exerciseId: string, exercises: readonly Exercise[] = []): boolean {
  if (ALL_IDS.has(exerciseId)) return true;
  const ex = exercises.find((e) => e.id === exerciseId) ?? exerciseById(exerciseId);
  return ex !== undefined && GENTLE_PATTERNS.includes(ex.pattern);
}

/** The recovery session for the day: one recovery block with its items and notes. */
export function recoverySession(input: RecoverySessionInput): { blocks: PlanBlock[] } {
  const rules = { profile: input.profile, statusOf: input.statusOf };
  const ok = (id: string): Exercise | undefined => {
    const ex = input.exercises.find((e) => e.id === id);
    if (!ex || !isPlannable(ex, rules) || input.statusOf(id) === "suspected") return undefined;
    return ex;
  };
  const first = (ids: readonly string[]) => ids.map(ok).find((e) => e !== undefined);
  const all = (ids: readonly string[]) => ids.map(ok).filter((e): e is Exercise => e !== undefined);
  const goal = input.profile.goal;
  const item = (ex: Exercise, sets: number, why: string, seconds?: number): PlanItem => {
    const it = planItemFor(ex, "recovery", { goal, targetRir: 0, sets, why, ...(seconds ? { seconds } : {}) });
    if (it.seconds === undefined) it.reps = [5, 8];
    return it;
  };
  const items: PlanItem[] = [];
  const walk = first(RECOVERY_SESSION_IDS.walking);
  if (walk)
    items.push(
      item(
        walk,
        1,
        "An easy walk, at a pace where you could still talk, gets blood moving without loading your back.",
        900,
      ),
    );
  for (const ex of all(RECOVERY_SESSION_IDS.stretching).slice(0, 3)) {
    items.push(item(ex, 1, "Move only through the range that feels easy.", ex.measure === "seconds" ? 30 : undefined));
  }
  for (const ex of all(RECOVERY_SESSION_IDS.core).slice(0, 2)) {
    items.push(
      item(
        ex,
        2,
        "A few slow, easy repetitions keep your trunk muscles working at a low dose.",
        ex.measure === "seconds" ? 15 : undefined,
      ),
    );
  }
  const rest = first(RECOVERY_SESSION_IDS.decompression);
  if (rest) items.push(item(rest, 1, "Lying supported lets your back settle at the end.", 120));
  const notes = [...HEAT_COLD_NOTES];
  if (input.tier === "R2") {
    notes.unshift(
      "Loaded training waits until a professional has checked your symptoms and you record the clearance. Until then, keep to gentle work like this.",
    );
  } else if (input.tier === "R3") {
    notes.unshift("Today is for recovery. Your plan picks up again once your pain settles.");
  }
  return { blocks: [{ kind: "recovery", items, notes }] };
}
