import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../connect.js";
import { testEngines } from "../testEngines.js";
import { giveBackCounters, hitCounters, readCounters, sweepCounters } from "./rateLimits.js";

const now = Date.parse("2026-12-07T20:00:00Z");
const MIN = 60_000;

for (const engine of testEngines()) {
  describe(`rate-limit counters on ${engine.name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => db.close());

    it("counts hits per key in one window and starts a new window once it ended", async () => {
      const hit = (at: number) => hitCounters(db.kysely, [{ key: "a", windowMs: 15 * MIN }], at);
      expect((await hit(now)).get("a")).toEqual({ hits: 1, expiresAt: now + 15 * MIN });
      expect((await hit(now + MIN)).get("a")).toEqual({ hits: 2, expiresAt: now + 15 * MIN });
      expect((await hit(now + 15 * MIN - 1)).get("a")?.hits).toBe(3);
      // The window ended: the same row starts again at 1 with a new end.
      expect((await hit(now + 15 * MIN)).get("a")).toEqual({ hits: 1, expiresAt: now + 30 * MIN });
    });

    it("bumps several keys in one statement, each with its own window, and counts a repeated key once", async () => {
      const s = await hitCounters(
        db.kysely,
        [
          { key: "m2", windowMs: MIN },
          { key: "m1", windowMs: 60 * MIN },
          { key: "m2", windowMs: MIN },
        ],
        now,
      );
      expect(s.get("m1")).toEqual({ hits: 1, expiresAt: now + 60 * MIN });
      expect(s.get("m2")).toEqual({ hits: 1, expiresAt: now + MIN });
      const again = await hitCounters(
        db.kysely,
        [
          { key: "m1", windowMs: 60 * MIN },
          { key: "m2", windowMs: MIN },
        ],
        now + 2 * MIN,
      );
      expect(again.get("m1")?.hits).toBe(2);
      expect(again.get("m2")).toEqual({ hits: 1, expiresAt: now + 3 * MIN });
    });

    it("loses no hit when 40 requests bump the same counters at once", async () => {
      const keys = [
        { key: "p1", windowMs: 60 * MIN },
        { key: "p2", windowMs: 60 * MIN },
      ];
      const answers = await Promise.all(Array.from({ length: 40 }, () => hitCounters(db.kysely, keys, now)));
      const seen = answers.map((a) => a.get("p1")?.hits).sort((x, y) => (x ?? 0) - (y ?? 0));
      expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect((await readCounters(db.kysely, ["p1", "p2"], now)).get("p2")?.hits).toBe(40);
    });

    it("gives back one hit, clears the keys asked, and leaves ended windows alone", async () => {
      const keys = ["g1", "g2", "g3"].map((key) => ({ key, windowMs: 10 * MIN }));
      await hitCounters(db.kysely, keys, now);
      await hitCounters(db.kysely, keys, now);
      await giveBackCounters(db.kysely, ["g1", "g2"], ["g3"], now + MIN);
      const s = await readCounters(db.kysely, ["g1", "g2", "g3"], now + MIN);
      expect([s.get("g1")?.hits, s.get("g2")?.hits, s.get("g3")?.hits]).toEqual([1, 1, 0]);
      await giveBackCounters(db.kysely, ["g1"], [], now + 10 * MIN);
      expect((await readCounters(db.kysely, ["g1"], now + MIN)).get("g1")?.hits).toBe(1);
      // Never below zero.
      await giveBackCounters(db.kysely, ["g3"], [], now + MIN);
      expect((await readCounters(db.kysely, ["g3"], now + MIN)).get("g3")?.hits).toBe(0);
    });

    it("sweeps only the counters whose window ended", async () => {
      await hitCounters(db.kysely, [{ key: "s-old", windowMs: MIN }], now - 5 * MIN);
      await hitCounters(db.kysely, [{ key: "s-new", windowMs: 60 * MIN }], now);
      const gone = await sweepCounters(db.kysely, now);
      expect(gone).toBeGreaterThanOrEqual(1);
      const left = await db.kysely.selectFrom("rate_limits").select("key").where("key", "like", "s-%").execute();
      expect(left.map((r) => r.key)).toEqual(["s-new"]);
    });
  });
}
