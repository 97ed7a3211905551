import { describe, expect, it } from "vitest";
import { matchNutrient, normaliseSupplementUnit, toNutrientUnit } from "../records/nutrients.js";
import { nutrientReference, supplementTotals } from "./supplements.js";

const sup = (name: string, amount: number, unit: string) => ({ kind: "supplement", name, amount, unit });

describe("matchNutrient", () => {
  it.each([
    ["Vitamin D3", "IU", "vitamin-d"],
    ["vit d", "IU", "vitamin-d"],
    ["Vit. D", "ug", "vitamin-d"],
    ["D3", "IU", "vitamin-d"],
    ["vitamin-D2", "ug", "vitamin-d"],
    ["cholecalciferol", "IU", "vitamin-d"],
    ["D-3", "IU", "vitamin-d"],
    ["VitD3", "IU", "vitamin-d"],
    ["Calcium", "mg", "calcium"],
    ["calcium carbonate", "mg", "calcium"],
    ["Calcium citrate", "mg", "calcium"],
    ["Ca", "mg", "calcium"],
    ["Calcium + D3", "mg", "calcium"], // a combined tablet: the unit decides
    ["Calcium + D3", "IU", "vitamin-d"],
    ["Magnesium", "mg", null],
    ["Creatine", "g", null],
    ["Vitamin C", "mg", null],
    ["Fish oil", "capsule", null],
    ["Cod liver oil", "ml", null],
  ] as const)("N2: %s (%s) -> %s", (name, unit, expected) => {
    expect(matchNutrient(name, unit)).toBe(expected);
  });

  it.each([
    ["vitamin-d", 25, "ug", 1000],
    ["vitamin-d", 1000, "IU", 1000],
    ["vitamin-d", 0.025, "mg", 1000],
    ["vitamin-d", 1, "tablet", null],
    ["calcium", 1.2, "g", 1200],
    ["calcium", 500, "mg", 500],
    ["calcium", 2, "tablet", null],
    ["calcium", 100, "IU", null],
  ] as const)("N2: %s %s %s is %s in its own unit (1 ug = 40 IU)", (n, amount, unit, expected) => {
    const v = toNutrientUnit(n, amount, unit);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 6);
  });
});

describe("nutrientReference", () => {
  it.each([
    // nutrient, sex, ageBand, reference, upper limit
    ["calcium", "male", "19-50", 1000, 2500],
    ["calcium", "female", "19-50", 1000, 2500],
    ["calcium", "male", "51-70", 1000, 2000],
    ["calcium", "female", "51-70", 1200, 2000],
    ["calcium", "male", "71+", 1200, 2000],
    ["calcium", "female", "71+", 1200, 2000],
    ["calcium", null, "51-70", 1200, 2000],
    ["calcium", "male", null, 1000, 2000],
    ["vitamin-d", "male", "19-50", 600, 4000],
    ["vitamin-d", "female", "51-70", 600, 4000],
    ["vitamin-d", "female", "71+", 800, 4000],
    ["vitamin-d", null, null, 600, 4000],
  ] as const)("N2: %s for %s aged %s: reference %s, upper limit %s", (n, sex, ageBand, rda, ul) => {
    const ref = nutrientReference(n, { sex, ageBand });
    expect(ref.referenceIntake).toBe(rda);
    expect(ref.upperLimit).toBe(ul);
  });

  it("N2: a missing age band or sex is explained in the note", () => {
    expect(nutrientReference("calcium", { sex: null, ageBand: "51-70" }).note).toMatch(/Sex is not set/);
    expect(nutrientReference("vitamin-d", { sex: "male", ageBand: null }).note).toMatch(/age band is not set/);
    expect(nutrientReference("calcium", { sex: "female", ageBand: "19-50" }).note).toBeNull();
  });
});

