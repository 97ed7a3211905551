/**
 * Migration 0007 on a database that already holds records: every stored check-in, session, set and daily entry has
 * its client id applied afterwards, so a retry sent across the upgrade still answers the stored record.
 */
import { randomBytes } from "node:crypto";
import { Migrator } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type Db, dropSchema, openDatabase } from "./connect.js";
import { migrateToLatest, migrationsFor } from "./migrations.js";
import { findClientId } from "./repos/clientIds.js";

const url = process.env.SPOTTER_TEST_DATABASE_URL;
const engines: { name: string; open: () => Promise<{ db: Db; schema?: string }> }[] = [
  { name: "sqlite", open: async () => ({ db: await openDatabase({ dataDir: ":memory:", migrate: false }) }) },
];
if (url) {
  engines.push({
    name: "postgres",
    async open() {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      return { db: await openDatabase({ databaseUrl: url, schema, migrate: false }), schema };
    },
  });
}

for (const engine of engines) {
  describe(`migration 0007 on ${engine.name}`, () => {
    let opened: { db: Db; schema?: string } | undefined;
    afterEach(async () => {
      await opened?.db.close();
      if (url && opened?.schema) await dropSchema(url, opened.schema);
    });

    it("applies the client ids of every record stored before it", async () => {
      opened = await engine.open();
      const { db, schema } = opened;
      const migrator = new Migrator({
        db: db.kysely,
        provider: { getMigrations: async () => migrationsFor(db.dialect) },
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      const before = await migrator.migrateTo("0006_rate_limits");
      expect(before.error).toBeUndefined();
      const k = db.kysely;
      const t = 1_700_000_000_000;
      await k
        .insertInto("users")
        .values({ id: "u1", email: "a@example.com", password_hash: "x", created_at: t })
        .execute();
      await k
        .insertInto("checkins")
        .values({
          id: "c1",
          user_id: "u1",
          client_id: "cc1",
          date: "2026-11-20",
          pain_now: 1,
          everyday_pain: "none",
          data: "{}",
          created_at: t,
          updated_at: t,
        })
        .execute();
      await k
        .insertInto("training_sessions")
        .values({
          id: "s1",
          user_id: "u1",
          client_id: "cs1",
          date: "2026-11-20",
          started_at: t,
          finished_at: null,
          pain_before: 1,
          pain_after: null,
          note: null,
          title: null,
          recovery: 0,
          source: "spotter",
          created_at: t,
          updated_at: t,
        })
        .execute();
      await k
        .insertInto("sets")
        .values({
          id: "x1",
          user_id: "u1",
          session_id: "s1",
          client_id: "cx1",
          exercise_id: "hip-thrust",
          set_index: 0,
          warmup: 0,
          set_type: "normal",
          reps: 8,
          load_g: 40_000,
          seconds: null,
          distance_m: null,
          rir: 2,
          rpe: null,
          belt: 0,
          pain: 1,
          pain_kind: "none",
          flagged: 0,
          created_at: t,
          updated_at: t,
        })
        .execute();
      await k
        .insertInto("daily_entries")
        .values({
          id: "d1",
          user_id: "u1",
          client_id: "cd1",
          date: "2026-11-20",
          kind: "water",
          data: "{}",
          created_at: t,
        })
        .execute();
      await migrateToLatest(k, db.dialect, schema);
      expect(await findClientId(k, "u1", "checkin", "cc1")).toEqual({ recordId: "c1", deleted: false });
      expect(await findClientId(k, "u1", "session", "cs1")).toEqual({ recordId: "s1", deleted: false });
      expect(await findClientId(k, "u1", "set", "cx1")).toEqual({ recordId: "x1", deleted: false });
      expect(await findClientId(k, "u1", "daily", "cd1")).toEqual({ recordId: "d1", deleted: false });
      // Kinds stay apart: a session's client id is not a set's.
      expect(await findClientId(k, "u1", "set", "cs1")).toBeUndefined();
    });
  });
}
