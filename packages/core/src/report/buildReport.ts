/**
 * X3: the clinician report for a range of local days, built from the user's log alone. Pure: the clock, the profile
 * and the log all come in as arguments, so the same input always gives the same report.
 */
import { daysBetween } from "../time.js";
import { plural } from "./labels.js";
import { checkinRows, checkinsInRange, everydayPainSection, functionSection, painSection } from "./pain.js";
import { restrictionsSection } from "./restrictions.js";
import { nerveSection, readinessSection, redFlagSection } from "./safety.js";
import { trainingSection, workingSetsByExercise } from "./training.js";
import { avoidedSection, insightsUpTo, triggersSection } from "./triggers.js";
import type { ClinicianReport, ClinicianReportInput } from "./types.js";

/** Longest range a report covers, in days (about three years), so one request cannot ask for a lifetime. */
export const REPORT_MAX_DAYS = 1096;

/** What the report is and is not, in the project's own words; every renderer prints these first. */
export const REPORT_NOTICE: readonly string[] = [
  "Spotter is a training log and coach, not a medical device. It does not diagnose, and nothing here is a clinical assessment.",
  "Everything in this report was entered by the user in the app: pain ratings, symptoms, answers and training are self-reported and have not been checked by a clinician.",
  "Tiers, triggers and plan changes are the app's rule-based conclusions from that log; the rules are listed in the app's documentation.",
];

/** "Made on 25 Nov 2026 at 09:00 (Europe/London)." from an instant and a time zone. */
export function generatedLine(now: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(now));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `Made on ${get("day")} ${get("month")} ${get("year")} at ${get("hour")}:${get("minute")} (${timeZone}).`;
}

/**
 * Builds the report for the inclusive range [from, to]. Check-ins and clearances before `from` still feed the first
 * averages and the readiness of the first days, as they did on those days. Throws a RangeError when `from` is after
 * `to` or the range is longer than REPORT_MAX_DAYS (the server answers those with a 400 before calling).
 */
export function buildClinicianReport(input: ClinicianReportInput): ClinicianReport {
  const { from, to, profile } = input;
  const days = daysBetween(from, to) + 1;
  if (!(days >= 1)) throw new RangeError("from is after to");
  if (days > REPORT_MAX_DAYS) throw new RangeError(`the range is longer than ${plural(REPORT_MAX_DAYS, "day")}`);

  const exercises = new Map(input.exercises.map((e) => [e.id, e]));
  const inRange = checkinsInRange(input.checkins, from, to);
  const training = trainingSection(input.sessions, exercises, profile.unit, from, to);
  const insights = insightsUpTo(input.sessions, input.checkins, profile, input.exercises, to, input.retests ?? []);
  return {
    kind: "spotter-clinician-report",
    version: 1,
    from,
    to,
    days,
    unit: profile.unit,
    timeZone: profile.timeZone,
    generatedAt: new Date(input.now).toISOString(),
    generatedLine: generatedLine(input.now, profile.timeZone),
    notice: [...REPORT_NOTICE],
    diagnosisNotes: profile.diagnosisNotes && profile.diagnosisNotes.trim() !== "" ? profile.diagnosisNotes : null,
    pain: painSection(input.checkins, from, to),
    everydayPain: everydayPainSection(inRange),
    checkins: checkinRows(inRange),
    nerve: nerveSection(inRange),
    redFlags: redFlagSection(inRange, input.clearances, from, to, profile.timeZone),
    readiness: readinessSection(input.checkins, input.sessions, input.clearances, from, to, profile.timeZone),
    triggers: triggersSection(insights, profile, exercises, to),
    training,
    avoided: avoidedSection(insights, profile, input.exercises, workingSetsByExercise(training.exercises), input.plan),
    functionCheck: functionSection(inRange, from, to),
    restrictions: restrictionsSection(input.clearances, input.sessions, input.exercises, profile, from, to),
  };
}
