import { allExercises, type Equipment } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { searchExercises as pickerSearch } from "../../lib/exerciseSearch.js";
import { findingFor } from "./BackCard.js";
import { draftFrom, emptyDraft, fieldMessage, toInput } from "./CustomExerciseForm.js";
import {
  activeFilterCount,
  coveredBy,
  DEFAULT_FILTERS,
  filterCatalog,
  filtersFromSearch,
  filtersToSearch,
  GRADE_INFO,
  PATTERN_LABELS,
} from "./catalog.js";
import { hasHistory, targetText } from "./NextTargetCard.js";
import { gradeChange } from "./Suggestions.js";

const catalog = allExercises();
const gym: Equipment[] = ["barbell", "dumbbells", "smith-machine", "leg-press", "cable", "machines", "bench"];

describe("catalog filters", () => {
  it("C1: the catalog is large enough that filtering must stay on the phone", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(150);
  });
  it("'only what I have' keeps exercises the equipment covers, bodyweight included", () => {
    const out = filterCatalog(catalog, DEFAULT_FILTERS, gym);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(catalog.length);
    for (const e of out) expect(coveredBy(e, gym)).toBe(true);
    expect(out.some((e) => e.equipment.includes("none"))).toBe(true);
    expect(out.some((e) => e.equipment.includes("kettlebell"))).toBe(false);
    expect(filterCatalog(catalog, { ...DEFAULT_FILTERS, mine: false }, gym)).toHaveLength(catalog.length);
  });
  it("pattern, equipment and grade combine", () => {
    const out = filterCatalog(
      catalog,
      { ...DEFAULT_FILTERS, mine: false, pattern: "squat", equipment: "barbell", grade: "D" },
      gym,
    );
    expect(out.map((e) => e.id)).toContain("back-squat");
    for (const e of out) {
      expect(e.pattern).toBe("squat");
      expect(e.equipment).toContain("barbell");
      expect(e.grade).toBe("D");
    }
  });
  it("a typed name or another app's name ranks an exact match first, locally", () => {
    expect(filterCatalog(catalog, { ...DEFAULT_FILTERS, q: "Squat (Barbell)" }, gym)[0]?.id).toBe("back-squat");
    expect(filterCatalog(catalog, { ...DEFAULT_FILTERS, q: "rdl" }, gym).length).toBeGreaterThan(0);
  });
  it("a list the server already ranked keeps its order and only gets the filters", () => {
    const ranked = [catalog[2], catalog[0], catalog[1]].filter((e) => e !== undefined);
    const out = filterCatalog(ranked, { ...DEFAULT_FILTERS, q: "anything", mine: false }, gym, true);
    expect(out.map((e) => e.id)).toEqual(ranked.map((e) => e.id));
  });
  it("filters survive the address: defaults are left out and unknown values ignored", () => {
    const f = { q: "leg press", pattern: "squat", equipment: "leg-press", grade: "A", mine: false } as const;
    expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe("");
    expect(filtersFromSearch("pattern=flying&grade=Z&equipment=rocket")).toEqual(DEFAULT_FILTERS);
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount(f)).toBe(4);
  });
  it("every grade and pattern has words", () => {
    for (const g of ["A", "B", "C", "D"] as const) expect(GRADE_INFO[g].meaning.length).toBeGreaterThan(20);
    expect(Object.values(PATTERN_LABELS).every((l) => l.length > 0)).toBe(true);
  });
});

describe("the live session's picker finds exercises by other apps' names", () => {
  it("'Squat (Barbell)' finds Back squat first", () => {
    expect(pickerSearch(catalog, "Squat (Barbell)")[0]?.id).toBe("back-squat");
  });
  it("'Bench Press (Barbell)' and 'Lat Pulldown (Cable)' find their exercises", () => {
    const bench = pickerSearch(catalog, "Bench Press (Barbell)")[0];
    expect(bench?.name.toLowerCase()).toContain("bench press");
    expect(pickerSearch(catalog, "lat pulldown")[0]?.id).toBe("lat-pulldown");
  });
});

