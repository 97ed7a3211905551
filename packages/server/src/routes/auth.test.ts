import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, TestClient, type TestServer } from "../testing/harness.js";

for (const engine of testEngines()) {
  describe(`accounts on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("registers, sets an HttpOnly SameSite=Lax cookie, and answers who is logged in", async () => {
      const c = new TestClient(server.url);
      const r = await c.post("/auth/register", { email: "  New.Person@Example.com ", password: "long enough" });
      expect(r.status).toBe(201);
      expect(r.body.user.email).toBe("new.person@example.com");
      const cookie = r.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect((await c.get("/auth/me")).body.user.email).toBe("new.person@example.com");
    });

    it("answers 409 for a taken email and stores nothing new", async () => {
      const a = await newUser(server);
      const r = await new TestClient(server.url).post("/auth/register", { email: a.email, password: "another one" });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe("EMAIL_TAKEN");
      expect(r.body.error.details[0].path).toBe("email");
    });

    it.each([
      [{ email: "not-an-email", password: "long enough" }, "email"],
      [{ email: "x@example.com", password: "short" }, "password"],
      [{ email: "x@example.com", password: "long enough", admin: true }, "admin"],
      [{ password: "long enough" }, "email"],
    ])("rejects bad registration %j naming the field", async (body, field) => {
      const r = await new TestClient(server.url).post("/auth/register", body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION_FAILED");
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    });

    it("gives the same answer for a wrong password and an unknown email", async () => {
      const a = await newUser(server);
      const wrongPw = await new TestClient(server.url).post("/auth/login", { email: a.email, password: "nope nope" });
      const noUser = await new TestClient(server.url).post("/auth/login", {
        email: "nobody@example.com",
        password: "nope nope",
      });
      expect(wrongPw.status).toBe(401);
      expect(noUser.status).toBe(401);
      expect(wrongPw.body).toEqual(noUser.body);
    });

    it("logs in and out; after logout the cookie no longer works", async () => {
      const a = await newUser(server);
      const c = new TestClient(server.url);
      expect((await c.post("/auth/login", { email: a.email, password: "correct horse 1" })).status).toBe(200);
      const old = c.cookie;
      expect((await c.post("/auth/logout")).status).toBe(204);
      c.cookie = old;
      expect((await c.get("/profile")).status).toBe(401);
    });

    it("answers 401 on every private endpoint without a login", async () => {
      const c = new TestClient(server.url);
      for (const p of ["/profile", "/checkins", "/sessions", "/exercises", "/readiness", "/auth/tokens"]) {
        const r = await c.get(p);
        expect(r.status, p).toBe(401);
        expect(r.body.error.code).toBe("UNAUTHENTICATED");
      }
    });

    it("creates a personal token that works as a bearer token until revoked", async () => {
      const a = await newUser(server);
      const t = await a.post("/auth/tokens", { name: "script" });
      expect(t.status).toBe(201);
      const bot = new TestClient(server.url);
      bot.bearer = t.body.token;
      expect((await bot.get("/profile")).status).toBe(200);
      expect((await a.get("/auth/tokens")).body[0]).not.toHaveProperty("token");
      expect((await a.del(`/auth/tokens/${t.body.id}`)).status).toBe(204);
      expect((await bot.get("/profile")).status).toBe(401);
    });

    it("changes the password and ends the user's other sessions", async () => {
      const a = await newUser(server);
      const other = new TestClient(server.url);
      await other.post("/auth/login", { email: a.email, password: "correct horse 1" });
      const bad = await a.post("/auth/password", { current: "wrong one", next: "brand new pass" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("current");
      expect((await a.post("/auth/password", { current: "correct horse 1", next: "brand new pass" })).status).toBe(204);
      expect((await a.get("/profile")).status).toBe(200);
      expect((await other.get("/profile")).status).toBe(401);
      const again = new TestClient(server.url);
      expect((await again.post("/auth/login", { email: a.email, password: "brand new pass" })).status).toBe(200);
    });

    it("deletes the account with every record of it", async () => {
      const a = await newUser(server);
      await a.put("/profile", { unit: "lb" });
      expect((await a.del("/account", { password: "wrong" })).status).toBe(400);
      expect((await a.del("/account", { password: "correct horse 1" })).status).toBe(204);
      const again = new TestClient(server.url);
      expect((await again.post("/auth/login", { email: a.email, password: "correct horse 1" })).status).toBe(401);
    });

    it("rate-limits repeated failed logins with 429", async () => {
      const a = await newUser(server);
      const c = new TestClient(server.url);
      let last = 0;
      for (let i = 0; i < 12; i++)
        last = (await c.post("/auth/login", { email: a.email, password: "bad guess" })).status;
      expect(last).toBe(429);
    });
  });
}
