import { describe, expect, it } from "vitest";
import type { DailyEntry } from "../records/daily.js";
import { defaultProfile } from "../records/profile.js";
import { type BuildDailyDayInput, buildDailyDay } from "./day.js";

let n = 0;
function entry(e: Partial<DailyEntry> & Pick<DailyEntry, "kind">): DailyEntry {
  n += 1;
  const at = e.at ?? `2026-03-10T0${n % 10}:00:00.000Z`;
  return {
    id: `e${n}`,
    clientId: `c${n}`,
    date: "2026-03-10",
    amountMl: null,
    name: null,
    amount: null,
    unit: null,
    minutes: null,
    used: null,
    at,
    createdAt: at,
    ...e,
  };
}

const profile = { ...defaultProfile(), bodyWeightKg: 80, sex: "male" as const, ageBand: "19-50" as const };
const day = (over: Partial<BuildDailyDayInput> = {}) =>
  buildDailyDay({ date: "2026-03-10", entries: [], profile, trainingHours: 0, isTrainingDay: false, ...over });

describe("buildDailyDay", () => {
  it("N1: sums the day's water and sets the target from weight and training", () => {
    const d = day({
      trainingHours: 1,
      isTrainingDay: true,
      entries: [
        entry({ kind: "water", amountMl: 500 }),
        entry({ kind: "water", amountMl: 250 }),
        entry({ kind: "water", amountMl: 750, date: "2026-03-09" }), // another day
      ],
    });
    expect(d.waterMl).toBe(750);
    expect(d.waterTargetMl).toBe(3300);
    expect(d.waterTargetBasis).toBe("body-weight");
    expect(d.waterServingMl).toBe(250);
  });

  it("N1: without a body weight the target is the floor plus training, and a card asks for the weight", () => {
    const d = day({ profile: { ...profile, bodyWeightKg: null, sex: "female" }, trainingHours: 1 });
    expect(d.waterTargetMl).toBe(2100);
    expect(d.waterTargetBasis).toBe("floor");
    expect(d.cards.map((c) => c.id)).toContain("water-body-weight");
  });

  it("N1: the per-kg setting of the profile is used", () => {
    const d = day({ profile: { ...profile, settings: { ...profile.settings, waterMlPerKg: 40 } } });
    expect(d.waterTargetMl).toBe(3200);
  });

  it("N2: lists supplements, totals them and warns above the upper limit", () => {
    const d = day({
      entries: [
        entry({ kind: "supplement", name: "Calcium carbonate", amount: 1500, unit: "mg" }),
        entry({ kind: "supplement", name: "Calcium", amount: 1200, unit: "mg" }),
        entry({ kind: "supplement", name: "Vitamin D3", amount: 25, unit: "ug" }),
      ],
    });
    expect(d.supplements.map((s) => [s.name, s.amount, s.unit])).toEqual([
      ["Calcium carbonate", 1500, "mg"],
      ["Calcium", 1200, "mg"],
      ["Vitamin D3", 25, "ug"],
    ]);
    expect(d.supplementTotals.find((t) => t.nutrient === "calcium")).toMatchObject({ total: 2700, upperLimit: 2500 });
    expect(d.supplementTotals.find((t) => t.nutrient === "vitamin-d")).toMatchObject({ total: 1000, upperLimit: 4000 });
    expect(d.warnings.map((w) => w.code)).toEqual(["ABOVE_UPPER_LIMIT"]);
    expect(d.cards.map((c) => c.id)).toContain("supplement-calcium");
  });

  it("N3: blood-flow work is listed and a rest day carries suggestions", () => {
    const d = day({
      entries: [
        entry({ kind: "blood-flow", name: "foam-rolling", minutes: 10 }),
        entry({ kind: "blood-flow", name: "walking", minutes: 25 }),
      ],
    });
    expect(d.bloodFlow.map((b) => [b.kind, b.minutes])).toEqual([
      ["foam-rolling", 10],
      ["walking", 25],
    ]);
    expect(d.bloodFlowMinutes).toBe(35);
    expect(d.suggestions.length).toBeGreaterThan(0);
    expect(d.suggestions.find((s) => s.kind === "foam-rolling")?.done).toBe(true);
  });

  it("N3: a training day carries no rest-day suggestions", () => {
    expect(day({ isTrainingDay: true, trainingHours: 1 }).suggestions).toEqual([]);
  });

  it("D1: the day's last pillow answer wins; lumbar support is kept apart", () => {
    const d = day({
      entries: [
        entry({ kind: "support", name: "pillow", used: false, at: "2026-03-10T06:00:00.000Z" }),
        entry({ kind: "support", name: "pillow", used: true, at: "2026-03-10T06:05:00.000Z" }),
        entry({ kind: "support", name: "lumbar", used: true, at: "2026-03-10T09:00:00.000Z" }),
      ],
    });
    expect(d.supportUsed).toBe(true);
    expect(d.lumbarSupportUsed).toBe(true);
    expect(day().supportUsed).toBeNull();
  });

  it("D2: counts breaks and gives the next reminder from the last one", () => {
    const d = day({
      profile: { ...profile, sittingHours: 8, timeZone: "UTC" },
      nowMs: Date.parse("2026-03-10T10:00:00Z"),
      entries: [
        entry({ kind: "break", at: "2026-03-10T08:50:00.000Z" }),
        entry({ kind: "break", at: "2026-03-10T09:40:00.000Z" }),
      ],
    });
    expect(d.breaks).toBe(2);
    expect(d.breakReminders).toBe(true);
    expect(d.nextBreakAt).toBe("2026-03-10T10:25:00.000Z");
  });

  it.each([
    ["a user who sits 2 hours", { sittingHours: 2 }, "2026-03-10T10:00:00Z"],
    ["outside the reminder hours", { sittingHours: 8 }, "2026-03-10T22:00:00Z"],
    ["a different day than now", { sittingHours: 8 }, "2026-03-11T10:00:00Z"],
  ])("D2: no next reminder for %s", (_label, over, now) => {
    const d = day({ profile: { ...profile, ...over, timeZone: "UTC" }, nowMs: Date.parse(now) });
    expect(d.nextBreakAt).toBeNull();
  });

  it("D1/D2/D3: the cards fit the profile and R1 removes them", () => {
    const d = day({ profile: { ...profile, sleepPosition: "stomach", sittingHours: 8 } });
    expect(d.cards.map((c) => c.id)).toEqual(
      expect.arrayContaining(["morning-bending", "sitting", "sleep-stomach", "rest-day-blood-flow"]),
    );
    const r1 = day({ tier: "R1" });
    expect(r1.cards).toEqual([]);
    expect(r1.suggestions).toEqual([]);
  });

  it("N1/N2/N3/D1/D2: has every field of the API.md shape and keeps the entries in time order", () => {
    const late = entry({ kind: "water", amountMl: 100, at: "2026-03-10T20:00:00.000Z" });
    const early = entry({ kind: "water", amountMl: 100, at: "2026-03-10T07:00:00.000Z" });
    const d = day({ entries: [late, early] });
    for (const k of [
      "date",
      "waterMl",
      "waterTargetMl",
      "supplements",
      "bloodFlow",
      "breaks",
      "supportUsed",
      "warnings",
      "cards",
    ]) {
      expect(d).toHaveProperty(k);
    }
    expect(d.entries.map((e) => e.id)).toEqual([early.id, late.id]);
  });
});
