import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allExercises, CATALOG } from "../catalog/catalog.js";
import { EQUIPMENT } from "../records/vocab.js";
import { rankAlternatives } from "./alternatives.js";
import { modificationsFor } from "./modifications.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../../..");
const seedDir =
  [path.resolve(repoRoot, "../shared/seed"), path.resolve(repoRoot, "../../shared/seed")].find((d) => existsSync(d)) ??
  path.resolve(repoRoot, "../shared/seed");
const hasSeed = existsSync(seedDir);

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every run of eight words in a text. */
function runsOf8(t: string): Set<string> {
  const w = words(t);
  const out = new Set<string>();
  for (let i = 0; i + 8 <= w.length; i++) out.add(w.slice(i, i + 8).join(" "));
  return out;
}

/** Every text a user reads from the catalog and the substitution rules. */
function ourTexts(): string[] {
  const all = allExercises();
  const texts = CATALOG.flatMap((d) => [d.name, ...d.cues]);
  for (const e of all) {
    for (const m of modificationsFor(e, [...EQUIPMENT])) texts.push(m.text);
    const ctx = {
      catalog: all,
      excluded: new Set<string>(),
      excludedPatterns: new Set<never>(),
      equipment: [...EQUIPMENT],
      tier: "R4" as const,
      reason: "pain" as const,
      limit: 5,
    };
    for (const a of rankAlternatives(e, ctx)) texts.push(a.why);
  }
  return texts;
}

let cached: string[] | null = null;
/** Our texts, computed once for both checks. */
function texts(): string[] {
  cached ??= ourTexts();
  return cached;
}

/** The evidence page, when present (it quotes titles, so it is checked for copying only). */
function docText(): string[] {
  const doc = path.resolve(repoRoot, "docs/evidence/spine-load.md");
  return existsSync(doc) ? [readFileSync(doc, "utf8")] : [];
}

describe("wording", () => {
  it.skipIf(!hasSeed)("S0.3: no run of eight words from the seed guide appears in our texts", () => {
    const seed = new Set<string>();
    for (const f of readdirSync(seedDir))
      for (const r of runsOf8(readFileSync(path.join(seedDir, f), "utf8"))) seed.add(r);
    const copied = [...texts(), ...docText()].flatMap((t) => [...runsOf8(t)].filter((r) => seed.has(r)));
    expect(copied).toEqual([]);
  });

  if (!hasSeed) {
    it("S0.3: seed guide absent", () => {
      console.warn(`SKIPPED: seed guide not found at ${seedDir}; the copied-wording check did not run`);
      expect(hasSeed).toBe(false);
    });
  }

  it("S0.3: no text tells the user to push through, and none shouts", () => {
    for (const t of texts()) {
      expect(t.toLowerCase()).not.toContain("push through");
      expect(t).not.toContain("!");
    }
  });
});