describe("custom exercise form", () => {
  it("C6: a draft becomes a body the server accepts in shape", () => {
    const d = { ...emptyDraft("Landmine press"), aliases: "Landmine, Angled press", cues: "Ribs down\n\n Soft knees " };
    const body = toInput({ ...d, primaryMuscles: ["shoulders"], equipment: ["barbell"] });
    expect(body.name).toBe("Landmine press");
    expect(body.aliases).toEqual(["Landmine", "Angled press"]);
    expect(body.cues).toEqual(["Ribs down", "Soft knees"]);
    expect(body.load.support).toBe("free");
    expect(toInput(emptyDraft("x"))).not.toHaveProperty("aliases");
  });
  it("starting from a similar exercise copies its scores but keeps the typed name", () => {
    const src = catalog.find((e) => e.id === "leg-press-upright");
    if (!src) throw new Error("missing leg-press-upright");
    const d = draftFrom(src, "Old gym leg press");
    expect(d.name).toBe("Old gym leg press");
    expect(d.load).toEqual(src.load);
    expect(d.equipment).toEqual(src.equipment);
  });
  it("the validator's technical words are replaced by ours; the server's plain words stay", () => {
    expect(fieldMessage("name", "Too small: expected string to have >=2 characters")).toBe(
      "Give it a name of 2 to 100 characters.",
    );
    expect(fieldMessage("name", "must be at least 2 characters")).toBe("Give it a name of 2 to 100 characters.");
    expect(fieldMessage("name", "is already used by one of your exercises")).toBe(
      "is already used by one of your exercises",
    );
  });
});

describe("next target and grade change", () => {
  const t = {
    exerciseId: "x",
    loadKg: 60,
    reps: [8, 12] as [number, number],
    sets: 3,
    decision: "increase" as const,
    why: "",
  };
  it("the target is in the user's unit", () => {
    expect(targetText(t, "reps", "kg")).toBe("3 sets of 8-12 reps at 60 kg");
    expect(targetText(t, "reps", "lb")).toMatch(/^3 sets of 8-12 reps at 132\.\d+ lb$/);
    expect(targetText({ ...t, loadKg: null, reps: [30, 30] }, "seconds", "kg")).toBe("3 sets of 30 seconds");
  });
  it("a 'start' answer means no history yet", () => {
    expect(hasHistory({ ...t, decision: "start" })).toBe(false);
    expect(hasHistory(t)).toBe(true);
    expect(hasHistory(undefined)).toBe(false);
  });
  it("grade change in words", () => {
    expect(gradeChange("D", "B")).toBe("Grade D to B");
    expect(gradeChange("A", "A")).toBe("Same grade, A");
  });
});

describe("what the exercise page says about the user's back", () => {
  const base = { exposures: 3, summary: "", evidence: "", source: "found" } as const;
  it("T2: a trigger Spotter found is named; a pattern or a user-named entry is not", () => {
    const list = [
      { ...base, subject: { pattern: "squat" }, status: "trigger" as const },
      { ...base, subject: { exerciseId: "back-squat" }, status: "trigger" as const, source: "named" },
      { ...base, subject: { exerciseId: "leg-press-reclined" }, status: "trigger" as const },
      { ...base, subject: { exerciseId: "hip-thrust" }, status: "tolerated" as const },
    ];
    expect(findingFor(list, "leg-press-reclined")?.status).toBe("trigger");
    expect(findingFor(list, "back-squat")).toBeUndefined();
    expect(findingFor(list, "hip-thrust")).toBeUndefined();
    expect(findingFor(undefined, "x")).toBeUndefined();
  });
  it("a trigger the user cleared stays findable, so the page can offer the undo", () => {
    const cleared = {
      ...base,
      subject: { exerciseId: "leg-press-reclined" },
      status: "unknown" as const,
      overruledByUser: true,
    };
    expect(findingFor([cleared], "leg-press-reclined")).toBe(cleared);
  });
});