describe("supplementTotals", () => {
  it.each([
    // entries, ageBand, warns
    [[sup("Calcium", 2500, "mg")], "19-50", false], // at the limit is not above it
    [[sup("Calcium", 1500, "mg"), sup("calcium citrate", 1001, "mg")], "19-50", true],
    [[sup("Calcium", 2100, "mg")], "19-50", false],
    [[sup("Calcium", 2100, "mg")], "51-70", true], // 2,000 mg after 50
    [[sup("Calcium", 2000, "mg")], "51-70", false],
    [[sup("Calcium", 2.1, "g")], "71+", true],
    [[sup("Calcium", 2100, "mg")], null, true], // without an age band the cautious 2,000 mg applies
  ] as const)("N2: calcium %j aged %s -> warning %s", (entries, ageBand, warns) => {
    const r = supplementTotals(entries, { sex: "female", ageBand });
    const calcium = r.totals.find((t) => t.nutrient === "calcium");
    expect(calcium?.aboveUpperLimit).toBe(warns);
    expect(r.warnings.some((w) => w.code === "ABOVE_UPPER_LIMIT" && w.nutrient === "calcium")).toBe(warns);
  });

  it.each([
    [[sup("Vitamin D3", 4000, "IU")], false, 4000],
    [[sup("Vitamin D3", 4001, "IU")], true, 4001],
    [[sup("Vitamin D3", 100, "ug")], false, 4000], // 100 ug = 4,000 IU
    [[sup("Vitamin D3", 101, "ug")], true, 4040],
    [[sup("vit d", 2000, "IU"), sup("D3", 60, "ug")], true, 4400],
    [[sup("D3", 50, "ug"), sup("Vitamin D", 1000, "IU")], false, 3000],
  ] as const)("N2: vitamin D %j -> warning %s, total %s IU", (entries, warns, total) => {
    const r = supplementTotals(entries, { sex: "male", ageBand: "19-50" });
    const d = r.totals.find((t) => t.nutrient === "vitamin-d");
    expect(d?.total).toBe(total);
    expect(d?.unit).toBe("IU");
    expect(r.warnings.some((w) => w.code === "ABOVE_UPPER_LIMIT" && w.nutrient === "vitamin-d")).toBe(warns);
  });

  it("N2: the warning names the total and the limit, and sends the user to a doctor or pharmacist", () => {
    const r = supplementTotals([sup("Calcium", 3000, "mg")], { sex: "male", ageBand: "19-50" });
    const [w] = r.warnings;
    expect(w?.message).toContain("3,000 mg");
    expect(w?.message).toContain("2,500 mg");
    expect(w?.message).toMatch(/doctor or pharmacist/);
    expect(w?.message).not.toMatch(/!|take (less|more|only)|reduce your dose|stop taking/i);
  });

  it("N2: unknown supplements are totalled by name and unit without reference values", () => {
    const r = supplementTotals([sup("Magnesium", 200, "mg"), sup("magnesium", 100, "mg"), sup("Creatine", 5, "g")], {
      sex: null,
      ageBand: null,
    });
    // N2 (revised 2026-12): magnesium now has its upper limit from supplements (350 mg); creatine has none.
    expect(r.totals).toEqual([
      expect.objectContaining({ nutrient: null, label: "Magnesium", total: 300, unit: "mg", upperLimit: 350 }),
      expect.objectContaining({ nutrient: null, label: "Creatine", total: 5, unit: "g", upperLimit: null }),
    ]);
    expect(r.warnings).toEqual([]);
    const above = supplementTotals([sup("Magnesium citrate", 400, "mg")], { sex: null, ageBand: null });
    expect(above.warnings.map((w) => w.code)).toHaveLength(1);
    expect(above.warnings[0]?.message).toContain("350 mg");
  });

  it("N2: tablets of a known nutrient are counted as uncounted entries, not guessed", () => {
    const r = supplementTotals([sup("Calcium", 2, "tablet"), sup("Calcium", 500, "mg")], {
      sex: "female",
      ageBand: "19-50",
    });
    const ca = r.totals.find((t) => t.nutrient === "calcium");
    expect(ca?.total).toBe(500);
    expect(ca?.uncountedEntries).toBe(1);
  });

  it("N2: entries of other kinds are ignored", () => {
    const r = supplementTotals([{ kind: "water", name: null, amount: null, unit: null }, sup("Calcium", 3000, "mg")], {
      sex: "male",
      ageBand: "19-50",
    });
    expect(r.totals).toHaveLength(1);
  });
});

describe("normaliseSupplementUnit", () => {
  it.each([
    ["mcg", "ug"],
    ["\u00b5g", "ug"],
    ["IU", "IU"],
    ["iu", "IU"],
    [" Tablets ", "tablet"],
    ["softgel", "capsule"],
    ["MG", "mg"],
    ["spoon", null],
  ] as const)("N2: %j -> %s", (unit, expected) => {
    expect(normaliseSupplementUnit(unit)).toBe(expected);
  });
});
