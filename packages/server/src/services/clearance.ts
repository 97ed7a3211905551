/**
 * `POST /clearance` (SPEC §2, X5): checks a clearance's rules against the user's library and earlier rules, gives
 * each rule its id, and says in one line what recording it unlocked.
 */
import { allRules, type ClearanceInput, PATTERNS, type Readiness, type RestrictionRule } from "@spotter/core";
import { invalidField } from "../errors.js";
import type { UserLog } from "./log.js";
import { assertQueryDay } from "./today.js";

const PATTERN_SET: ReadonlySet<string> = new Set(PATTERNS);

/** The posted rules with ids, after checking every exercise id, scope, date and lifted id (a 400 names the field). */
export function checkedRules(
  input: ClearanceInput,
  log: Pick<UserLog, "exercises" | "clearances">,
  today: string,
  newId: () => string,
): { rules: RestrictionRule[]; lifts: string[] } {
  const known = new Set(log.exercises.map((e) => e.id));
  const rules = (input.rules ?? []).map((rule, i): RestrictionRule => {
    if (rule.kind === "exercise" && !known.has(rule.value)) {
      throw invalidField(`rules.${i}.value`, "is not an exercise in your library");
    }
    if (rule.kind === "load-cap" || rule.kind === "effort-cap") {
      (rule.scope ?? []).forEach((s, k) => {
        if (!known.has(s) && !PATTERN_SET.has(s)) {
          throw invalidField(`rules.${i}.scope.${k}`, "is neither an exercise in your library nor a movement pattern");
        }
      });
    }
    if (rule.until !== undefined) {
      if (rule.until < input.date) throw invalidField(`rules.${i}.until`, "is before the clearance's date");
      assertQueryDay(today, rule.until, `rules.${i}.until`);
    }
    return { ...rule, id: newId() } as RestrictionRule;
  });
  const earlier = new Set(allRules(log.clearances).map((r) => r.rule.id));
  const lifts = [...new Set(input.lifts ?? [])];
  lifts.forEach((id, i) => {
    if (!earlier.has(id)) throw invalidField(`lifts.${i}`, "is not one of your clearance rules");
  });
  return { rules, lifts };
}

/** One plain line on what recording the clearance changed, from the day's readiness before and after. */
export function unlockedWords(before: Readiness, after: Readiness, rules: number, lifted: number): string {
  const parts: string[] = [];
  const locked = (r: Readiness) => r.tier === "R1" || r.tier === "R2";
  if (locked(before) && !locked(after)) {
    parts.push(
      before.tier === "R1"
        ? "Training is unlocked: the urgent lock is lifted."
        : "Loaded training is unlocked: the lock is lifted.",
    );
  } else if (locked(after))
    parts.push("Training stays locked: something the clearance does not cover still needs a clinician.");
  else parts.push("Nothing was locked; the clearance is on record.");
  if (rules > 0) parts.push(`${rules} ${rules === 1 ? "rule" : "rules"} from it now shape your plan.`);
  if (lifted > 0) parts.push(`${lifted} earlier ${lifted === 1 ? "rule ends" : "rules end"} today.`);
  return parts.join(" ");
}
