/**
 * The clinician report (SPEC §12 X3) as plain data: every number and every sentence a renderer prints, so the HTML
 * page, the PDF and the JSON answer all say the same thing. Weights carry both kg and the text in the user's unit.
 */

import type { RetestDecision } from "../insights/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import type { Checkin, NerveEntry } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { SessionWithSets } from "../records/session.js";
import type { EverydayPain, NerveKind, NerveTrend, Pattern, RedFlagKey, Tier, Unit } from "../records/vocab.js";

/** Everything the report reads: the same data as the server's `UserLog`, the range and the clock. */
export interface ClinicianReportInput {
  /** First local day of the range, `YYYY-MM-DD` (inclusive). */
  from: string;
  /** Last local day of the range (inclusive). */
  to: string;
  /** The instant the report is made, epoch ms (for the generated-at line only). */
  now: number;
  profile: Profile;
  /** The catalog plus the user's custom exercises. */
  exercises: readonly Exercise[];
  /** Sessions with their sets, any order. */
  sessions: readonly SessionWithSets[];
  checkins: readonly Checkin[];
  clearances: readonly Clearance[];
  /** The current plan, when known: "offered instead" then names the swap it made. */
  plan?: WeeklyPlan;
  /** T6: the user's re-test answers (absent: none); the trigger list and its tests read them as the app does. */
  retests?: readonly RetestDecision[];
}

/** X5: the clinician's rules that held in the range and how the log kept to them. */
export interface ReportRestrictions {
  rules: { text: string; from: string; until: string | null; by: string }[];
  /** By week (Monday first) while a rule held: sets logged and sets against a rule. */
  weeks: { weekStart: string; sets: number; against: number }[];
  summary: string;
}

/** One day of the pain trend. */
export interface ReportPainDay {
  date: string;
  /** That day's check-in pain (0-10), or null without a check-in. */
  pain: number | null;
  /** Mean check-in pain over the 7 and 28 days ending that day (earlier check-ins count), or null. */
  avg7: number | null;
  avg28: number | null;
}

/** The mean pain of one 7-day window at an end of the range. */
export interface ReportWindow {
  from: string;
  to: string;
  checkins: number;
  /** Mean check-in pain in the window, or null without check-ins. */
  mean: number | null;
}

/** Pain over the range. */
export interface ReportPain {
  days: ReportPainDay[];
  /** Days of the range with a check-in. */
  checkinDays: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  firstWeek: ReportWindow;
  lastWeek: ReportWindow;
  /** Last week's mean minus the first week's; null unless each window has enough check-ins. */
  change: number | null;
  direction: "lower" | "higher" | "similar" | null;
  summary: string;
}

/** Everyday-pain answers over the range. */
export interface ReportEverydayPain {
  counts: Record<EverydayPain, number>;
  /** Check-ins with pain in some or most everyday tasks. */
  daysWithPain: number;
  summary: string;
}

/** One row of the check-ins table. */
export interface ReportCheckinRow {
  date: string;
  pain: number;
  everydayPain: EverydayPain;
  everydayPainText: string;
  regions: string[];
  /** Regions in words, "none marked" when empty. */
  regionsText: string;
  /** Sleep in one line ("7 h, quality 3 of 5, side, support used"), or "not recorded". */
  sleepText: string;
  /** Function-check score 0-100 (100 = no limitation), or null. */
  functionScore: number | null;
  /** The user's own note, verbatim (renderers must escape it). */
  note: string | null;
}

/** One nerve-symptom entry of a check-in. */
export interface ReportNerveEntry extends NerveEntry {
  date: string;
  kindText: string;
  regionText: string;
  trendText: string;
}

/** Nerve symptoms over the range. */
export interface ReportNerve {
  entries: ReportNerveEntry[];
  /** Distinct symptoms (kind and side) with the latest trend of each. */
  symptoms: {
    kind: NerveKind;
    side: "left" | "right" | "centre";
    latest: NerveTrend;
    lastDate: string;
    text: string;
  }[];
  summary: string;
}

/** A red-flag question answered "yes". */
export interface ReportRedFlagYes {
  date: string;
  key: RedFlagKey;
  /** The sign in a few clinical words. */
  label: string;
  /** R1 urgent or R2 see a professional. */
  tier: "R1" | "R2";
}

/** A clearance the user recorded. */
export interface ReportClearance {
  date: string;
  by: string;
  restrictions: string | null;
  recordedAt: string;
  /** The user's local day when it was recorded (their profile's zone): what the report shows as "Recorded". */
  recordedDay: string;
  /** False for the latest clearance before the range, shown because it was still in force at its start. */
  inRange: boolean;
}

