import { afterEach, describe, expect, it, vi } from "vitest";
import { setFetch } from "./client.js";
import { todayKeys } from "./keys.js";
import { planApi, statusMapOf } from "./plan.js";

function answer(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

function call(f: ReturnType<typeof answer>, i = 0) {
  const [url, init] = f.mock.calls[i] as unknown as [string, RequestInit];
  return { url, method: init.method, body: init.body };
}

afterEach(() => setFetch((...a) => fetch(...a)));

describe("plan API calls (API.md plans and today)", () => {
  it("P5: today's session is cached under the key the live session reads", async () => {
    expect(todayKeys.of("2026-03-04")).toEqual(["today", "2026-03-04"]);
    const f = answer(200, { readiness: { tier: "R5", reasons: [], askRedFlags: false }, restDay: true, session: null });
    setFetch(f);
    const t = await planApi.today("2026-03-04");
    expect(t.restDay).toBe(true);
    expect(call(f).url).toBe("/api/v1/today?date=2026-03-04");
  });

  it("P1: current plan, a new plan with its changes, and a swap", async () => {
    const f = answer(201, { id: "p", days: [], reasons: [], shortfalls: [], changes: { added: ["a"], removed: [] } });
    setFetch(f);
    const made = await planApi.make();
    expect(made.changes?.added).toEqual(["a"]);
    expect(call(f)).toEqual({ url: "/api/v1/plans", method: "POST", body: "{}" });

    const g = answer(200, { id: "p", days: [], reasons: [], shortfalls: [] });
    setFetch(g);
    await planApi.swap(1, "back-squat", "smith-machine-squat");
    expect(call(g).url).toBe("/api/v1/plans/current/swap");
    expect(JSON.parse(String(call(g).body))).toEqual({
      dayIndex: 1,
      fromExerciseId: "back-squat",
      toExerciseId: "smith-machine-squat",
    });
  });

  it("S1: alternatives come back as the contract's list", async () => {
    setFetch(answer(200, [{ exercise: { id: "x", name: "X" }, why: "same muscles" }]));
    expect((await planApi.alternatives("leg press")).map((a) => a.exercise.id)).toEqual(["x"]);
  });

  it("T2: the swap sheet's status map is the trigger list's entry read through a select, patterns left out", () => {
    const list = [
      { subject: { exerciseId: "back-squat" }, status: "trigger" },
      { subject: { pattern: "hinge" }, status: "suspected" },
      { subject: { exerciseId: "leg-press" }, status: "tolerated" },
    ] as unknown as Parameters<typeof statusMapOf>[0];
    expect(statusMapOf(list)).toEqual({ "back-squat": "trigger", "leg-press": "tolerated" });
  });
});
