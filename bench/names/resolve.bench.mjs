// How well exercise names from real exports resolve to the catalog (issue 17). Reads every Strong, Hevy and
// FitNotes export in ../shared/samples with core's own parser, takes each distinct exercise name, resolves it, and
// compares the answer with the hand-judged table in expected.mjs. Prints the shares and the lists to look at.
// Run after `npx tsc -b`:  node bench/names/resolve.bench.mjs [samples dir] [--json]
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exerciseById } from "@spotter/core";
import { measureSampleNames } from "./measure.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes("--json");
const dirArg = args.find((a) => !a.startsWith("--"));
const repoRoot = path.resolve(here, "../..");
const samplesDir =
  dirArg ??
  [path.resolve(repoRoot, "../shared/samples"), path.resolve(repoRoot, "../../shared/samples")].find((d) =>
    existsSync(d),
  );
if (!samplesDir || !existsSync(samplesDir)) {
  console.error("No sample exports found (looked for ../shared/samples); pass the folder as the first argument.");
  process.exit(2);
}

const { summary, wrong, unjudged } = measureSampleNames(samplesDir);
const total = summary.distinct;
const pct = (n) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
const label = (id) => (id === null ? "custom" : `${id} (${exerciseById(id)?.name ?? "?"})`);
if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`distinct names in the samples: ${total}`);
  console.log(`resolve to a catalog entry:     ${summary.resolved} (${pct(summary.resolved)})`);
  console.log(`resolve correctly:              ${summary.resolvedCorrectly} (${pct(summary.resolvedCorrectly)})`);
  console.log(
    `handled correctly (incl. custom where custom is right): ${summary.handledCorrectly} (${pct(summary.handledCorrectly)})`,
  );
  if (wrong.length) {
    console.log("\nnot as judged:");
    for (const r of wrong) console.log(`  ${r.name}: got ${label(r.got)}, want ${label(r.want)}`);
  }
  console.log(`\nunresolved (become custom exercises): ${summary.unresolved.join(" | ") || "none"}`);
  if (unjudged.length) {
    console.log("\nnot in expected.mjs yet (judge and add):");
    for (const r of unjudged) console.log(`  ${r.name}: got ${label(r.got)}`);
  }
}
