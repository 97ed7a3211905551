/**
 * SQLite group commit: writes queued together share one transaction and one COMMIT, each settles only after that
 * COMMIT, a failing write is rolled back alone (its client id claim too), and everything acknowledged is in the file
 * after it is closed and opened again.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoggedSet, TrainingSession } from "@spotter/core";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./connect.js";
import { isUniqueViolation } from "./errors.js";
import { groupCommitStats } from "./groupCommit.js";
import { uuidv7 } from "./ids.js";
import { logVersion } from "./logVersion.js";
import { findClientId } from "./repos/clientIds.js";
import { insertSession, insertSet, listSetsForSessions } from "./repos/sessions.js";
import { insertUser } from "./repos/users.js";

const now = Date.parse("2026-11-25T09:00:00Z");
const stamp = new Date(now).toISOString();

function session(): TrainingSession {
  return {
    id: uuidv7(now),
    clientId: uuidv7(now),
    date: "2026-11-25",
    startedAt: "2026-11-25T08:00:00.000Z",
    finishedAt: null,
    painBefore: 2,
    painAfter: null,
    note: null,
    title: null,
    recovery: false,
    source: "spotter",
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function set(sessionId: string, setIndex: number): LoggedSet {
  return {
    id: uuidv7(now),
    clientId: uuidv7(now),
    sessionId,
    exerciseId: "back-squat",
    setIndex,
    warmup: false,
    setType: "normal",
    reps: 8,
    loadKg: 100,
    seconds: null,
    distanceM: null,
    rir: 2,
    rpe: null,
    belt: false,
    pain: 1,
    painKind: "none",
    flagged: false,
    unit: "kg",
    note: null,
    supersetId: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

describe("SQLite group commit", () => {
  const dir = mkdtempSync(join(tmpdir(), "spotter-group-"));
  let db: Db;
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs writes queued together in one transaction, rejects the failing one alone and keeps the rest", async () => {
    db = await openDatabase({ dataDir: dir });
    const user = uuidv7(now);
    await insertUser(db.kysely, { id: user, email: "group@example.com", passwordHash: "x", createdAt: now });
    const s = session();
    await insertSession(db.kysely, user, s);
    const first = set(s.id, 0);
    await insertSet(db.kysely, user, first);
    const before = groupCommitStats(db.kysely);
    const sets = Array.from({ length: 30 }, (_, i) => set(s.id, i + 1));
    // Same id as a stored set: a primary-key violation in the middle of the batch.
    const clash = { ...set(s.id, 99), id: first.id };
    const outcomes = await Promise.allSettled([
      ...sets.slice(0, 15).map((x) => insertSet(db.kysely, user, x)),
      insertSet(db.kysely, user, clash),
      ...sets.slice(15).map((x) => insertSet(db.kysely, user, x)),
    ]);
    const after = groupCommitStats(db.kysely);
    expect(after.writes - before.writes).toBe(31);
    expect(after.batches - before.batches).toBe(1);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(30);
    const failed = outcomes[15];
    expect(failed?.status).toBe("rejected");
    expect(isUniqueViolation((failed as PromiseRejectedResult).reason)).toBe(true);
    // The failed write left nothing: its client id is free for a retry, and the version counts the 32 stored writes.
    expect(await findClientId(db.kysely, user, "set", clash.clientId)).toBeUndefined();
    expect(await logVersion(db.kysely, user)).toBe(32);

    await db.close();
    db = await openDatabase({ dataDir: dir });
    const stored = await listSetsForSessions(db.kysely, user, [s.id]);
    expect(stored).toHaveLength(31);
    expect(await logVersion(db.kysely, user)).toBe(32);
  });
});
