/**
 * P6 and P8: what fits the person, below the safety rules in precedence. P8: a beginner's main slots use beginner
 * exercises until the log has sessions in 8 different weeks; nobody is planned an exercise above their experience;
 * for age 71+ advanced exercises only when pinned and guided or supported work ranks first among equals. P6: the
 * plan's ceiling is grade C, and a pattern starts from the highest grade trained in the last 8 weeks. Pins lift these
 * limits (precedence: R1-R3 and X5; triggers, aggravating patterns and directions; pins; the ceiling and levels).
 */
import { gradeRank, type Level, levelRank } from "../catalog/index.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Grade, Pattern } from "../records/vocab.js";

/** P8 *default*: sessions in this many different weeks end a beginner's beginner-only main slots. */
export const BEGINNER_WEEKS = 8;

/** P6 *default*: the plan's grade ceiling. */
export const DEFAULT_GRADE_CEILING: Grade = "C";

/** What the log tells the plan about the person (absent: a new user). */
export interface PlanHistory {
  /** Different calendar weeks with at least one session, imports included. */
  weeksLogged: number;
  /** P6: per pattern, the highest grade trained in the last 8 weeks without a trigger. */
  trainedGrades?: Partial<Record<Pattern, Grade>>;
}

/** The limits a plan applies for one person. */
export interface PlanFit {
  /** Highest level any slot may use. */
  maxLevel: Level;
  /** Main slots take beginner exercises only. */
  mainBeginnerOnly: boolean;
  /** Age band 71+. */
  olderAdult: boolean;
  /** Exercise ids the user pinned. */
  pinned: ReadonlySet<string>;
  /** Highest grade the plan chooses on its own for a main slot. */
  ceiling: Grade;
  trainedGrades: Partial<Record<Pattern, Grade>>;
}

/** Why an exercise does not fit (lowest precedence), or null. */
export type FitExclusion = "level" | "beginner-main" | "age" | "ceiling";

/** The fit of a profile and its history. */
export function planFitOf(
  profile: Pick<Profile, "experience" | "ageBand"> & { pinned?: readonly string[] },
  history: PlanHistory = { weeksLogged: 0 },
): PlanFit {
  const beginner = profile.experience === "beginner";
  const seasoned = beginner && history.weeksLogged >= BEGINNER_WEEKS;
  return {
    maxLevel: seasoned ? "intermediate" : profile.experience,
    mainBeginnerOnly: beginner && !seasoned,
    olderAdult: profile.ageBand === "71+",
    pinned: new Set(profile.pinned ?? []),
    ceiling: DEFAULT_GRADE_CEILING,
    trainedGrades: history.trainedGrades ?? {},
  };
}

/** Why the exercise does not fit the person in this role, or null (a pin always fits). */
export function fitExclusion(
  ex: Pick<Exercise, "id" | "level" | "grade">,
  fit: PlanFit,
  main: boolean,
): FitExclusion | null {
  if (fit.pinned.has(ex.id)) return null;
  if (fit.olderAdult && ex.level === "advanced") return "age";
  if (levelRank(ex.level) > levelRank(fit.maxLevel)) return "level";
  if (main && fit.mainBeginnerOnly && ex.level !== "beginner") return "beginner-main";
  if (main && gradeRank(ex.grade) > gradeRank(fit.ceiling)) return "ceiling";
  return null;
}

/** P8: extra score (lower is better) for an older adult's free-standing work, so guided and supported come first. */
export const OLDER_ADULT_FREE_PENALTY = 7;

/** P6: score adjustment toward a pattern's start grade (prefer the highest trained grade, not above it). */
export function startGradeBonus(ex: Pick<Exercise, "pattern" | "grade">, fit: PlanFit): number {
  const start = fit.trainedGrades[ex.pattern];
  if (start === undefined) return 0;
  const g = gradeRank(ex.grade);
  const s = Math.min(gradeRank(start), gradeRank(fit.ceiling));
  // Base scores add 10 per grade; at or below the start grade this turns that into a small pull toward the start.
  return g <= s ? -15 * g : 0;
}
