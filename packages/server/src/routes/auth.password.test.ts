import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, TestClient, type TestServer } from "../testing/harness.js";

for (const engine of testEngines()) {
  describe(`a password change on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    /** A client using one of the user's personal tokens. */
    async function tokenClient(owner: TestClient, name: string): Promise<TestClient> {
      const t = await owner.post("/auth/tokens", { name });
      expect(t.status).toBe(201);
      const c = new TestClient(server.url);
      c.bearer = t.body.token;
      return c;
    }

    it("ends every personal token and other login session; this session stays", async () => {
      const a = await newUser(server, "old password 1");
      const other = new TestClient(server.url);
      expect((await other.post("/auth/login", { email: a.email, password: "old password 1" })).status).toBe(200);
      const script = await tokenClient(a, "script");
      const phone = await tokenClient(a, "phone");
      expect((await script.get("/auth/me")).status).toBe(200);

      const r = await a.post("/auth/password", { current: "old password 1", next: "new password 2" });
      expect(r.status).toBe(204);

      for (const gone of [script, phone, other]) {
        const me = await gone.get("/auth/me");
        expect(me.status).toBe(401);
        expect(me.body.error.code).toBe("UNAUTHENTICATED");
      }
      expect((await a.get("/auth/me")).status).toBe(200);
      expect((await a.get("/auth/tokens")).body).toEqual([]);
    });

    it("made with a token, ends that token too, and the new password logs in", async () => {
      const a = await newUser(server, "old password 1");
      const script = await tokenClient(a, "script");
      expect((await script.post("/auth/password", { current: "old password 1", next: "new password 2" })).status).toBe(
        204,
      );
      expect((await script.get("/auth/me")).status).toBe(401);
      expect((await a.get("/auth/me")).status).toBe(401);
      const again = new TestClient(server.url);
      expect((await again.post("/auth/login", { email: a.email, password: "new password 2" })).status).toBe(200);
    });

    it("a wrong current password changes nothing: tokens and sessions keep working", async () => {
      const a = await newUser(server, "old password 1");
      const script = await tokenClient(a, "script");
      const r = await a.post("/auth/password", { current: "not it at all", next: "new password 2" });
      expect(r.status).toBe(400);
      expect(r.body.error.details[0].path).toBe("current");
      expect((await script.get("/auth/me")).status).toBe(200);
      expect((await a.get("/auth/tokens")).body).toHaveLength(1);
    });

    it("another user's tokens are untouched", async () => {
      const a = await newUser(server, "old password 1");
      const b = await newUser(server);
      const bScript = await tokenClient(b, "b's script");
      expect((await a.post("/auth/password", { current: "old password 1", next: "new password 2" })).status).toBe(204);
      expect((await bScript.get("/auth/me")).status).toBe(200);
    });
  });
}
