import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";

for (const engine of testEngines()) {
  describe(`password guess limits on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("DELETE /account counts wrong passwords: the 11th guess in 15 minutes answers 429 and deletes nothing", async () => {
      const a = await newUser(server, "correct horse 1");
      for (let i = 0; i < 10; i++) {
        const r = await a.del("/account", { password: `wrong guess ${i}` });
        expect(r.status).toBe(400);
      }
      const limited = await a.del("/account", { password: "correct horse 1" });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("RATE_LIMITED");
      expect((await a.get("/profile")).status).toBe(200);
    });

    it("POST /auth/password: changes with the right password never use up the limit", async () => {
      const a = await newUser(server, "correct horse 0");
      for (let i = 0; i < 12; i++) {
        const r = await a.post("/auth/password", { current: `correct horse ${i}`, next: `correct horse ${i + 1}` });
        expect(r.status).toBe(204);
      }
    });
  });
}
