/**
 * Derived answers kept in the database (`derived_answers`, migration 0015) under the key of everything they were
 * computed from, so the first GET /today or trigger list after a restart, on any server, is one row read instead of
 * a pass over five years of log. A kept answer is used only while its key matches what the request reads now and
 * before its `validUntil`; any write to the log (log version), the plan (its stored text), a new local day or a new
 * build changes the key, so a stale answer is never given.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDerivedAnswer, putDerivedAnswer } from "@spotter/db";
import type { Deps } from "../context.js";

let build: string | undefined;

/** The package folder holding this module (`packages/server`, from its sources or its build). */
function serverRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  return null;
}

/**
 * Which build of the rules computed an answer: a hash of the core's and the server's TypeScript build records (they
 * hold a hash of every source file), so a deploy with changed rules never answers what the old rules kept. Without
 * them (an unusual install) every process is its own build: kept answers then last until the next restart.
 */
export function buildStamp(): string {
  if (build !== undefined) return build;
  const hash = createHash("sha256");
  const root = serverRoot();
  const records = root ? [join(root, "dist", ".tsbuildinfo"), join(root, "..", "core", "dist", ".tsbuildinfo")] : [];
  if (records.length > 0 && records.every((f) => existsSync(f))) {
    for (const f of records) hash.update(readFileSync(f));
    build = hash.digest("base64url").slice(0, 16);
  } else {
    build = `run-${randomUUID()}`;
  }
  return build;
}

/** A short, stable stamp of a text (the stored plan): the key holds this rather than the whole text. */
export function textStamp(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** What a computation of a kept answer hands back: the answer, the key of what it read, and its time limit. */
export interface Computed<T> {
  value: T;
  /** The key of the inputs it was computed from (never newer than what it read). */
  key: string;
  /** Epoch ms after which it may change with no write; null when only a write or a new day changes it. */
  validUntil: number | null;
  /** False to answer without keeping it (say, a day other than the user's today). */
  keep?: boolean;
}

/** True when the user's kept answer of `kind` is under `key` and still valid: asking for it would cost a row read. */
export async function keptIsFresh(deps: Deps, userId: string, kind: string, key: string): Promise<boolean> {
  const kept = await getDerivedAnswer(deps.db.kysely, userId, kind);
  return kept !== undefined && kept.key === key && (kept.validUntil === null || deps.now() < kept.validUntil);
}

/**
 * The answer of `kind` kept under `key` (what the request reads now), or a fresh one computed and kept. The value
 * is shared JSON: callers answer it as it is.
 */
export async function keptAnswer<T>(
  deps: Deps,
  userId: string,
  kind: string,
  key: string,
  compute: () => Promise<Computed<T>>,
): Promise<T> {
  const db = deps.db.kysely;
  const kept = await getDerivedAnswer(db, userId, kind);
  if (kept && kept.key === key && (kept.validUntil === null || deps.now() < kept.validUntil)) {
    keptStats.hits++;
    return JSON.parse(kept.data) as T;
  }
  keptStats.misses++;
  const fresh = await compute();
  if (fresh.keep !== false) {
    await putDerivedAnswer(
      db,
      userId,
      kind,
      { key: fresh.key, data: JSON.stringify(fresh.value), validUntil: fresh.validUntil },
      deps.now(),
    );
  }
  return fresh.value;
}

/** How many kept answers were used and how many computed since the start (tests and benchmarks read it). */
export const keptStats = { hits: 0, misses: 0 };
