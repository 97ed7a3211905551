#!/usr/bin/env node
/**
 * `npm run check` step: the HTTP contract. Runs, on SQLite only so that it stays quick, the tests that fail when a
 * route answers outside its schema: the walk that calls every route of core's route table against a real server
 * and checks each success answer (a field of the wrong type, or one the schema does not list), the test that every
 * registered route has its line in the table and its answer in the OpenAPI document, the static check that every
 * answer schema is fully described, and the type-level checks of core's types against the schemas (those also fail
 * `tsc -p tsconfig.tests.json` before this step). `npm test` runs the same files on PostgreSQL too.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The contract's test files. */
const CONTRACT_TESTS = [
  "packages/core/src/contract/",
  "packages/server/src/routes.answers.test.ts",
  "packages/server/src/routes/answers.walk.test.ts",
];

const env = { ...process.env };
delete env.SPOTTER_TEST_DATABASE_URL;
const started = Date.now();
// The dot reporter replaces the config's reporters, so a check never overwrites the JSON report CI reads; one
// worker without isolation loads the server's modules once for all the files (about a third quicker).
const args = ["vitest", "run", "--reporter=dot", "--no-isolate", "--maxWorkers=1", ...CONTRACT_TESTS];
const run = spawnSync("npx", args, { cwd: root, env, stdio: "inherit" });
if (run.status !== 0) {
  console.error("\nA route answered outside its schema, or a schema is not fully described; see above.");
  process.exit(run.status ?? 1);
}
console.log(`The contract holds over every route (${((Date.now() - started) / 1000).toFixed(1)} s).`);
