// The bundle budget (issue 19): the JavaScript a phone must fetch before a screen can draw, counted over the build
// output, at most 150 KB gzipped for the login page, Today and the live session. It reads Vite's manifest (which
// chunk each screen needs, including the chunks those import), so a change that pulls a heavy library (zod, the
// chart library) into a first screen fails here with the chunk named. It also checks that the build wrote a brotli
// and a gzip copy of every script and style sheet for the server to send.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/web/dist");
const manifestFile = join(dist, ".vite/manifest.json");

/** The budget of first-load JavaScript per screen, in bytes gzipped (KB = 1,000 bytes). */
const BUDGET = 150_000;

/** The screens the budget covers: the entry plus the screen's own lazily loaded module. */
const SCREENS = {
  login: "src/screens/Auth.tsx",
  today: "src/screens/Today.tsx",
  "live session": "src/screens/LiveSession.tsx",
};

/** Heavy libraries that must not load before a first screen draws, with a path fragment that marks their chunk. */
const LATER = ["uplot"];

function build() {
  // `npm run test:e2e` builds first; run alone (node --test e2e/bundle-budget.test.mjs) it builds if needed.
  if (existsSync(manifestFile)) return;
  const r = spawnSync("npm", ["run", "build", "-w", "@spotter/web"], { cwd: root, stdio: "inherit" });
  assert.equal(r.status, 0, "the web build failed");
}

/** Every chunk a manifest entry loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length;

build();
const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);

test("the build has one entry and every budgeted screen is its own lazily loaded chunk", () => {
  assert.ok(entryKey, "no entry in the manifest");
  for (const [name, src] of Object.entries(SCREENS)) {
    assert.ok(manifest[src], `${name}: ${src} is not in the manifest`);
    assert.ok(manifest[src].isDynamicEntry, `${name}: ${src} is bundled into another chunk instead of loading lazily`);
  }
});

for (const [name, src] of Object.entries(SCREENS)) {
  test(`first-load JavaScript of the ${name} screen is at most 150 KB gzipped`, () => {
    const keys = new Set([...staticClosure(manifest, entryKey), ...staticClosure(manifest, src)]);
    const chunks = [...keys].map((k) => ({ file: manifest[k].file, bytes: gzipped(manifest[k].file) }));
    const total = chunks.reduce((sum, c) => sum + c.bytes, 0);
    const list = chunks
      .sort((a, b) => b.bytes - a.bytes)
      .map((c) => `${c.file} ${(c.bytes / 1000).toFixed(1)} KB`)
      .join(", ");
    console.log(`${name}: ${(total / 1000).toFixed(1)} KB gzipped in ${chunks.length} chunks (${list})`);
    assert.ok(total <= BUDGET, `${name}: ${(total / 1000).toFixed(1)} KB gzipped, over the budget: ${list}`);
    for (const lib of LATER) {
      const files = [...keys].filter((k) => manifest[k].file.includes(lib) || k.includes(`node_modules/${lib}/`));
      assert.deepEqual(files, [], `${name} loads ${lib} before it draws`);
    }
  });
}

test("the entry chunk holds neither zod nor the chart library", () => {
  const text = [...staticClosure(manifest, entryKey)].map((k) => readFileSync(join(dist, manifest[k].file), "utf8"));
  // Marks that survive minification: zod's error map wording and uPlot's class names.
  for (const [lib, mark] of [
    ["zod", "Invalid input: expected"],
    ["uplot", "u-legend"],
  ]) {
    assert.ok(!text.some((t) => t.includes(mark)), `the entry chunk includes ${lib}`);
  }
});

test("every script, style sheet and the page have a brotli and a gzip copy for the server to send", () => {
  const files = readdirSync(join(dist, "assets"))
    .filter((f) => /\.(?:js|css)$/.test(f))
    .map((f) => `assets/${f}`)
    .concat(["index.html", "sw.js"]);
  const missing = files.filter((f) => {
    const raw = readFileSync(join(dist, f)).length;
    // A tiny file may not shrink; the build skips a copy that would not be smaller.
    return raw > 1000 && !(existsSync(join(dist, `${f}.br`)) && existsSync(join(dist, `${f}.gz`)));
  });
  assert.deepEqual(missing, []);
});
