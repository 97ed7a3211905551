/**
 * The layering rules of docs/ARCHITECTURE.md, checked over import specifiers. Kept as plain functions over a map of
 * file path -> source text so that scripts/check-layers.test.ts can feed it fixtures that break each rule.
 *
 * Paths are repository-relative with forward slashes, e.g. `packages/core/src/planning/pick.ts`.
 */
import path from "node:path/posix";

/** The npm packages core may import (DESIGN.md "Added 2026-12"), with their subpaths. */
export const CORE_PACKAGES = ["zod", "date-fns", "@date-fns/tz", "papaparse"];

/** The public entries of each package: what they reach is what ships. */
export const ENTRIES = [
  "packages/core/src/index.ts",
  "packages/db/src/index.ts",
  "packages/server/src/index.ts",
  "packages/cli/src/index.ts",
  "packages/web/src/main.tsx",
];

/** True for a test file or a test helper (fixtures, kits, harnesses, test database engines). */
export function isTestFile(file) {
  const base = path.basename(file);
  return (
    /\.test\.[cm]?[jt]sx?$/.test(base) ||
    /^test(kit|ing|Data|Fixtures|Engines)\.[jt]sx?$/.test(base) ||
    file.includes("/testing/")
  );
}

const SPECIFIER =
  /(?:\bimport\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|\bexport\s+(type\s+)?(?:[\w*{}\s,$]+?)\s+from\s+|\bimport\s*\(\s*)["']([^"']+)["']/g;

/** Strips comments so that a specifier or a banned global mentioned in prose does not count. */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The import and re-export specifiers of one source text, each with whether it is type-only. */
export function importsOf(text) {
  const out = [];
  for (const m of stripComments(text).matchAll(SPECIFIER)) {
    out.push({ spec: m[3], typeOnly: Boolean(m[1] || m[2]) });
  }
  return out;
}

/** The package name of a bare specifier (`@scope/name` or `name`), or null for relative and node: ones. */
function packageName(spec) {
  if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("node:")) return null;
  const parts = spec.split("/");
  return spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Resolves a relative specifier to a file in `files` (`.js` written for `.ts` sources, or a directory index). */
function resolve(from, spec, files) {
  if (!spec.startsWith(".")) return null;
  const target = path.normalize(path.join(path.dirname(from), spec));
  const stem = target.replace(/\.[cm]?jsx?$/, "");
  for (const c of [target, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]) {
    if (files.has(c)) return c;
  }
  return target;
}

const CORE = "packages/core/src/";
const BOTTOM = new Set(["time.ts", "units.ts", "random.ts"]);

/** The core area of a core file: its first folder, or the file name for top-level files. */
function coreArea(file) {
  return file.slice(CORE.length).split("/")[0];
}

function checkCoreRelative(file, target, problems) {
  if (!target.startsWith(CORE)) {
    problems.push(`${file}: core reaches outside packages/core/src (${target})`);
    return;
  }
  const from = coreArea(file);
  const to = coreArea(target);
  const rest = target.slice(CORE.length + to.length + 1);
  if (from === to) return;
  if (from === "records" || BOTTOM.has(from)) {
    if (to !== "records" && !BOTTOM.has(to)) {
      problems.push(`${file}: the bottom layer (records, time.ts, units.ts, random.ts) imports ${target}`);
    }
    return;
  }
  if (to === "records" || BOTTOM.has(to)) return;
  if (rest !== "index.ts") {
    problems.push(`${file}: imports ${target}; rule areas import each other's index.ts only`);
  }
}

const BANNED_GLOBALS = [
  [/\bDate\.now\s*\(/, "Date.now()"],
  [/\bMath\.random\s*\(/, "Math.random()"],
  [/\bnew\s+Date\s*\(\s*\)/, "new Date()"],
];

/**
 * Checks every rule over `sources` (path -> text) and answers the problems found, one line each, empty when the
 * layering holds.
 */
export function checkLayers(sources) {
  const files = new Set(sources.keys());
  const problems = [];
  const graph = new Map();
  for (const [file, text] of sources) {
    const imports = importsOf(text);
    const test = isTestFile(file);
    const edges = [];
    for (const { spec, typeOnly } of imports) {
      const pkg = packageName(spec);
      const target = resolve(file, spec, files);
      if (target) edges.push(target);
      if (file.startsWith(CORE) && !test) {
        if (spec.startsWith("node:")) problems.push(`${file}: core imports the node module ${spec}`);
        else if (pkg?.startsWith("@spotter/")) problems.push(`${file}: core imports ${pkg}`);
        else if (pkg && !CORE_PACKAGES.includes(pkg)) problems.push(`${file}: core imports ${pkg}, not on its list`);
        if (target) checkCoreRelative(file, target, problems);
      }
      if (file.startsWith("packages/db/src/")) {
        if (pkg === "@spotter/server" || pkg === "@spotter/cli" || pkg === "@spotter/web") {
          problems.push(`${file}: db imports ${pkg}`);
        }
        if (target && !target.startsWith("packages/db/")) problems.push(`${file}: db reaches into ${target}`);
      }
      if (file.startsWith("packages/web/src/")) {
        if (pkg === "@spotter/server" || pkg === "@spotter/db" || pkg === "@spotter/cli") {
          problems.push(`${file}: web imports ${pkg}`);
        }
        if (target && !target.startsWith("packages/web/")) problems.push(`${file}: web reaches into ${target}`);
        if (spec.startsWith("node:") && !test) problems.push(`${file}: web imports the node module ${spec}`);
      }
      // The route table's Zod schemas stay on the server side; the browser takes their types only.
      if (file.startsWith("packages/web/src/") && /^@spotter\/core\/contract/.test(spec) && !typeOnly) {
        problems.push(`${file}: web takes the contract with \`import type\` only`);
      }
    }
    graph.set(file, edges);
    if (file.startsWith(CORE) && !test) {
      const code = stripComments(text);
      for (const [re, name] of BANNED_GLOBALS) {
        if (re.test(code)) problems.push(`${file}: ${name} in core; pass the time or the randomness in`);
      }
    }
  }
  // What a package's public entry reaches ships in dist and in its public API: no test or test helper among it.
  for (const entry of ENTRIES) {
    if (!files.has(entry)) continue;
    const seen = new Set([entry]);
    const queue = [entry];
    while (queue.length) {
      const file = queue.shift();
      for (const next of graph.get(file) ?? []) {
        if (seen.has(next) || !files.has(next)) continue;
        seen.add(next);
        queue.push(next);
        if (isTestFile(next)) problems.push(`${entry} reaches the test file ${next} (through ${file})`);
      }
    }
  }
  return problems;
}
