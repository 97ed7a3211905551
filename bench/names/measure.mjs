// The measurement behind resolve.bench.mjs and its test: every distinct exercise name in the sample exports,
// resolved and compared with the hand-judged table in expected.mjs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseWorkoutExport, resolveExerciseName } from "@spotter/core";
import { SAMPLE_EXPECTED } from "./expected.mjs";

/** Resolves every distinct name of the exports under `samplesDir` and sorts the answers into lists. */
export function measureSampleNames(samplesDir) {
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

  const summary = {
    distinct: total,
    resolved: resolved.length,
    resolvedCorrectly: correct.length,
    handledCorrectly: handled.length,
    wrong: wrong.map((r) => ({ name: r.name, got: r.got, want: r.want })),
    unresolved: rows.filter((r) => r.got === null).map((r) => r.name),
    unjudged: unjudged.map((r) => ({ name: r.name, got: r.got })),
  };
  return { summary, rows, wrong, unjudged };
}
