import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { keys } from "../lib/queries.js";
import { nextTargetKeys } from "./keys.js";
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
  it("refreshes every next target (one key per exercise), the session's exercise pages and today", () => {
    const qc = new QueryClient();
    for (const id of ["back-squat", "bench-press", "dead-bug"]) qc.setQueryData(nextTargetKeys.of(id), target(id));
    qc.setQueryData(["exercise", "back-squat", "history", 20], { sessions: [] });
    qc.setQueryData(["today", "2026-12-07"], { restDay: true });
    const answer = {
      id: "s1",
      sets: [],
      progression: [{ ...target("back-squat"), decision: "increase", loadKg: 62.5 }],
    } as unknown as FinishAnswer;
    updateCaches(qc, { id: "finish:s1", kind: "session-finish", sessionRef: "s1", input: {} } as never, answer);
    for (const id of ["back-squat", "bench-press", "dead-bug"])
      expect(qc.getQueryState(nextTargetKeys.of(id))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(["exercise", "back-squat", "history", 20])?.isInvalidated).toBe(true);
    expect(qc.getQueryState(["today", "2026-12-07"])?.isInvalidated).toBe(true);
    expect(qc.getQueryData(keys.session("s1"))).toMatchObject({ id: "s1", sets: [] });
  });
});
