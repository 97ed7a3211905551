/**
 * P6 pins: lifts the user wants kept in the plan. A pin ranks below the safety rules (R1-R3 and X5; triggers,
 * aggravating patterns and directions) and above the P6 ceiling and P8 levels. A pin a higher rule blocks stays in
 * the profile and the plan says "pinned, held back by <rule> until <condition>".
 */
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import { type PlanExclusion, type PlanRules, planExclusion } from "./eligibility.js";
import type { PlanPinState, WeeklyPlan } from "./types.js";
import { lowerFirst } from "./wording.js";

/** One pin as the plan answers it. */
export interface PlanPin extends PlanPinState {
  exerciseId: string;
  /** "planned": in this week's plan; "held-back": a higher rule keeps it out; "no-room": the time budget did. */
  state: "planned" | "held-back" | "no-room";
  /** The rule that holds it back (absent when planned). */
  heldBackBy?: PlanExclusion | "unknown-exercise";
  /** One plain line for the user. */
  text: string;
}

/** The rule's name and the condition that ends it, in the user's words. */
function heldBackWords(ex: Exercise | undefined, why: PlanExclusion | "unknown-exercise"): [string, string] {
  const name = ex ? lowerFirst(ex.name) : "it";
  switch (why) {
    case "trigger":
      return [
        "your log (T2 shows it aggravates your back)",
        `you clear ${name} on its page or a re-test shows it is tolerated`,
      ];
    case "aggravating-exercise":
      return ["your own list of aggravating movements", `you take ${name} off that list in Your back`];
    case "aggravating-pattern":
      return [
        "your own list of aggravating movements (the whole pattern)",
        "you take the pattern off that list in Your back",
      ];
    case "aggravating-direction":
      return [
        "P9 (it loads your back in a direction you listed as aggravating)",
        "you take that direction off your list in Your back",
      ];
    case "equipment":
      return [
        "your equipment",
        `you add ${ex ? ex.equipment.filter((e) => e !== "none").join(" and ") : "what it needs"} to your equipment`,
      ];
    case "unknown-exercise":
      return ["the library", "the exercise is in your library again"];
  }
}

/** The state of every pin of a profile against a plan and the rules. */
export function pinStates(
  profile: Pick<Profile, "pinned">,
  plan: Pick<WeeklyPlan, "days">,
  exercises: readonly Exercise[],
  rules: PlanRules,
): PlanPin[] {
  const inPlan = new Set(plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId))));
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return [...new Set(profile.pinned ?? [])].map((id) => {
    const ex = byId.get(id);
    const why = ex ? planExclusion(ex, rules) : "unknown-exercise";
    if (why === null) {
      if (inPlan.has(id)) return { exerciseId: id, state: "planned", text: "Pinned: kept in your plan." };
      const text = "Pinned: your session length leaves no room for it this week; longer sessions or fewer pins would.";
      return { exerciseId: id, state: "no-room", text };
    }
    const [rule, until] = heldBackWords(ex, why);
    return {
      exerciseId: id,
      state: "held-back",
      heldBackBy: why,
      text: `Pinned, held back by ${rule} until ${until}.`,
    };
  });
}
