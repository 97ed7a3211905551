import { describe, expect, it } from "vitest";
import { allExercises } from "./catalog.js";
import { searchExercises } from "./search.js";

const all = allExercises();
const ids = (q: Parameters<typeof searchExercises>[1]) => searchExercises(all, q).map((e) => e.id);

describe("searchExercises", () => {
  it("without a query or filters answers the whole list in catalog order", () => {
    expect(ids({})).toEqual(all.map((e) => e.id));
  });

  it.each([
    ["Squat", "back-squat"],
    ["squat (barbell)", "back-squat"],
    ["Leg Press", "leg-press-reclined"],
    ["Deadlift", "conventional-deadlift"],
    ["Bench Press (Dumbbell)", "dumbbell-bench-press"],
    ["bird dog", "bird-dog"],
  ])("an exact name or alias match of %s ranks %s first", (q, id) => {
    expect(ids({ q })[0]).toBe(id);
  });

  it("ranks exact before prefix before substring", () => {
    const r = ids({ q: "leg press" });
    expect(r[0]).toBe("leg-press-reclined");
    // "Leg press (back pad upright)" starts with the query; "Single-leg leg press" only contains it.
    expect(r.indexOf("leg-press-upright")).toBeLessThan(r.indexOf("single-leg-leg-press"));
    expect(r.indexOf("single-leg-leg-press")).toBeGreaterThan(0);
  });

  it.each([
    ["shoulder", "dumbbell-shoulder-press"],
    ["machine", "smith-machine-squat"],
    ["shoulder press", "machine-shoulder-press"],
  ])("a word as written (%s) still finds %s, though the resolver reads it another way", (q, id) => {
    expect(ids({ q })).toContain(id);
  });

  it("a query that fits nothing answers an empty list", () => {
    expect(ids({ q: "zzzz" })).toEqual([]);
  });

  it("filters by pattern, equipment and grade, alone and together", () => {
    for (const e of searchExercises(all, { pattern: "hinge" })) expect(e.pattern).toBe("hinge");
    for (const e of searchExercises(all, { equipment: "smith-machine" }))
      expect(e.equipment).toContain("smith-machine");
    for (const e of searchExercises(all, { grade: "D" })) expect(e.grade).toBe("D");
    const both = searchExercises(all, { pattern: "squat", grade: "A", equipment: "leg-press" }).map((e) => e.id);
    expect(both).toContain("leg-press-upright");
    expect(both).not.toContain("back-squat");
    expect(ids({ equipment: ["kettlebell", "bands"] })).toEqual(
      all.filter((e) => e.equipment.includes("kettlebell") || e.equipment.includes("bands")).map((e) => e.id),
    );
  });

  it("query and filters combine", () => {
    const r = searchExercises(all, { q: "squat", grade: "D" });
    expect(r.length).toBeGreaterThan(0);
    for (const e of r) expect(e.grade).toBe("D");
    expect(r[0]?.id).toBe("back-squat");
  });

  it("is deterministic", () => {
    expect(ids({ q: "row" })).toEqual(ids({ q: "row" }));
  });
});
