/**
 * API.md "Auth" and "Errors", black-box: every private route answers 401 without a login, bearer tokens work until
 * revoked, another user's record answers exactly as a missing one on every :id route, and deleting the account
 * leaves no row of the user in any table.
 */
import { testEngines } from "@spotter/db/testing";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, TestClient, type TestServer } from "../testing/harness.js";

const MISSING = "01a2130c-0000-7000-8000-000000000000";
const CUSTOM = {
  name: "Sandbag shouldering",
  pattern: "carry",
  primaryMuscles: ["glutes"],
  laterality: "bilateral",
  equipment: ["none"],
  load: { axial: 1, shear: 1, flexion: 1, extension: 0, rotation: 0, support: "free" },
};
/** Every table that holds user rows (the users table itself is checked by id). */
const USER_TABLES = [
  "login_sessions",
  "tokens",
  "profiles",
  "checkins",
  "training_sessions",
  "sets",
  "custom_exercises",
  "clearances",
  "plans",
  "daily_entries",
  "log_versions",
  "shares",
] as const;

/** A user with at least one record of every kind, and the ids of them. */
async function fullUser(server: TestServer) {
  const a = await newUser(server);
  const checkin = (
    await a.post("/checkins", {
      clientId: cid(),
      date: "2026-11-25",
      painNow: 1,
      everydayPain: "none",
      redFlags: redFlagAnswers(),
    })
  ).body.checkin;
  const session = (
    await a.post("/sessions", { clientId: cid(), date: "2026-11-25", startedAt: "2026-11-25T08:00:00Z", painBefore: 1 })
  ).body;
  const custom = (await a.post("/exercises", CUSTOM)).body;
  const set = (
    await a.post(`/sessions/${session.id}/sets`, {
      clientId: cid(),
      exerciseId: custom.id,
      setIndex: 0,
      warmup: false,
      reps: 5,
      loadKg: 40,
      rir: 2,
      belt: false,
      pain: 1,
      painKind: "none",
    })
  ).body.set;
  const daily = (await a.post("/daily", { clientId: cid(), date: "2026-11-25", kind: "water", amountMl: 250 })).body;
  const share = (await a.post("/shares", {})).body;
  const token = (await a.post("/auth/tokens", { name: "script" })).body;
  expect((await a.post("/plans", {})).status).toBe(201);
  expect((await a.post("/clearance", { date: "2026-11-25", by: "Dr Osei" })).status).toBe(201);
  return { a, checkin, session, custom, set, dailyId: daily.entries[0].id as string, share, token };
}

