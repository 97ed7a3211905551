// Runs the browser tests with node's test runner, prints the spec report, writes the counts for CI's summary line
// (test-results/e2e.json) and exits with the runner's own exit code.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = readdirSync(join(root, "e2e"))
  .filter((f) => f.endsWith(".test.mjs"))
  .sort()
  .map((f) => join("e2e", f));
mkdirSync(join(root, "test-results"), { recursive: true });
const tap = join(root, "test-results", "e2e.tap");
const r = spawnSync(
  process.execPath,
  [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=tap",
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { cwd: root, stdio: "inherit" },
);
let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(tap, "utf8");
  const num = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, "m"))?.[1] ?? 0);
  counts = { passed: num("pass"), failed: num("fail") + num("cancelled"), skipped: num("skipped") + num("todo") };
} catch {
  counts.failed = r.status === 0 ? 0 : 1;
}
writeFileSync(join(root, "test-results", "e2e.json"), JSON.stringify(counts));
process.exit(r.status ?? 1);
