import type { LoggedSet, TrainingSession } from "@spotter/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../connect.js";
import { uuidv7 } from "../ids.js";
import { logVersion } from "../logVersion.js";
import { testEngines } from "../testEngines.js";
import { insertDayRecords, type NewRecords } from "./bulk.js";
import { rollbackStaleImports, STALE_MS, startImportRun, writeImportInChunks } from "./importRuns.js";
import { insertUser } from "./users.js";

const now = Date.parse("2026-11-20T08:00:00Z");
const iso = new Date(now).toISOString();

/** An import of `sessions` sessions with `perSession` sets each (our own made-up records). */
function records(sessions: number, perSession: number): NewRecords {
  const out: NewRecords = {
    customExercises: [],
    sessions: [],
    sets: [],
    checkins: [],
    daily: [],
    clearances: [],
    plans: [],
  };
  for (let i = 0; i < sessions; i++) {
    const s: TrainingSession = {
      id: uuidv7(now),
      clientId: uuidv7(now),
      date: "2026-11-01",
      startedAt: new Date(now - (i + 1) * 86_400_000).toISOString(),
      finishedAt: null,
      painBefore: null,
      painAfter: null,
      note: null,
      title: null,
      recovery: false,
      source: "strong",
      createdAt: iso,
      updatedAt: iso,
    };
    out.sessions.push(s);
    for (let k = 0; k < perSession; k++) {
      const set: LoggedSet & { sourceName: string } = {
        id: uuidv7(now),
        clientId: uuidv7(now),
        sessionId: s.id,
        exerciseId: "back-squat",
        setIndex: k,
        warmup: false,
        setType: "normal",
        reps: 5,
        loadKg: 100,
        seconds: null,
        distanceM: null,
        rir: null,
        rpe: null,
        belt: false,
        pain: null,
        painKind: null,
        flagged: false,
        createdAt: iso,
        updatedAt: iso,
        sourceName: "Squat (Barbell)",
      };
      out.sets.push(set);
    }
  }
  return out;
}

async function counts(db: Db, userId: string) {
  const k = db.kysely;
  const [sessions, sets, claims, runs] = await Promise.all([
    k.selectFrom("training_sessions").select("id").where("user_id", "=", userId).execute(),
    k.selectFrom("sets").select("id").where("user_id", "=", userId).execute(),
    k.selectFrom("client_ids").select("client_id").where("user_id", "=", userId).execute(),
    k.selectFrom("import_runs").select("id").where("user_id", "=", userId).execute(),
  ]);
  return { sessions: sessions.length, sets: sets.length, claims: claims.length, runs: runs.length };
}

