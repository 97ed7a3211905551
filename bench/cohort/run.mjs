// `npm run bench:cohort -- --lifters N --weeks W --seed S [--json]`: the simulated cohort of issue 11. Prints a
// table, or with --json one JSON object as the last line. See README.md for the model and its assumptions.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { COACHES, runCohort } from "./simulate.mjs";

const { values } = parseArgs({
  options: {
    lifters: { type: "string", default: "200" },
    weeks: { type: "string", default: "16" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
  },
});
const opts = { lifters: Number(values.lifters), weeks: Number(values.weeks), seed: Number(values.seed) };
for (const [k, v] of Object.entries(opts)) {
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${k} must be a whole number of 1 or more (got ${values[k]})`);
    process.exit(2);
  }
}

const t0 = performance.now();
const result = runCohort(opts);
const seconds = (performance.now() - t0) / 1000;

if (values.json) {
  console.log(JSON.stringify(result));
} else {
  const rows = [
    ["flare days per lifter (hidden pain >= 6)", "flareDaysPerLifter"],
    ["rest days per lifter (planned day given recovery or locked)", "restDaysPerLifter"],
    ["full training days per lifter", "fullTrainingDaysPerLifter"],
    ["strength gain, % (major muscle groups)", "strengthGainPct"],
    ["trigger recall", "triggerRecall"],
    ["trigger precision", "triggerPrecision"],
    ["median exposures to detect", "medianExposuresToDetect"],
    ["true triggers exposed (recall's denominator)", "trueTriggersExposed"],
    ["exercises flagged trigger (precision's denominator)", "triggersFlagged"],
  ];
  const show = (v) => (v === undefined ? "-" : v === null ? "n/a" : String(v));
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`cohort: ${opts.lifters} lifters x ${opts.weeks} weeks, seed ${opts.seed}, ${seconds.toFixed(1)} s`);
  console.log(`${"".padEnd(width)}  ${COACHES.map((c) => c.padStart(10)).join("  ")}`);
  for (const [label, key] of rows) {
    console.log(`${label.padEnd(width)}  ${COACHES.map((c) => show(result.coaches[c][key]).padStart(10)).join("  ")}`);
  }
}
