/**
 * The admin role (issue 20): account facts only, disable and enable, a reset link instead of a password, deletion
 * with self-deletion's guarantees, and 404 for everyone else. The isolation matrix (security/isolation.test.ts) also
 * runs with the admin as the intruder.
 */
import type { Db } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRecords } from "../security/seeds.js";
import { startTestServer, TestClient, type TestServer } from "../testing/harness.js";

const PASSWORD = "correct horse 1";

/** Every table with a `user_id` column, from the database's own catalog. */
async function userTables(db: Db): Promise<string[]> {
  if (db.dialect === "postgres") {
    const r = await sql<{ table_name: string }>`select table_name from information_schema.columns
      where column_name = 'user_id' and table_schema = current_schema()`.execute(db.kysely);
    return r.rows.map((x) => x.table_name);
  }
  const r = await sql<{ name: string }>`select m.name from sqlite_master m, pragma_table_info(m.name) p
    where m.type = 'table' and p.name = 'user_id'`.execute(db.kysely);
  return r.rows.map((x) => x.name);
}

async function rowsOf(db: Db, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await userTables(db)) {
    if (t === "instance_claims") continue;
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)} where user_id = ${userId}`.execute(
      db.kysely,
    );
    const n = Number(r.rows[0]?.n ?? 0);
    if (n > 0) out[t] = n;
  }
  return out;
}

for (const engine of testEngines()) {
  describe(`the admin on ${engine.name}`, () => {
    let server: TestServer;
    let admin: TestClient;
    let adminId: string;
    beforeAll(async () => {
      server = await startTestServer(engine, { registration: "invite" });
      admin = new TestClient(server.url);
      const r = await admin.post("/auth/register", { email: "owner@example.com", password: PASSWORD });
      adminId = r.body.user.id;
    });
    afterAll(async () => server.close());

    /** A member who joined with an invite, with one record of every kind. */
    async function member() {
      const invite = (await admin.post("/admin/invites", {})).body.url.split("#invite=")[1];
      const c = new TestClient(server.url) as TestClient & { email: string; id: string };
      c.email = `m-${crypto.randomUUID().slice(0, 8)}@example.com`;
      const r = await c.post("/auth/register", { email: c.email, password: PASSWORD, invite });
      expect(r.status).toBe(201);
      c.id = r.body.user.id;
      const seeded = await seedRecords(c, "2026-11-20");
      return Object.assign(c, { seeded });
    }

    it("lists account facts only: email, role, created, last active, disabled, a record count; no data", async () => {
      const m = await member();
      const r = await admin.get("/admin/users");
      expect(r.status).toBe(200);
      const row = r.body.find((u: { id: string }) => u.id === m.id);
      expect(Object.keys(row).sort()).toEqual(
        ["createdAt", "disabled", "email", "id", "lastActiveAt", "records", "role"].sort(),
      );
      expect(row).toMatchObject({ email: m.email, role: "user", disabled: false });
      expect(row.records).toBeGreaterThanOrEqual(4);
      expect(row.lastActiveAt).not.toBeNull();
      const text = JSON.stringify(r.body);
      for (const marker of m.seeded.markers) expect(text).not.toContain(marker);
      expect(r.body.find((u: { id: string }) => u.id === adminId).role).toBe("admin");
    });

    it("answers every admin route to a non-admin exactly as an unknown endpoint", async () => {
      const m = await member();
      const unknown = await m.get("/admin/nothing-here");
      const calls = [
        m.get("/admin/users"),
        m.post(`/admin/users/${adminId}/disable`),
        m.post(`/admin/users/${m.id}/enable`),
        m.post(`/admin/users/${adminId}/reset-link`),
        m.del(`/admin/users/${adminId}`),
        m.post("/admin/invites", {}),
        m.get("/admin/invites"),
      ];
      for (const r of await Promise.all(calls)) {
        expect(r.status).toBe(404);
        expect(r.body).toEqual(unknown.body);
      }
      expect((await new TestClient(server.url).get("/admin/users")).status).toBe(401);
      expect((await admin.get("/admin/users")).status).toBe(200);
    });

    it("disabling stops the account's sessions, tokens and logins with 403 ACCOUNT_DISABLED; enabling restores them", async () => {
      const m = await member();
      const bot = new TestClient(server.url);
      bot.bearer = (await m.post("/auth/tokens", { name: "script" })).body.token;
      const off = await admin.post(`/admin/users/${m.id}/disable`);
      expect(off.status).toBe(200);
      expect(off.body.disabled).toBe(true);
      for (const c of [m, bot]) {
        const r = await c.get("/profile");
        expect(r.status).toBe(403);
        expect(r.body.error.code).toBe("ACCOUNT_DISABLED");
      }
      const login = new TestClient(server.url);
      expect((await login.post("/auth/login", { email: m.email, password: "not it at all" })).status).toBe(401);
      const right = await login.post("/auth/login", { email: m.email, password: PASSWORD });
      expect(right.status).toBe(403);
      expect(right.body.error.code).toBe("ACCOUNT_DISABLED");
      expect(right.headers.get("set-cookie")).toBeNull();
      expect((await admin.post(`/admin/users/${m.id}/enable`)).body.disabled).toBe(false);
      expect((await m.get("/profile")).status).toBe(200);
      expect((await bot.get("/profile")).status).toBe(200);
      const self = await admin.post(`/admin/users/${adminId}/disable`);
      expect(self.status).toBe(409);
    });

    it("a reset link sets a new password once; every session and token of the account ends; nothing shows a password", async () => {
      const m = await member();
      const bot = new TestClient(server.url);
      bot.bearer = (await m.post("/auth/tokens", { name: "script" })).body.token;
      const link = await admin.post(`/admin/users/${m.id}/reset-link`);
      expect(link.status).toBe(200);
      expect(Object.keys(link.body).sort()).toEqual(["expiresAt", "url"]);
      expect(link.body.url).toMatch(/^\/reset-password#token=[A-Za-z0-9_-]{20,}$/);
      const token = link.body.url.split("#token=")[1];
      const anyone = new TestClient(server.url);
      expect((await anyone.post("/auth/reset", { token, password: "short" })).status).toBe(400);
      expect((await anyone.post("/auth/reset", { token, password: "a new start 42" })).status).toBe(204);
      const used = await anyone.post("/auth/reset", { token, password: "a second go 42" });
      expect(used.status).toBe(400);
      expect(used.body.error.details).toEqual([{ path: "token", message: "is used or expired" }]);
      expect((await m.get("/profile")).status).toBe(401);
      expect((await bot.get("/profile")).status).toBe(401);
      expect((await anyone.post("/auth/login", { email: m.email, password: PASSWORD })).status).toBe(401);
      expect((await anyone.post("/auth/login", { email: m.email, password: "a new start 42" })).status).toBe(200);
      // A newer link ends the older one.
      const first = (await admin.post(`/admin/users/${m.id}/reset-link`)).body.url.split("#token=")[1];
      await admin.post(`/admin/users/${m.id}/reset-link`);
      expect((await anyone.post("/auth/reset", { token: first, password: "a third go 42" })).status).toBe(400);
    });

    it("deleting an account removes every row of it, as self-deletion does; the admin cannot delete itself here", async () => {
      const m = await member();
      expect(Object.keys(await rowsOf(server.db, m.id)).length).toBeGreaterThanOrEqual(5);
      expect((await admin.del(`/admin/users/${m.id}`)).status).toBe(204);
      expect(await rowsOf(server.db, m.id)).toEqual({});
      expect((await m.get("/profile")).status).toBe(401);
      expect((await admin.del(`/admin/users/${m.id}`)).status).toBe(404);
      expect((await admin.del(`/admin/users/${adminId}`)).status).toBe(409);
      // Self-deletion reaches the same end state.
      const n = await member();
      expect((await n.del("/account", { password: PASSWORD })).status).toBe(204);
      expect(await rowsOf(server.db, n.id)).toEqual({});
    });
  });
}
