import { describe, expect, it } from "vitest";
import { parseWorkoutExport } from "./parse.js";
import { SET_TAG_VARIANTS, setKindOf } from "./setTags.js";
import { allSets, okParse } from "./testkit.js";

const UTC = { timeZone: "UTC" };

/** A Strong Android file (our own content) with one tagged set and one numbered set. */
function strongWith(tag: string): string {
  return [
    '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
    `"4";"2025-02-03 18:05:10";"Pull";"2400";"Row (Cable)";"${tag}";"40";"10";"";"0";"0";"";""`,
    '"4";"2025-02-03 18:05:10";"Pull";"2400";"Row (Cable)";"1";"55";"8";"";"0";"0";"";""',
  ].join("\n");
}

/** A Hevy file (our own content) with one tagged set. */
function hevyWith(tag: string): string {
  return [
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
    `"Pull","3 Feb 2025, 18:05","3 Feb 2025, 18:45","","Seated Row (Cable)",,"",0,${tag},40,10,,,`,
  ].join("\n");
}

describe("X1: set tags in every spelling the apps write", () => {
  it.each(SET_TAG_VARIANTS.map(([spelling, kind]) => [spelling, kind] as const))(
    "X1: Strong Set Order %s is read as its kind, not skipped",
    (spelling, kind) => {
      const p = okParse(parseWorkoutExport(strongWith(spelling), "strong", UTC));
      expect(p.skipped).toEqual([]);
      const [tagged, working] = allSets(p);
      expect({ warmup: tagged?.warmup, setType: tagged?.setType }).toEqual(kind);
      expect([working?.warmup, working?.setType]).toEqual([false, "normal"]);
    },
  );

  it.each(SET_TAG_VARIANTS.map(([spelling, kind]) => [spelling, kind] as const))(
    "X1: Hevy set_type %s is read as its kind, not skipped",
    (spelling, kind) => {
      const p = okParse(parseWorkoutExport(hevyWith(spelling), "hevy", UTC));
      expect(p.skipped).toEqual([]);
      const [set] = allSets(p);
      expect({ warmup: set?.warmup, setType: set?.setType }).toEqual(kind);
    },
  );

  it("X1: Strong Android's WARM_UP, FAILURE and DROP mean warm-up, failure and drop", () => {
    expect(setKindOf("WARM_UP")).toEqual({ warmup: true, setType: "normal" });
    expect(setKindOf("FAILURE")).toEqual({ warmup: false, setType: "failure" });
    expect(setKindOf("DROP")).toEqual({ warmup: false, setType: "drop" });
  });

  it("X1: an empty tag or a set number is a normal set; an unknown tag is null (the row is skipped naming it)", () => {
    expect(setKindOf("")).toEqual({ warmup: false, setType: "normal" });
    expect(setKindOf("3")).toEqual({ warmup: false, setType: "normal" });
    expect(setKindOf("SUPERSET")).toBeNull();
    const p = okParse(parseWorkoutExport(strongWith("CLUSTER"), "strong", UTC));
    expect(p.skipped).toEqual([{ line: 2, reason: 'unknown Set Order "CLUSTER"' }]);
  });
});
