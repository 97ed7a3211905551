// Smoke run of the cohort benchmark so it cannot rot: a few lifters for a few weeks, the output's shape and its
// determinism. No thresholds on the figures: those are measured, not asserted (BENCHMARKS.md).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench is plain JavaScript (.mjs) without type declarations.
import { runCohort } from "./simulate.mjs";

const COMMON = ["flareDaysPerLifter", "restDaysPerLifter", "fullTrainingDaysPerLifter", "strengthGainPct"];
const DETECTION = ["triggerRecall", "triggerPrecision", "medianExposuresToDetect"];

describe("cohort benchmark (issue 11)", () => {
  it("answers one object per coach with the issue's figures, the same for the same seed", () => {
    const a = runCohort({ lifters: 3, weeks: 2, seed: 11 });
    expect(Object.keys(a).sort()).toEqual(["coaches", "lifters", "seed", "weeks"]);
    expect(Object.keys(a.coaches).sort()).toEqual(["painBlind", "spotter", "stopOnly"]);
    for (const name of ["spotter", "painBlind", "stopOnly"]) {
      for (const key of COMMON) expect(typeof a.coaches[name][key], `${name}.${key}`).toBe("number");
    }
    for (const key of DETECTION) expect(key in a.coaches.spotter, key).toBe(true);
    for (const key of DETECTION) expect(key in a.coaches.painBlind, key).toBe(false);
    expect(runCohort({ lifters: 3, weeks: 2, seed: 11 })).toEqual(a);
    expect(runCohort({ lifters: 3, weeks: 2, seed: 12 })).not.toEqual(a);
  });

  it("with --json the last line printed is the one JSON object", () => {
    const script = fileURLToPath(new URL("./run.mjs", import.meta.url));
    const out = execFileSync(process.execPath, [script, "--lifters", "2", "--weeks", "1", "--seed", "3", "--json"], {
      encoding: "utf8",
    });
    const last = out.trim().split("\n").at(-1) ?? "";
    const parsed = JSON.parse(last);
    expect(parsed).toMatchObject({ lifters: 2, weeks: 1, seed: 3 });
    expect(Object.keys(parsed.coaches).sort()).toEqual(["painBlind", "spotter", "stopOnly"]);
  });
});