/** Red-flag answers and clearances. */
export interface ReportRedFlags {
  yes: ReportRedFlagYes[];
  /** Days on which at least one question was answered. */
  answeredDates: string[];
  clearances: ReportClearance[];
  summary: string;
}

/** A run of consecutive days on the same locking tier (R1 or R2). */
export interface ReportLockSpell {
  from: string;
  to: string;
  tier: Tier;
  /** The first reason of the spell's first day, in the app's words. */
  reason: string;
}

/** Readiness tier per day as the app computed it on that day. */
export interface ReportReadiness {
  /** Each day's tier; `noCheckin` marks a day without a check-in (shown as "no check-in", never as a tier). */
  days: { date: string; tier: Tier; noCheckin?: true }[];
  /** Days per tier, days without a check-in left out (unless a lock applied). */
  counts: Record<Tier, number>;
  /** Days without a check-in and without a lock. */
  noCheckin: number;
  spells: ReportLockSpell[];
  /** True when the range was longer than the readiness series allows and only its end is shown. */
  truncated: boolean;
  summary: string;
}

/** One exercise in the trigger lists. */
export interface ReportTrigger {
  subject: { exerciseId: string } | { pattern: Pattern };
  name: string;
  /** "found" from the log, "named" when the user listed it as aggravating. */
  source: "found" | "named";
  exposures: number;
  lastDate: string | null;
  /** The app's own evidence sentence for the status. */
  evidence: string;
}

/** Triggers as of the end of the range. */
export interface ReportTriggers {
  confirmed: ReportTrigger[];
  suspected: ReportTrigger[];
  /** Movements the user named as aggravating (exercises and whole patterns). */
  named: { name: string; kind: "exercise" | "pattern" }[];
  /** Exercises the user cleared against the log's verdict. */
  cleared: { exerciseId: string; name: string; evidence: string | null }[];
  /** T5/T6: every exercise a test concerns, with the test and its outcome in words. */
  tests: { exerciseId: string; name: string; test: string; evidence: string }[];
  summary: string;
}

/** One exercise's training over the range. */
export interface ReportExerciseRow {
  exerciseId: string;
  name: string;
  sessions: number;
  workingSets: number;
  /** Heaviest working set, kg, or null for unloaded work. */
  bestLoadKg: number | null;
  /** The heaviest set in the user's unit with its reps ("100 kg x 5"), or "no load". */
  bestLoadText: string;
  meanPain: number | null;
  maxPain: number | null;
  /** Sets with sharp or radiating pain. */
  sharpOrRadiating: number;
}

/** A session that hurt: a set above 5, a sharp or radiating set, or pain after above 5. */
export interface ReportPainfulSession {
  date: string;
  title: string | null;
  painBefore: number | null;
  painAfter: number | null;
  maxPain: number | null;
  /** What made it count, in words. */
  why: string;
  /** Exercises with a set that hurt. */
  exercises: string[];
  note: string | null;
}

/** Training done over the range. */
export interface ReportTraining {
  sessions: number;
  recoverySessions: number;
  workingSets: number;
  warmupSets: number;
  exercises: ReportExerciseRow[];
  painful: ReportPainfulSession[];
  summary: string;
}

/** An exercise or pattern the plan leaves out, and what stands in for it. */
export interface ReportAvoided {
  name: string;
  why: string;
  /** The plan's first alternative, or null when none fits. */
  substitute: { exerciseId: string; name: string; why: string } | null;
  /** Working sets of it logged in the range anyway. */
  setsInRange: number;
}

/** Training avoided. */
export interface ReportTrainingAvoided {
  items: ReportAvoided[];
  summary: string;
}

/** The function check over the range. */
export interface ReportFunction {
  points: { date: string; score: number }[];
  first: number | null;
  latest: number | null;
  change: number | null;
  summary: string;
}

/** The whole clinician report. */
export interface ClinicianReport {
  kind: "spotter-clinician-report";
  version: 1;
  from: string;
  to: string;
  days: number;
  unit: Unit;
  timeZone: string;
  /** ISO instant the report was made. */
  generatedAt: string;
  /** "Made on 25 Nov 2026 at 09:00 (Europe/London)." */
  generatedLine: string;
  /** Plain sentences: what the report is and what it is not. */
  notice: string[];
  /** The user's own diagnosis notes from the profile, verbatim, or null. */
  diagnosisNotes: string | null;
  pain: ReportPain;
  everydayPain: ReportEverydayPain;
  checkins: ReportCheckinRow[];
  nerve: ReportNerve;
  redFlags: ReportRedFlags;
  readiness: ReportReadiness;
  triggers: ReportTriggers;
  training: ReportTraining;
  avoided: ReportTrainingAvoided;
  functionCheck: ReportFunction | null;
  /** X5: the clinician's rules and adherence by week. */
  restrictions: ReportRestrictions;
}
