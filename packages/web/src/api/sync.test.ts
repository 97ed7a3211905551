import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { nextTargetKeys, planKeys, sessionKeys, triggerKeys } from "./keys.js";
import type { FinishAnswer } from "./session.js";
import { updateCaches } from "./sync.js";

const target = (exerciseId: string) => ({
  exerciseId,
  reps: [8, 12] as [number, number],
  loadKg: 60,
  sets: 3,
  decision: "hold" as const,
  why: "Same again.",
});

describe("cache after a sent finish", () => {
  it("refreshes every next target (one key per exercise), the session's exercise pages, today, the plan and triggers", () => {
    const qc = new QueryClient();
    for (const id of ["back-squat", "bench-press", "dead-bug"]) qc.setQueryData(nextTargetKeys.of(id), target(id));
    qc.setQueryData(["exercise", "back-squat", "history", 20], { sessions: [] });
    qc.setQueryData(["today", "2026-12-07"], { restDay: true });
    qc.setQueryData(planKeys.current, { id: "p1" });
    qc.setQueryData(triggerKeys.all, []);
    qc.setQueryData(sessionKeys.list("2026-12-07", "2026-12-07"), []);
    const answer = {
      id: "s1",
      sets: [],
      progression: [{ ...target("back-squat"), decision: "increase", loadKg: 62.5 }],
    } as unknown as FinishAnswer;
    updateCaches(qc, { id: "finish:s1", kind: "session-finish", sessionRef: "s1", input: {} } as never, answer);
    for (const id of ["back-squat", "bench-press", "dead-bug"])
      expect(qc.getQueryState(nextTargetKeys.of(id))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(["exercise", "back-squat", "history", 20])?.isInvalidated).toBe(true);
    // A finish feeds statuses: the trigger list and the plan kept in step with them are asked again, with the lists.
    for (const k of [
      ["today", "2026-12-07"],
      planKeys.current,
      triggerKeys.all,
      sessionKeys.list("2026-12-07", "2026-12-07"),
    ])
      expect(qc.getQueryState(k)?.isInvalidated).toBe(true);
    expect(qc.getQueryData(sessionKeys.progression("s1"))).toEqual(answer.progression);
    expect(qc.getQueryData(sessionKeys.one("s1"))).toMatchObject({ id: "s1", sets: [] });
  });
});