for (const engine of testEngines()) {
  describe(`chunked import writes on ${engine.name}`, () => {
    let db: Db;
    let user = 0;
    const newUser = async () => {
      const id = `user-${++user}`;
      await insertUser(db.kysely, { id, email: `${id}@example.com`, passwordHash: "x", createdAt: now });
      return id;
    };
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => db.close());

    it("X1: 1,000 sets at 100 rows per commit take 12 commits, the connection is free between them, and the log version moves once", async () => {
      const u = await newUser();
      const r = records(10, 100);
      const seenBetween: number[] = [];
      const before = await logVersion(db.kysely, u);
      let commits = 0;
      await writeImportInChunks(db.kysely, u, r, {
        runId: uuidv7(now),
        now,
        rowsPerCommit: 100,
        // Another request between commits: it runs (the connection is not held) and sees no version change yet.
        between: async () => {
          seenBetween.push(await logVersion(db.kysely, u));
        },
        onCommit: (n) => {
          commits = n;
        },
      });
      // 1 commit of 10 sessions + 10 commits of 100 sets + the reveal.
      expect(commits).toBe(12);
      expect(seenBetween).toHaveLength(11);
      expect(new Set(seenBetween)).toEqual(new Set([before]));
      expect(await logVersion(db.kysely, u)).toBe(before + 1);
      expect(await counts(db, u)).toEqual({ sessions: 10, sets: 1000, claims: 1010, runs: 0 });
    });

    it("X1: a chunk that fails midway leaves nothing of the import, and says why", async () => {
      const u = await newUser();
      const r = records(3, 50);
      // The last set repeats an earlier set's id: its chunk fails after two chunks of sets committed.
      const last = r.sets.at(-1) as LoggedSet;
      r.sets[r.sets.length - 1] = { ...last, id: r.sets[0]?.id ?? "" };
      const before = await logVersion(db.kysely, u);
      await expect(
        writeImportInChunks(db.kysely, u, r, { runId: uuidv7(now), now, rowsPerCommit: 60 }),
      ).rejects.toThrow();
      expect(await counts(db, u)).toEqual({ sessions: 0, sets: 0, claims: 0, runs: 0 });
      expect(await logVersion(db.kysely, u)).toBeGreaterThan(before);
    });

    it("X1: a run left writing by a server that stopped is rolled back once it is stale, never before", async () => {
      const u = await newUser();
      const runId = uuidv7(now);
      const r = records(2, 5);
      // A run that stopped midway: its first commit stored, its reveal never came.
      await writeImportInChunks(db.kysely, u, r, {
        runId,
        now,
        rowsPerCommit: 5,
        onCommit: (n) => {
          if (n === 2) throw new Error("the server stopped");
        },
      }).catch(() => undefined);
      // The failure path already rolled it back; write a stranded run by hand to see the start-up sweep.
      await db.kysely
        .insertInto("import_runs")
        .values({ id: runId, user_id: u, state: "writing", touched_at: now })
        .execute();
      await db.kysely
        .insertInto("training_sessions")
        .values({
          id: "stranded",
          user_id: u,
          client_id: "stranded",
          date: "2026-11-01",
          started_at: now,
          finished_at: null,
          pain_before: null,
          pain_after: null,
          note: null,
          title: null,
          recovery: 0,
          source: "strong",
          created_at: now,
          updated_at: now,
          import_id: runId,
        })
        .execute();
      expect(await rollbackStaleImports(db.kysely, now + STALE_MS - 1)).toBe(0);
      expect((await counts(db, u)).sessions).toBe(1);
      expect(await rollbackStaleImports(db.kysely, now + STALE_MS + 1)).toBe(1);
      expect(await counts(db, u)).toEqual({ sessions: 0, sets: 0, claims: 0, runs: 0 });
    });

    it("X2: a restore's day records go in the reveal's commit; when that commit fails the run rolls back whole", async () => {
      const checkin = (date: string) => ({
        id: uuidv7(now),
        clientId: uuidv7(now),
        date,
        painNow: 1,
        everydayPain: "none",
        redFlags: {},
        createdAt: iso,
        updatedAt: iso,
      });
      const day = { checkins: [checkin("2026-11-02")], daily: [], clearances: [], plans: [] } as unknown as Omit<
        NewRecords,
        "customExercises" | "sessions" | "sets"
      >;
      const u = await newUser();
      const r = records(2, 300);
      const run = await startImportRun(db.kysely, u, { runId: uuidv7(now), now, rowsPerCommit: 100 });
      await run.write("sessions", r.sessions);
      await run.write("sets", r.sets);
      // The last commit fails after writing its check-in: nothing of it stays, and the run is undone.
      await expect(
        run.reveal(async (trx) => {
          await insertDayRecords(trx, u, day, now);
          throw new Error("the disk is full");
        }),
      ).rejects.toThrow("the disk is full");
      await run.rollback();
      const checkins = () => db.kysely.selectFrom("checkins").select("id").where("user_id", "=", u).execute();
      expect(await counts(db, u)).toEqual({ sessions: 0, sets: 0, claims: 0, runs: 0 });
      expect(await checkins()).toHaveLength(0);
      // The same restore again, revealed: sets, sessions and the check-in all there, the run gone.
      const again = await startImportRun(db.kysely, u, { runId: uuidv7(now), now, rowsPerCommit: 100 });
      await again.write("sessions", r.sessions);
      await again.write("sets", r.sets);
      await again.reveal((trx) => insertDayRecords(trx, u, day, now));
      expect(await counts(db, u)).toEqual({ sessions: 2, sets: 600, claims: 603, runs: 0 });
      expect(await checkins()).toHaveLength(1);
    });
  });
}
