#!/usr/bin/env node
/**
 * `npm run check` step: the layering of docs/ARCHITECTURE.md ("Dependencies point inward"), checked over the import
 * specifiers of every source file under packages/<name>/src. Prints each break and exits 1, or one line and 0.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkLayers } from "./layers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield full;
  }
}

const sources = new Map();
for (const pkg of readdirSync(path.join(root, "packages"))) {
  const src = path.join(root, "packages", pkg, "src");
  try {
    for (const file of walk(src)) {
      sources.set(path.relative(root, file).split(path.sep).join("/"), readFileSync(file, "utf8"));
    }
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
}

const problems = checkLayers(sources);
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${problems.length} layering problem(s); the rules are in docs/ARCHITECTURE.md.`);
  process.exit(1);
}
console.log(`Layering holds over ${sources.size} files.`);
