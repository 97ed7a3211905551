import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DAILY_SOURCES } from "./sources.js";

// The docs live beside the code in the repository; this test runs in Node only (the core itself never reads files).
const doc = readFileSync(new URL("../../../../docs/evidence/daily.md", import.meta.url), "utf8");

describe("DAILY_SOURCES", () => {
  it.each(Object.keys(DAILY_SOURCES))("S0.4: %s has its own section in docs/evidence/daily.md", (key) => {
    expect(doc).toMatch(new RegExp(`^## ${key}$`, "m"));
  });

  it.each(Object.entries(DAILY_SOURCES))("S0.4: %s has a citation and an https address when it has one", (_k, s) => {
    expect(s.citation.length).toBeGreaterThan(10);
    if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
  });
});
