// How well exercise names from real exports resolve to the catalog (issue 17). Reads every Strong, Hevy and
// FitNotes export in ../shared/samples with core's own parser, takes each distinct exercise name, resolves it, and
// compares the answer with the hand-judged table in expected.mjs. Prints the shares and the lists to look at.
// Run after `npx tsc -b`:  node bench/names/resolve.bench.mjs [samples dir] [--json]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exerciseById, parseWorkoutExport, resolveExerciseName } from "@spotter/core";
import { SAMPLE_EXPECTED } from "./expected.mjs";

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

/** Distinct names with the apps they came from and how many sets use them. */
const names = new Map();
for (const app of ["strong", "hevy", "fitnotes"]) {
  const dir = path.join(samplesDir, app);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
    const parsed = parseWorkoutExport(readFileSync(path.join(dir, file), "utf8"), app, {
      unit: "kg",
      timeZone: "UTC",
    });
    if (!parsed.ok) {
      console.error(`${app}/${file}: ${parsed.message}`);
      continue;
    }
    for (const w of parsed.workouts)
      for (const s of w.sets) {
        const e = names.get(s.exerciseName) ?? { apps: new Set(), sets: 0 };
        e.apps.add(app);
        e.sets++;
        names.set(s.exerciseName, e);
      }
  }
}

const rows = [...names.keys()].sort().map((name) => {
  const got = resolveExerciseName(name);
  const judged = SAMPLE_EXPECTED.has(name);
  const want = SAMPLE_EXPECTED.get(name) ?? null;
  return { name, got, want, judged, sets: names.get(name).sets, apps: [...names.get(name).apps] };
});
const total = rows.length;
const resolved = rows.filter((r) => r.got !== null);
const correct = rows.filter((r) => r.judged && r.got !== null && r.got === r.want);
const handled = rows.filter((r) => r.judged && r.got === r.want);
const wrong = rows.filter((r) => r.judged && r.got !== r.want);
const unjudged = rows.filter((r) => !r.judged);
const pct = (n) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
const label = (id) => (id === null ? "custom" : `${id} (${exerciseById(id)?.name ?? "?"})`);

const summary = {
  distinct: total,
  resolved: resolved.length,
  resolvedCorrectly: correct.length,
  handledCorrectly: handled.length,
  wrong: wrong.map((r) => ({ name: r.name, got: r.got, want: r.want })),
  unresolved: rows.filter((r) => r.got === null).map((r) => r.name),
  unjudged: unjudged.map((r) => ({ name: r.name, got: r.got })),
};
if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(`distinct names in the samples: ${total}`);
  console.log(`resolve to a catalog entry:     ${resolved.length} (${pct(resolved.length)})`);
  console.log(`resolve correctly:              ${correct.length} (${pct(correct.length)})`);
  console.log(`handled correctly (incl. custom where custom is right): ${handled.length} (${pct(handled.length)})`);
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
