// Prints one closing line for CI from the result files the test runs leave: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const unit = "test-results/vitest.json";
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
const e2e = "test-results/e2e.json";
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, "utf8"));
  passed += r.passed ?? 0;
  failed += r.failed ?? 0;
  skipped += r.skipped ?? 0;
}
if (passed + failed === 0) {
  console.error("No test ran.");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
