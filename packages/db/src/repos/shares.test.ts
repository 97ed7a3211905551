import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../connect.js";
import { isUniqueViolation } from "../errors.js";
import { testEngines } from "../testEngines.js";
import { findShare, findShareByTokenHash, insertShare, listShares, revokeShare } from "./shares.js";
import { deleteUser, insertUser } from "./users.js";

const now = Date.parse("2026-11-20T08:00:00Z");
const day = 86_400_000;

const share = (id: string, userId: string, tokenHash: string, createdAt = now) => ({
  id,
  userId,
  tokenHash,
  label: "For my physio",
  fromDay: "2026-09-01",
  toDay: "2026-11-19",
  createdAt,
  expiresAt: createdAt + 14 * day,
});

for (const engine of testEngines()) {
  describe(`share links on ${engine.name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await engine.open();
      for (const u of ["ua", "ub"]) {
        await insertUser(db.kysely, { id: u, email: `${u}@example.com`, passwordHash: "x", createdAt: now });
      }
    });
    afterAll(async () => db.close());

    it("X4: stores only the token hash, lists newest first, and finds by hash", async () => {
      await insertShare(db.kysely, share("s1", "ua", "hash-1"));
      await insertShare(db.kysely, {
        ...share("s2", "ua", "hash-2", now + 1000),
        label: null,
        fromDay: null,
        toDay: null,
      });
      const list = await listShares(db.kysely, "ua");
      expect(list.map((s) => s.id)).toEqual(["s2", "s1"]);
      expect(list[1]).toEqual({
        id: "s1",
        userId: "ua",
        label: "For my physio",
        fromDay: "2026-09-01",
        toDay: "2026-11-19",
        createdAt: now,
        expiresAt: now + 14 * day,
        revokedAt: null,
        openedCount: 0,
        lastOpenedAt: null,
      });
      expect(typeof list[1]?.expiresAt).toBe("number");
      expect((await findShareByTokenHash(db.kysely, "hash-2"))?.id).toBe("s2");
      expect(await findShareByTokenHash(db.kysely, "nope")).toBeUndefined();
      const dup = await insertShare(db.kysely, share("s3", "ub", "hash-1")).catch((e: unknown) => e);
      expect(isUniqueViolation(dup)).toBe(true);
    });

    it("X4: another user's share reads as missing and cannot be revoked; a revoke keeps its first time", async () => {
      expect(await findShare(db.kysely, "ub", "s1")).toBeUndefined();
      expect(await revokeShare(db.kysely, "ub", "s1", now)).toBe(false);
      expect(await revokeShare(db.kysely, "ua", "s1", now + 5)).toBe(true);
      expect(await revokeShare(db.kysely, "ua", "s1", now + 9)).toBe(true);
      expect((await findShare(db.kysely, "ua", "s1"))?.revokedAt).toBe(now + 5);
    });

    it("X4: deleting the user deletes their share links", async () => {
      await deleteUser(db.kysely, "ua");
      expect(await listShares(db.kysely, "ua")).toEqual([]);
      expect(await findShareByTokenHash(db.kysely, "hash-2")).toBeUndefined();
    });
  });
}
