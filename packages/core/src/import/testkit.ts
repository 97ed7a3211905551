/** Test helpers for the import layer: where the shared sample exports live, and counting what a parse gave. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportedSet, ImportFormat, ImportParse } from "./types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../../..");

/** shared/samples beside the checkout (one level further up is accepted too), as catalog/names.test.ts finds it. */
export const samplesDir =
  [path.resolve(repoRoot, "../shared/samples"), path.resolve(repoRoot, "../../shared/samples")].find((d) =>
    existsSync(d),
  ) ?? path.resolve(repoRoot, "../shared/samples");

/** True when the sample exports are present; when they are not, the caller warns and skips. */
export const hasSamples = existsSync(samplesDir);

/** Every sample export: its app, file name and text. Empty when the folder is absent. */
export function sampleFiles(): { format: ImportFormat; file: string; text: string }[] {
  if (!hasSamples) return [];
  const out: { format: ImportFormat; file: string; text: string }[] = [];
  for (const format of ["strong", "hevy", "fitnotes"] as const) {
    const dir = path.join(samplesDir, format);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort()) {
      out.push({ format, file, text: readFileSync(path.join(dir, file), "utf8") });
    }
  }
  return out;
}

/** The successful parse, or a thrown error naming why it failed (tests only). */
export function okParse(p: ImportParse): Extract<ImportParse, { ok: true }> {
  if (!p.ok) throw new Error(`parse failed: ${p.error}: ${p.message}`);
  return p;
}

/** All sets of a parse, in workout order. */
export function allSets(p: ImportParse): ImportedSet[] {
  return p.ok ? p.workouts.flatMap((w) => w.sets) : [];
}
