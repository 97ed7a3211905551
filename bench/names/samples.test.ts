/**
 * C1 (issue 17's aim): at least 95% of the distinct exercise names in the sample exports resolve to the entry judged
 * right for them in expected.mjs. The samples live outside the repository; without them the test says so.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { measureSampleNames } from "./measure.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
const samplesDir = [path.resolve(repoRoot, "../shared/samples"), path.resolve(repoRoot, "../../shared/samples")].find(
  (d) => existsSync(d),
);

describe("C1 sample names against the hand-judged table", () => {
  it.skipIf(samplesDir === undefined)("C1: at least 95% of distinct sample names resolve correctly", () => {
    const { summary } = measureSampleNames(samplesDir);
    console.log(
      `sample names: ${summary.resolvedCorrectly}/${summary.distinct} resolve correctly; ` +
        `not as judged: ${JSON.stringify(summary.wrong)}; unjudged: ${JSON.stringify(summary.unjudged)}`,
    );
    expect(summary.distinct).toBeGreaterThan(100);
    expect(summary.unjudged).toEqual([]);
    expect(summary.resolvedCorrectly / summary.distinct).toBeGreaterThanOrEqual(0.95);
  });

  it.runIf(samplesDir === undefined)("C1: sample exports absent", () => {
    console.warn("SKIPPED: ../shared/samples not found; the hand-judged name check did not run");
    expect(samplesDir).toBeUndefined();
  });
});
