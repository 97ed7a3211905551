import { describe, expect, it } from "vitest";
import { checkLayers, importsOf } from "./layers.mjs";

/** A clean miniature of the repository: every rule holds. */
const CLEAN: Record<string, string> = {
  "packages/core/src/index.ts": 'export * from "./planning/index.js";\nexport * from "./catalog/index.js";',
  "packages/core/src/units.ts": 'import type { Unit } from "./records/vocab.js";\nexport const x = 1;',
  "packages/core/src/time.ts": 'import { TZDate } from "@date-fns/tz";\nimport { addDays } from "date-fns";',
  "packages/core/src/records/vocab.ts": 'import { z } from "zod";\nimport { x } from "../units.js";',
  "packages/core/src/catalog/index.ts": 'export { gradeRank } from "./grade.js";',
  "packages/core/src/catalog/grade.ts": 'import type { Grade } from "../records/vocab.js";',
  "packages/core/src/planning/index.ts": 'export * from "./pick.js";',
  "packages/core/src/planning/pick.ts": 'import { gradeRank } from "../catalog/index.js";\n// Date.now() in a comment',
  "packages/core/src/planning/pick.test.ts":
    'import { readFileSync } from "node:fs";\nimport { grade } from "../catalog/grade.js";',
  "packages/core/src/planning/testkit.ts": 'import { randomUUID } from "node:crypto";',
  "packages/db/src/index.ts": 'export * from "./connect.js";',
  "packages/db/src/connect.ts": 'import type { Profile } from "@spotter/core";',
  "packages/db/src/testEngines.ts": 'import { openDatabase } from "./connect.js";',
  "packages/web/src/main.tsx": 'import type { Profile } from "@spotter/core";\nimport { App } from "./app/App.js";',
  "packages/web/src/app/App.tsx": 'import { useState } from "react";',
};

function problemsWith(changes: Record<string, string>): string[] {
  return checkLayers(new Map(Object.entries({ ...CLEAN, ...changes })));
}

describe("the layering check (scripts/check-layers.mjs)", () => {
  it("passes the clean miniature", () => {
    expect(problemsWith({})).toEqual([]);
  });

  it("reads import, export-from, type-only and dynamic specifiers over several lines", () => {
    const text =
      'import {\n  a,\n  b,\n} from "x";\nimport type { T } from "y";\nexport * from "./z.js";\nawait import("w");';
    expect(importsOf(text)).toEqual([
      { spec: "x", typeOnly: false },
      { spec: "y", typeOnly: true },
      { spec: "./z.js", typeOnly: false },
      { spec: "w", typeOnly: false },
    ]);
  });

  const breaks: [string, Record<string, string>, RegExp][] = [
    [
      "core imports a node module outside tests",
      { "packages/core/src/units.ts": 'import { createHash } from "node:crypto";' },
      /node module node:crypto/,
    ],
    [
      "core imports a @spotter package",
      { "packages/core/src/planning/pick.ts": 'import { openDatabase } from "@spotter/db";' },
      /core imports @spotter\/db/,
    ],
    [
      "core imports an npm package not on its list",
      { "packages/core/src/planning/pick.ts": 'import _ from "lodash";' },
      /lodash, not on its list/,
    ],
    [
      "a rule area reaches into another area's file",
      { "packages/core/src/planning/pick.ts": 'import { gradeRank } from "../catalog/grade.js";' },
      /rule areas import each other's index\.ts only/,
    ],
    [
      "the bottom layer imports a rule area",
      { "packages/core/src/records/vocab.ts": 'import { gradeRank } from "../catalog/index.js";' },
      /bottom layer/,
    ],
    ["core reads the clock", { "packages/core/src/planning/pick.ts": "export const t = Date.now();" }, /Date\.now/],
    [
      "core draws randomness",
      { "packages/core/src/planning/pick.ts": "export const r = Math.random();" },
      /Math\.random/,
    ],
    [
      "db imports the server",
      { "packages/db/src/connect.ts": 'import { createApp } from "@spotter/server";' },
      /db imports @spotter\/server/,
    ],
    [
      "web imports the database package",
      { "packages/web/src/app/App.tsx": 'import { openDatabase } from "@spotter/db";' },
      /web imports @spotter\/db/,
    ],
    [
      "web reaches into the server's files",
      { "packages/web/src/app/App.tsx": 'import { x } from "../../../server/src/app.js";' },
      /web reaches into packages\/server/,
    ],
    [
      "a public entry reaches a test helper",
      { "packages/db/src/index.ts": 'export * from "./connect.js";\nexport * from "./testEngines.js";' },
      /reaches the test file packages\/db\/src\/testEngines\.ts/,
    ],
  ];

  it.each(breaks)("fails when %s", (_name, changes, expected) => {
    const problems = problemsWith(changes);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(expected);
  });
});
