import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { THRESHOLDS } from "./thresholds.js";

const evidence = readFileSync(new URL("../../../../docs/EVIDENCE.md", import.meta.url), "utf8");
const section = evidence.slice(evidence.indexOf("## Thresholds"));
const rows = section
  .split("\n")
  .filter((l) => l.startsWith("|"))
  .map((l) => l.split("|").map((c) => c.trim()));

describe("S0.5 every threshold names its source", () => {
  it.each(THRESHOLDS.map((t) => [t.rule, t.name] as const))(
    "S0.5: %s %s has an entry in docs/EVIDENCE.md with a source and its strength",
    (rule, name) => {
      const row = rows.find((r) => r[1]?.split(/,\s*/).includes(rule) && r[2]?.includes(`\`${name}\``));
      expect(row, `${rule} ${name}`).toBeDefined();
      expect(["strong", "weak", "convention", "judgement"]).toContain(row?.[4]);
      expect((row?.[3] ?? "").length).toBeGreaterThan(10);
    },
  );
});
