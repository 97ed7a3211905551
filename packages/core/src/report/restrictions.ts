/**
 * X5 in the clinician report: the rules that held in the range, with their dates, and how the log kept to them,
 * week by week (sets logged while a rule held, and sets against one). Stated as facts, never as blame.
 */
import { adherenceByWeek, allRules, holdsOn, lastDayOf, ruleWords, setsAgainstRules } from "../clearance/index.js";
import type { Clearance } from "../records/clearance.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { SessionWithSets } from "../records/session.js";
import { addDays, daysBetween } from "../time.js";
import { plural } from "./labels.js";
import type { ReportRestrictions } from "./types.js";

/** The rules that held on some day of [from, to], and adherence by week. */
export function restrictionsSection(
  clearances: readonly Clearance[],
  sessions: readonly SessionWithSets[],
  exercises: readonly Exercise[],
  profile: Pick<Profile, "unit" | "settings" | "aggravating" | "equipment">,
  from: string,
  to: string,
): ReportRestrictions {
  const log = { profile, exercises, sessions, clearances };
  const span = Math.min(daysBetween(from, to), 1200);
  const rules = allRules(clearances)
    .filter((r) => {
      for (let i = 0; i <= span; i++) if (holdsOn(r, addDays(from, i))) return true;
      return false;
    })
    .map((r) => ({
      text: ruleWords(r, exercises, profile.unit),
      from: r.from,
      until: lastDayOf(r),
      by: r.by,
    }));
  const weeks = adherenceByWeek(log, from, to);
  const against = setsAgainstRules(log, from, to);
  const sets = weeks.reduce((n, w) => n + w.sets, 0);
  const summary =
    rules.length === 0
      ? "No clinician's rules held in this period."
      : `${plural(rules.length, "rule")} from a clinician held in this period. ` +
        (sets === 0
          ? "No sets were logged while they held."
          : `Of ${plural(sets, "set")} logged while they held, ${against.length} went against a rule ` +
            "(an exercise the rule leaves out, a load over its cap, or less effort in reserve than it asks).");
  return { rules, weeks, summary };
}
