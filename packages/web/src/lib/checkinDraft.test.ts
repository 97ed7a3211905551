import type { Checkin } from "@spotter/core";
import { normaliseRedFlags } from "@spotter/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  draftFrom,
  draftToInput,
  emptyDraft,
  missingAnswer,
  pickPrefill,
  repostWithFlags,
  shouldAskRedFlags,
} from "./checkinDraft.js";

function checkin(date: string, over: Partial<Checkin> = {}): Checkin {
  return {
    id: `c-${date}`,
    clientId: "00000000-0000-4000-8000-000000000000",
    date,
    painNow: 3,
    everydayPain: "some",
    regions: ["lower-back-left"],
    nerve: [{ kind: "tingling", region: "below-knee-left", trend: "new" }],
    redFlags: normaliseRedFlags({ saddleNumbness: true, cancerHistory: false }),
    sleep: { hours: 6.5, quality: 3, position: "side", supportUsed: true },
    habits: null,
    function: null,
    note: null,
    createdAt: `${date}T07:00:00Z`,
    updatedAt: `${date}T07:00:00Z`,
    ...over,
  };
}

describe("check-in prefill", () => {
  it("prefers today's check-in (editing) over earlier ones", () => {
    const r = pickPrefill([checkin("2026-03-01"), checkin("2026-03-03"), checkin("2026-03-02")], "2026-03-03");
    expect(r).toEqual({ source: expect.objectContaining({ date: "2026-03-03" }), editing: true });
  });

  it("takes the most recent earlier check-in when today has none", () => {
    const r = pickPrefill([checkin("2026-03-01"), checkin("2026-03-02")], "2026-03-03");
    expect(r.source?.date).toBe("2026-03-02");
    expect(r.editing).toBe(false);
  });

  it("starts empty for a first check-in: pain now and everyday pain must be chosen", () => {
    const d = emptyDraft("back");
    expect(d.painNow).toBeNull();
    expect(d.everydayPain).toBeNull();
    expect(missingAnswer(d)).toBe("painNow");
    expect(draftToInput(d, "id", "2026-03-03")).toBeNull();
    expect(missingAnswer({ ...d, painNow: 0 })).toBe("everydayPain");
    expect(draftToInput({ ...d, painNow: 0 }, "id", "2026-03-03")).toBeNull();
    expect(draftToInput({ ...d, painNow: 0, everydayPain: "none" }, "id", "2026-03-03")?.painNow).toBe(0);
  });

  it("pain now is never carried over from an earlier day; today's own answer stays when editing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (pain) => {
        const fresh = draftFrom(checkin("2026-03-02", { painNow: pain }), false, null);
        expect(fresh.painNow).toBeNull();
        expect(draftToInput(fresh, "id", "2026-03-03")).toBeNull();
        expect(draftFrom(checkin("2026-03-03", { painNow: pain }), true, null).painNow).toBe(pain);
      }),
    );
  });

  it("a yesterday's 'new' nerve symptom is carried as 'same', and the support answer is asked afresh", () => {
    const d = draftFrom(checkin("2026-03-02"), false, "side");
    expect(d.nerve[0]?.trend).toBe("same");
    expect(d.nerveOn).toBe(true);
    expect(d.supportUsed).toBeNull();
    expect(d.painNow).toBeNull();
  });

  it("R-flags: red flags are never prefilled into a new check-in body", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.boolean(), (pain, editing) => {
        const d = { ...draftFrom(checkin("2026-03-02", { painNow: pain }), editing, null), painNow: pain };
        const input = draftToInput(d, "id", "2026-03-03");
        expect(input).not.toBeNull();
        expect(input).not.toHaveProperty("redFlags");
        expect(input?.painNow).toBe(pain);
      }),
    );
  });

  it("sends no nerve entries when the switch is off", () => {
    const d = { ...draftFrom(checkin("2026-03-02"), false, null), nerveOn: false, painNow: 2 };
    expect(draftToInput(d, "id", "2026-03-03")?.nerve).toEqual([]);
  });
});

describe("red flags due (client fallback while readiness is missing)", () => {
  it("the server's askRedFlags wins when present", () => {
    expect(shouldAskRedFlags(false, [], "2026-03-10")).toBe(false);
    expect(shouldAskRedFlags(true, [checkin("2026-03-10")], "2026-03-10")).toBe(true);
  });

  it.each([
    ["no check-ins at all (onboarding)", [], true],
    ["answers 6 days ago", [checkin("2026-03-04")], false],
    ["answers 7 days ago", [checkin("2026-03-03")], true],
    ["a check-in without any answer", [checkin("2026-03-09", { redFlags: normaliseRedFlags({}) })], true],
  ] as const)("%s -> ask %s", (_name, list, expected) => {
    expect(shouldAskRedFlags(undefined, [...list], "2026-03-10")).toBe(expected);
  });
});

describe("posting red flags again for the same day", () => {
  it("keeps every other answer of the stored check-in", () => {
    const c = checkin("2026-03-03");
    const flags = normaliseRedFlags({ saddleNumbness: true });
    const body = repostWithFlags(c, "11111111-1111-4111-8111-111111111111", flags);
    expect(body).toMatchObject({
      date: c.date,
      painNow: c.painNow,
      everydayPain: c.everydayPain,
      regions: c.regions,
      nerve: c.nerve,
      sleep: c.sleep,
      redFlags: flags,
    });
    expect(body).not.toHaveProperty("habits");
  });
});

describe("function check in the check-in", () => {
  it("is sent only when answered, and never carried over from another day", () => {
    const d = { ...emptyDraft(null), painNow: 1 };
    expect(draftToInput({ ...d, everydayPain: "none" }, "id", "2026-03-03")).not.toHaveProperty("function");
    const withAnswers = { ...d, everydayPain: "none" as const, functionAnswers: { walking: 1, lifting: 3 } };
    expect(draftToInput(withAnswers, "id", "2026-03-03")?.function).toEqual({ walking: 1, lifting: 3 });
    const yesterday = checkin("2026-03-02", { function: { walking: 2 } });
    expect(draftFrom(yesterday, false, null).functionAnswers).toEqual({});
    expect(draftFrom(yesterday, true, null).functionAnswers).toEqual({ walking: 2 });
  });
});
