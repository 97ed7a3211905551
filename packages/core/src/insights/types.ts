/**
 * Input and output shapes of the insights (SPEC §9 T1-T4). Inputs are structural (only the fields the insights
 * read), so stored records, API answers and test fixtures all fit without conversion.
 */
import type { Checkin } from "../records/checkin.js";
import type { ExerciseDef } from "../records/exercise.js";
import type { AggravatingEntry } from "../records/profile.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";
import type { Pattern } from "../records/vocab.js";

/** The set fields the insights read. */
export type InsightSet = Pick<LoggedSet, "sessionId" | "exerciseId" | "warmup" | "pain" | "painKind"> &
  Partial<Pick<LoggedSet, "id" | "reps" | "loadKg" | "rir" | "rpe" | "belt" | "setType">>;

/** The session fields the insights read; `sets` may be nested (as `GET /sessions/:id` answers). */
export type InsightSession = Pick<TrainingSession, "id" | "date" | "painBefore"> &
  Partial<Pick<TrainingSession, "recovery" | "painAfter">> & { sets?: readonly InsightSet[] };

/** The check-in fields the insights read. */
export type InsightCheckin = Pick<Checkin, "date" | "painNow"> &
  Partial<Pick<Checkin, "sleep" | "habits" | "function" | "updatedAt">>;

/**
 * A daily entry as T3 reads it (records/daily.ts `DailyEntry` fits): water carries `amountMl`, support carries
 * `used` and `name` ("pillow" or "lumbar"), blood-flow work carries `minutes`.
 */
export interface InsightDailyEntry {
  date: string;
  kind: string;
  name?: string | null;
  amountMl?: number | null;
  used?: boolean | null;
  minutes?: number | null;
}

/** The user's log as the insights read it. Sets come from `sets`, or from each session's `sets` when absent. */
export interface InsightsLog {
  sessions: readonly InsightSession[];
  sets?: readonly InsightSet[];
  checkins: readonly InsightCheckin[];
  daily?: readonly InsightDailyEntry[];
}

/** The exercise fields the insights read (catalog `Exercise`/`ExerciseDef` fit). */
export type InsightExercise = Pick<ExerciseDef, "id" | "name" | "pattern" | "primaryMuscles" | "beltEligible"> &
  Partial<Pick<ExerciseDef, "loaded" | "equipment" | "measure">>;

/** The profile fields the trigger insights read. */
export interface InsightProfile {
  aggravating?: readonly AggravatingEntry[];
  cleared?: readonly string[];
  /** T6: the user's re-test decisions, any order. */
  retests?: readonly RetestDecision[];
}

/** T1: the next-morning comparison of one subject. */
export interface NextMorningChange {
  /** Exposure sessions with both a pre-session pain and a next-morning check-in. */
  withCount: number;
  /** Mean of (next-morning pain minus pre-session pain) over those sessions, or null. */
  withMean: number | null;
  /** Sessions with no set of the subject that have both values. */
  withoutCount: number;
  withoutMean: number | null;
  /** Exposure sessions whose next morning was worse than the pre-session pain. */
  worseCount: number;
  /** withMean minus withoutMean (minus 0 when fewer than 2 sessions without); null when withCount is 0. */
  change: number | null;
}

/** T1 statistics shared by exercises and patterns. */
export interface SubjectStats {
  /** Display name used in sentences (the exercise name, or "hinge movements"). */
  name: string;
  /** Sessions with a set of the subject that carries a pain value. */
  exposures: number;
  /** Sets with a pain value. */
  setsWithPain: number;
  /** Mean pain during, over sets with a pain value. */
  meanPain: number | null;
  maxPain: number | null;
  /** Sessions with a sharp or radiating set of the subject (one event per session). */
  sharpEvents: number;
  /** Sessions with an in-session red response: a sharp or radiating set, or pain above 5. */
  redResponses: number;
  /** Dates of those sessions, oldest first. */
  redDates: string[];
  /** Dates of sharp or radiating events, oldest first. */
  sharpDates: string[];
  /** Date of the last exposure, or null. */
  lastDate: string | null;
  /** Sessions with a set of the subject but no pain value (imported). */
  unratedSessions: number;
  nextMorning: NextMorningChange;
  /**
   * T2: other exercises present in every measured exposure that also show a change of +2 or more (their names).
   * Next-morning evidence never makes a trigger while this is non-empty; T5 tells them apart.
   */
  confoundedWith?: string[];
  /** T5/T6: the last verdict. Every other figure here counts from it onward (a verdict outranks earlier evidence). */
  verdict?: TriggerVerdict;
  /** T5: separated results since the last verdict, oldest first. */
  separated?: TestResult[];
  /** T6: re-test results since the re-test was accepted, oldest first. */
  retest?: TestResult[];
}

/** One T5 separated exposure or T6 re-test session: its day, the next-morning change and the pain during it. */
export interface TestResult {
  date: string;
  /** Next-morning pain minus pre-session pain. */
  change: number;
  /** Highest pain during the exercise that session. */
  maxPain: number;
  /** Sharp or radiating pain during the exercise that session. */
  sharp: boolean;
  /** Whether it counts as a clean result (T5) or a pass (T6). */
  clean: boolean;
}

/** A T5 or T6 verdict on an exercise. */
export interface TriggerVerdict {
  by: "T5" | "T6";
  result: "trigger" | "tolerated";
  /** The day of the session that decided it. */
  date: string;
  /** The results that decided it, oldest first. */
  results: TestResult[];
}

/** T6: a re-test the user accepted (or declined) on a day. */
export interface RetestDecision {
  exerciseId: string;
  accept: boolean;
  /** The local day of the decision. */
  date: string;
}

/** T1 statistics of one exercise. */
export interface ExerciseStats extends SubjectStats {
  exerciseId: string;
  /** The catalog pattern, or null when the exercise is not in the list given. */
  pattern: Pattern | null;
}

/** T1 statistics of one movement pattern (information only: statuses are per exercise). */
export interface PatternStats extends SubjectStats {
  pattern: Pattern;
}

/** T2 status of an exercise. */
export type TriggerStatus = "trigger" | "suspected" | "tolerated" | "unknown";

/** Which T2 criterion decided the status. */
export type TriggerReason =
  | "sharp-events"
  | "reds-within-14-days"
  | "next-morning-worse"
  | "one-sharp-event"
  | "red-response"
  | "next-morning-slightly-worse"
  | "next-morning-confounded"
  | "separated-trigger"
  | "separated-tolerated"
  | "retest-failed"
  | "retest-passed"
  | "tolerated"
  | "no-next-morning"
  | "next-morning-not-settled"
  | "pain-above-3"
  | "too-few-exposures"
  | "no-rated-sets";

/** The answer of the T2 status function. */
export interface TriggerStatusResult {
  status: TriggerStatus;
  reason: TriggerReason;
  /** One or two plain sentences naming the exercise and the numbers behind the status. */
  evidence: string;
  /** True when the log says trigger or suspected but the user cleared the exercise. */
  overruledByUser: boolean;
}
