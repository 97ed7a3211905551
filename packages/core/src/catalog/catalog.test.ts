import { describe, expect, it } from "vitest";
import { allExercises, CATALOG, exerciseById, toExercise } from "./catalog.js";
import { exerciseSchemaCheck } from "./testing.js";

describe("catalog", () => {
  it("C1: every id is a unique slug", () => {
    const ids = CATALOG.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("C1: every entry carries every field with valid values", () => {
    for (const d of CATALOG) expect(exerciseSchemaCheck(d), d.id).toEqual([]);
  });

  it("exerciseById finds built-in and extra exercises and answers undefined otherwise", () => {
    expect(exerciseById("back-squat")?.name).toBe("Back squat");
    expect(exerciseById("nope")).toBeUndefined();
    const custom = { ...CATALOG[0], id: "custom-1", name: "My squat" } as (typeof CATALOG)[number];
    expect(exerciseById("custom-1", [custom])?.custom).toBe(true);
  });

  it("allExercises lists the catalog then the custom ones, graded", () => {
    const custom = { ...CATALOG[0], id: "custom-1", name: "My squat" } as (typeof CATALOG)[number];
    const all = allExercises([custom]);
    expect(all).toHaveLength(CATALOG.length + 1);
    expect(all.at(-1)?.custom).toBe(true);
    expect(all[0]?.custom).toBe(false);
    expect(toExercise(CATALOG[0] as (typeof CATALOG)[number]).grade).toMatch(/^[ABCD]$/);
  });
});
