/**
 * What each write changes, in one place: every screen's write calls one of these after the server answered, so no
 * screen keeps an answer another screen's write made old. Keys come from `keys.ts`.
 *
 * Everything Spotter concludes (readiness, today, the plan kept in step with statuses, next targets, triggers,
 * insights, records) is derived from the log and from the profile's back lists and rules, so a write to any of
 * them refreshes all of it (`derived`); the narrower ones below are for writes that change less.
 */
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import {
  accountKeys,
  adminKeys,
  checkinKeys,
  dataKeys,
  exerciseKeys,
  insightKeys,
  nextTargetKeys,
  planKeys,
  profileKeys,
  readinessKeys,
  registrationKeys,
  sessionKeys,
  todayKeys,
} from "./keys.js";
import type { FinishAnswer } from "./session.js";
import type { CheckinAnswer, SessionWithSets, TrainingSession } from "./types.js";

/** Key families no write to the log or the back lists changes: the profile (set from the answer), the catalog, the account. */
const UNDERIVED: readonly unknown[] = [
  profileKeys.all[0],
  exerciseKeys.catalog[0],
  accountKeys.me[0],
  adminKeys.users[0],
  registrationKeys.all[0],
  dataKeys.shares[0],
  dataKeys.previews[0],
  // The next targets a finish answered: there is no GET to ask again, so they are kept until replaced.
  sessionKeys.progression("")[0],
];

/** True for a key whose answer is derived from the log or the back lists. */
export function isDerived(key: QueryKey): boolean {
  return !UNDERIVED.includes(key[0]);
}

/** The refreshes, one per kind of write. */
export const refresh = {
  /**
   * A write to the log or to what shapes the plan (a set edited or deleted, a session deleted, a check-in, the back
   * lists, a clearance, an import, a re-test answered): every derived answer is asked again.
   */
  derived(qc: QueryClient): Promise<void> {
    return qc.invalidateQueries({ predicate: (q) => isDerived(q.queryKey) });
  },

  /** A session started: it is cached at once (with no sets) and every list of sessions is asked again. */
  sessionStarted(qc: QueryClient, s: TrainingSession): void {
    if (!qc.getQueryData(sessionKeys.one(s.id)))
      qc.setQueryData<SessionWithSets>(sessionKeys.one(s.id), { ...s, sets: [] });
    void qc.invalidateQueries({ queryKey: sessionKeys.all });
  },

  /**
   * A session finished: the session and the next targets it answered are kept from the answer. Every next target
   * may have changed (the answer lists those the session moved; the T5/T6 day rules can move others), and a
   * finish feeds statuses, so the plan kept in step with them, today, insights, the sessions lists and the
   * session's exercise pages (history, records, alternatives) are asked again.
   */
  sessionFinished(qc: QueryClient, answer: FinishAnswer): void {
    const { progression, ...rest } = answer;
    qc.setQueryData(sessionKeys.progression(rest.id), progression);
    qc.setQueryData<SessionWithSets>(sessionKeys.one(rest.id), (s) => ({ ...rest, sets: rest.sets ?? s?.sets ?? [] }));
    const exercises = new Set([...progression.map((t) => t.exerciseId), ...(rest.sets ?? []).map((x) => x.exerciseId)]);
    for (const id of exercises) void qc.invalidateQueries({ queryKey: exerciseKeys.of(id) });
    for (const key of [sessionKeys.all, nextTargetKeys.all, todayKeys.all, insightKeys.all, planKeys.all])
      void qc.invalidateQueries({ queryKey: key });
  },

  /**
   * A check-in sent: today's readiness and check-in are kept from the answer (the red-flag screen reads the
   * check-in at once), then every derived answer is asked again, since check-ins feed statuses and targets too.
   */
  checkin(qc: QueryClient, date: string, answer: CheckinAnswer | null | undefined): Promise<void> {
    if (answer?.readiness) qc.setQueryData(readinessKeys.of(date), answer.readiness);
    if (answer?.checkin) qc.setQueryData(checkinKeys.list(date, date), [answer.checkin]);
    return refresh.derived(qc);
  },

  /** The plan changed (a swap, a step-up answered, a new plan): the plan (from the answer when there is one) and today. */
  planChanged(qc: QueryClient, plan?: unknown): void {
    if (plan) qc.setQueryData(planKeys.current, plan);
    else void qc.invalidateQueries({ queryKey: planKeys.all });
    void qc.invalidateQueries({ queryKey: todayKeys.all });
  },

  /** An answer that feeds readiness only (the inflammatory screen): readiness and today. */
  readiness(qc: QueryClient): void {
    void qc.invalidateQueries({ queryKey: readinessKeys.all });
    void qc.invalidateQueries({ queryKey: todayKeys.all });
  },
};
