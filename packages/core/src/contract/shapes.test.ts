/**
 * Each answer schema lists every field of the core type its routes answer (`UnlistedFields` is `never`), and core's
 * values fit the schema. Both are checked by the type checker (`npm run check`): a rule's type that grows a field
 * fails here until the contract describes it. The one run-time line per type only keeps the test from being empty.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { HabitLink, TrendsResult, TriggerInsight } from "../insights/index.js";
import type { TodayAnswer, WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { DailyDay } from "../records/daily.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { Readiness } from "../records/readiness.js";
import type { InflammatoryScreen } from "../records/screens.js";
import type { SessionWithSets } from "../records/session.js";
import type { ClinicianReport } from "../report/index.js";
import type { BeltShare } from "../session/index.js";
import type { Alternative, Modification } from "../substitution/index.js";
import {
  alternativeAnswer,
  habitAnswer,
  modificationAnswer,
  type planAnswer,
  type storedPlanAnswer,
  type todayAnswer,
  trendsAnswer,
  triggerInsightAnswer,
} from "./derived.js";
import {
  checkinAnswer,
  type clearanceAnswer,
  dailyDayAnswer,
  exerciseAnswer,
  inflammatoryAnswer,
  profileAnswer,
  readinessAnswer,
  sessionAnswer,
} from "./records.js";
import { clinicianReportAnswer } from "./report.js";
import type { UnlistedFields } from "./shapes.js";

/** Compiles only when `T` is `never`: the schema lists every field. */
const listsAll = <T extends never>(): T[] => [];
/** Compiles only when core's type fits the schema's input. */
const fits =
  <S extends z.ZodType>(_schema: S) =>
  <T extends z.input<S>>(): T[] => [];
type Out<S extends z.ZodType> = z.output<S>;

describe("contract: answer schemas list every field core answers", () => {
  it("stored records: check-ins, sessions, exercises, the profile, the daily page, clearances, R7 screens", () => {
    const unlisted = [
      ...listsAll<UnlistedFields<Checkin, Out<typeof checkinAnswer>>>(),
      ...listsAll<UnlistedFields<SessionWithSets, Out<typeof sessionAnswer>>>(),
      ...listsAll<UnlistedFields<Exercise, Out<typeof exerciseAnswer>>>(),
      ...listsAll<UnlistedFields<Profile, Out<typeof profileAnswer>>>(),
      ...listsAll<UnlistedFields<DailyDay, Out<typeof dailyDayAnswer>>>(),
      ...listsAll<UnlistedFields<Clearance, Out<(typeof clearanceAnswer)["shape"]["clearance"]>>>(),
      ...listsAll<UnlistedFields<InflammatoryScreen, Out<typeof inflammatoryAnswer>>>(),
      ...listsAll<UnlistedFields<Readiness, Out<typeof readinessAnswer>>>(),
      ...fits(checkinAnswer)<Checkin>(),
      ...fits(sessionAnswer)<SessionWithSets>(),
      ...fits(exerciseAnswer)<Exercise>(),
      ...fits(profileAnswer)<Profile>(),
      ...fits(dailyDayAnswer)<DailyDay>(),
      ...fits(inflammatoryAnswer)<InflammatoryScreen>(),
      ...fits(readinessAnswer)<Readiness>(),
    ];
    expect(unlisted).toEqual([]);
  });

  it("derived answers: T2 triggers, T3 habits, T4 trends, the plan, today, the clinician report, S1 and S2", () => {
    const unlisted = [
      ...listsAll<UnlistedFields<TriggerInsight, Out<typeof triggerInsightAnswer>>>(),
      ...listsAll<UnlistedFields<HabitLink, Out<typeof habitAnswer>>>(),
      ...listsAll<UnlistedFields<TrendsResult & { belt4Weeks: BeltShare }, Out<typeof trendsAnswer>>>(),
      ...listsAll<UnlistedFields<WeeklyPlan, Out<typeof planAnswer>>>(),
      ...listsAll<UnlistedFields<Omit<WeeklyPlan, "id" | "createdAt">, Out<typeof storedPlanAnswer>>>(),
      ...listsAll<UnlistedFields<TodayAnswer, Out<typeof todayAnswer>>>(),
      ...listsAll<UnlistedFields<ClinicianReport, Out<typeof clinicianReportAnswer>>>(),
      ...listsAll<UnlistedFields<Alternative, Out<typeof alternativeAnswer>>>(),
      ...listsAll<UnlistedFields<Modification, Out<typeof modificationAnswer>>>(),
      ...fits(alternativeAnswer)<Alternative>(),
      ...fits(modificationAnswer)<Modification>(),
      ...fits(triggerInsightAnswer)<TriggerInsight>(),
      ...fits(habitAnswer)<HabitLink>(),
      ...fits(trendsAnswer)<TrendsResult & { belt4Weeks: BeltShare }>(),
      ...fits(clinicianReportAnswer)<ClinicianReport>(),
    ];
    expect(unlisted).toEqual([]);
  });
});