for (const engine of testEngines()) {
  describe(`contract: auth, isolation and account deletion on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("every private route in the OpenAPI document answers 401 with the error shape, without or with a bad login", async () => {
      const doc = (await fetch(server.url.replace("/api/v1", "/api/openapi.json")).then((r) => r.json())) as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
      };
      const anonymous = new TestClient(server.url);
      const badToken = new TestClient(server.url);
      badToken.bearer = "spt_not-a-real-token";
      const badCookie = new TestClient(server.url);
      badCookie.cookie = "spotter_session=forged";
      let checked = 0;
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(methods)) {
          if (op.security && op.security.length === 0) continue;
          const url = path.replace(/\{[A-Za-z]+\}/g, MISSING);
          for (const c of [anonymous, badToken, badCookie]) {
            const r = await c.req(method.toUpperCase(), url, method === "get" ? undefined : {});
            expect(r.status, `${method} ${path}`).toBe(401);
            expect(r.body.error.code).toBe("UNAUTHENTICATED");
            expect(typeof r.body.error.message).toBe("string");
          }
          checked++;
        }
      }
      // The contract's private routes, at least (API.md tables).
      expect(checked).toBeGreaterThanOrEqual(40);
      const publicOps = Object.entries(doc.paths).flatMap(([p, ms]) =>
        Object.entries(ms)
          .filter(([, op]) => op.security?.length === 0)
          .map(([m]) => `${m} ${p}`),
      );
      expect(publicOps.sort()).toEqual(
        [
          "post /auth/register",
          "post /auth/login",
          "post /auth/logout",
          "get /share/{token}",
          "get /auth/registration",
          "post /auth/reset",
        ].sort(),
      );
    });

    it("the OpenAPI document holds every API.md route with its success status and the error answers it can give", async () => {
      const doc = (await fetch(server.url.replace("/api/v1", "/api/openapi.json")).then((r) => r.json())) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      const contract: [string, string, string, string[]][] = [
        ["post", "/auth/register", "201", ["400", "409", "429"]],
        ["post", "/auth/login", "200", ["400", "429"]],
        ["post", "/auth/logout", "204", []],
        ["post", "/auth/tokens", "201", ["401"]],
        ["delete", "/auth/tokens/{id}", "204", ["401", "404"]],
        ["delete", "/account", "204", ["401"]],
        ["post", "/auth/password", "204", ["401", "429"]],
        ["get", "/profile", "200", ["401"]],
        ["put", "/profile", "200", ["400", "401", "413"]],
        ["post", "/profile/notice", "204", ["401"]],
        ["post", "/checkins", "201", ["400", "401", "413"]],
        ["get", "/checkins", "200", ["401"]],
        ["patch", "/checkins/{id}", "200", ["400", "401", "404"]],
        ["delete", "/checkins/{id}", "200", ["401", "404", "409"]],
        ["get", "/readiness", "200", ["401"]],
        ["post", "/clearance", "201", ["401"]],
        ["get", "/exercises", "200", ["401"]],
        ["get", "/exercises/{id}", "200", ["404"]],
        ["post", "/exercises", "201", ["400", "409"]],
        ["get", "/exercises/{id}/alternatives", "200", ["404"]],
        ["post", "/plans", "201", ["401"]],
        ["get", "/plans/current", "200", ["401"]],
        ["post", "/plans/current/swap", "200", ["400"]],
        ["get", "/today", "200", ["401"]],
        ["post", "/sessions", "201", ["400", "401", "423"]],
        ["patch", "/sessions/{id}", "200", ["404"]],
        ["delete", "/sessions/{id}", "204", ["404"]],
        ["post", "/sessions/{id}/sets", "201", ["400", "404"]],
        ["patch", "/sessions/{id}/sets/{setId}", "200", ["404"]],
        ["delete", "/sessions/{id}/sets/{setId}", "200", ["404"]],
        ["post", "/sessions/{id}/finish", "200", ["404"]],
        ["get", "/sessions", "200", ["401"]],
        ["get", "/sessions/{id}", "200", ["404"]],
        ["get", "/exercises/{id}/next", "200", ["404"]],
        ["get", "/insights/triggers", "200", ["401"]],
        ["get", "/insights/habits", "200", ["401"]],
        ["get", "/insights/trends", "200", ["401"]],
        ["get", "/daily", "200", ["401"]],
        ["post", "/daily", "201", ["400"]],
        ["post", "/import", "201", ["400", "413"]],
        ["get", "/export", "200", ["401"]],
        ["get", "/export.csv", "200", ["401"]],
        ["get", "/reports/clinician", "200", ["401"]],
        ["post", "/shares", "201", ["401"]],
        ["get", "/shares", "200", ["401"]],
        ["get", "/shares/{id}", "200", ["404"]],
        ["delete", "/shares/{id}", "204", ["404"]],
        ["get", "/share/{token}", "200", ["404"]],
      ];
      for (const [method, path, ok, errors] of contract) {
        const op = doc.paths[path]?.[method];
        expect(op, `${method} ${path}`).toBeDefined();
        expect(Object.keys(op?.responses ?? {}), `${method} ${path}`).toEqual(expect.arrayContaining([ok, ...errors]));
      }
    });

    it("a bearer token works for reads and writes until DELETE /auth/tokens/:id revokes it", async () => {
      const a = await newUser(server);
      const t = await a.post("/auth/tokens", { name: "sync script" });
      expect(t.status).toBe(201);
      expect(t.body).toMatchObject({ id: expect.any(String), token: expect.any(String) });
      const bot = new TestClient(server.url);
      bot.bearer = t.body.token;
      const ci = await bot.post("/checkins", { clientId: cid(), date: "2026-11-25", painNow: 2, everydayPain: "none" });
      expect(ci.status).toBe(201);
      const s = await bot.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T08:00:00Z",
        painBefore: 2,
      });
      expect(s.status).toBe(201);
      // The token acts as its owner: the cookie session sees what the token wrote.
      expect((await a.get(`/checkins/${ci.body.checkin.id}`)).status).toBe(200);
      expect((await a.get(`/sessions/${s.body.id}`)).status).toBe(200);
      // Another user cannot revoke it; its owner can, with the token itself.
      const b = await newUser(server);
      expect((await b.del(`/auth/tokens/${t.body.id}`)).status).toBe(404);
      expect((await bot.get("/profile")).status).toBe(200);
      expect((await bot.del(`/auth/tokens/${t.body.id}`)).status).toBe(204);
      const after = await bot.get("/profile");
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe("UNAUTHENTICATED");
      expect((await a.get("/profile")).status).toBe(200);
    });

    it("another user's record answers 404 exactly as a missing one, on every :id route, and stays untouched", async () => {
      const { a, checkin, session, custom, set, dailyId, share, token } = await fullUser(server);
      const b = await newUser(server);
      const own = (
        await b.post("/sessions", {
          clientId: cid(),
          date: "2026-11-25",
          startedAt: "2026-11-25T08:00:00Z",
          painBefore: 1,
        })
      ).body;
      const setBody = {
        clientId: cid(),
        exerciseId: "bird-dog",
        setIndex: 0,
        warmup: false,
        reps: 8,
        belt: false,
        pain: 0,
        painKind: "none",
      };
      const probes: [string, (id: string) => string, string, unknown?][] = [
        ["GET", (id) => `/checkins/${id}`, checkin.id],
        ["PATCH", (id) => `/checkins/${id}`, checkin.id, { painNow: 4 }],
        ["DELETE", (id) => `/checkins/${id}`, checkin.id],
        ["GET", (id) => `/sessions/${id}`, session.id],
        ["PATCH", (id) => `/sessions/${id}`, session.id, { note: "mine now" }],
        ["DELETE", (id) => `/sessions/${id}`, session.id],
        ["POST", (id) => `/sessions/${id}/finish`, session.id, { finishedAt: "2026-11-25T09:00:00Z", painAfter: 1 }],
        ["POST", (id) => `/sessions/${id}/sets`, session.id, setBody],
        ["PATCH", (id) => `/sessions/${session.id}/sets/${id}`, set.id, { reps: 1 }],
        ["DELETE", (id) => `/sessions/${session.id}/sets/${id}`, set.id],
        // B's own session with A's set id: still not found.
        ["PATCH", (id) => `/sessions/${own.id}/sets/${id}`, set.id, { reps: 1 }],
        ["DELETE", (id) => `/sessions/${own.id}/sets/${id}`, set.id],
        ["DELETE", (id) => `/daily/${id}`, dailyId],
        ["GET", (id) => `/shares/${id}`, share.id],
        ["DELETE", (id) => `/shares/${id}`, share.id],
        ["GET", (id) => `/exercises/${id}`, custom.id],
        ["GET", (id) => `/exercises/${id}/alternatives`, custom.id],
        ["GET", (id) => `/exercises/${id}/modifications`, custom.id],
        ["GET", (id) => `/exercises/${id}/next`, custom.id],
        ["DELETE", (id) => `/auth/tokens/${id}`, token.id],
      ];
      for (const [method, path, id, body] of probes) {
        const theirs = await b.req(method, path(id), body);
        const missing = await b.req(method, path(MISSING), body);
        expect(theirs.status, `${method} ${path(id)}`).toBe(404);
        expect(theirs.body, `${method} ${path(id)}`).toEqual(missing.body);
        expect(theirs.body.error.code).toBe("NOT_FOUND");
      }
      // B never sees A's records in lists either, and a set naming A's custom exercise is refused.
      expect((await b.get("/checkins")).body).toEqual([]);
      expect((await b.get("/shares")).body).toEqual([]);
      expect((await b.get("/exercises")).body.map((e: { id: string }) => e.id)).not.toContain(custom.id);
      const foreign = await b.post(`/sessions/${own.id}/sets`, { ...setBody, clientId: cid(), exerciseId: custom.id });
      expect(foreign.status).toBe(400);
      expect(foreign.body.error.details[0].path).toBe("exerciseId");
      // Nothing of A's changed.
      expect((await a.get(`/checkins/${checkin.id}`)).body.painNow).toBe(1);
      const s = (await a.get(`/sessions/${session.id}`)).body;
      expect(s).toMatchObject({ note: null, finishedAt: null });
      expect(s.sets).toHaveLength(1);
      expect(s.sets[0].reps).toBe(5);
      expect((await a.get("/daily?date=2026-11-25")).body.waterMl).toBe(250);
      expect((await a.get(`/shares/${share.id}`)).body.status).toBe("active");
      expect((await a.get(`/exercises/${custom.id}`)).status).toBe(200);
      expect((await a.get("/auth/tokens")).body.map((t: { id: string }) => t.id)).toContain(token.id);
    });

    it("DELETE /account removes every row of the user from every table, and only theirs", async () => {
      const { a } = await fullUser(server);
      const { a: other } = await fullUser(server);
      const userId = (await a.get("/auth/me")).body.user.id as string;
      const otherId = (await other.get("/auth/me")).body.user.id as string;
      // Imported sets and sessions are the user's rows too.
      const csv =
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
        '2026-10-01 10:00:00,Legs,1h,"Squat (Barbell)",1,100,5,0,0,,,\n';
      expect((await a.req("POST", "/import?format=strong&unit=kg", csv)).status).toBe(201);
      // biome-ignore lint/suspicious/noExplicitAny: counting rows across every table by name.
      const db = server.db.kysely as unknown as Kysely<any>;
      const count = async (table: string, id: string) =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .where("user_id", "=", id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      for (const t of USER_TABLES) expect(await count(t, userId), t).toBeGreaterThan(0);

      expect((await a.del("/account", { password: "correct horse 1" })).status).toBe(204);
      for (const t of USER_TABLES) {
        expect(await count(t, userId), t).toBe(0);
        expect(await count(t, otherId), `${t} of another user`).toBeGreaterThan(0);
      }
      expect(await db.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst()).toBeUndefined();
      expect((await a.get("/profile")).status).toBe(401);
      expect((await other.get("/checkins")).body).toHaveLength(1);
    });

    it("the session cookie is HttpOnly and SameSite=Lax, and Secure behind HTTPS", async () => {
      const email = `secure-${cid()}@example.com`;
      const plain = await fetch(`${server.url}/auth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "correct horse 1" }),
      });
      expect(plain.status).toBe(201);
      expect(plain.headers.get("set-cookie")).not.toMatch(/Secure/i);
      const https = await fetch(`${server.url}/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
        body: JSON.stringify({ email, password: "correct horse 1" }),
      });
      expect(https.status).toBe(200);
      const cookie = https.headers.get("set-cookie") ?? "";
      for (const attr of [/HttpOnly/i, /SameSite=Lax/i, /Secure/i]) expect(cookie).toMatch(attr);
    });

    it("POST /auth/password ends the user's other login sessions and keeps this one", async () => {
      const a = await newUser(server);
      const phone = new TestClient(server.url);
      const laptop = new TestClient(server.url);
      for (const c of [phone, laptop]) await c.post("/auth/login", { email: a.email, password: "correct horse 1" });
      const r = await a.post("/auth/password", { current: "correct horse 1", next: "a new long password" });
      expect(r.status).toBe(204);
      expect((await phone.get("/profile")).status).toBe(401);
      expect((await laptop.get("/profile")).status).toBe(401);
      expect((await a.get("/profile")).status).toBe(200);
      const old = await new TestClient(server.url).post("/auth/login", { email: a.email, password: "correct horse 1" });
      expect(old.status).toBe(401);
    });
  });
}
