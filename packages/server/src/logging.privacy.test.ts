/**
 * The log of a whole scenario (register, log in, check in with pain values, a set, a session note, a personal token,
 * a share link opened by a professional, an invite and a reset link, a refused login, bad input) holds one line per
 * request with only the operator's fields, and none of the secrets or health values the scenario sent.
 */
import { Writable } from "node:stream";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logging.js";
import { cid, startTestServer, TestClient, type TestServer } from "./testing/harness.js";
import { BASE_NOW, originOf } from "./testing/reportData.js";

const REQUEST_KEYS = ["durationMs", "level", "method", "msg", "requestId", "route", "service", "status", "time"];

for (const engine of testEngines()) {
  describe(`request log privacy on ${engine.name}`, () => {
    let server: TestServer;
    const lines: string[] = [];
    beforeAll(async () => {
      const sink = new Writable({
        write(chunk, _enc, done) {
          lines.push(...chunk.toString().split("\n").filter(Boolean));
          done();
        },
      });
      server = await startTestServer(engine, { logger: createLogger("debug", sink) });
      server.setNow(BASE_NOW);
    });
    afterAll(async () => server.close());

    it("one line per request with method, route pattern, status, duration and id; no secret or health value", async () => {
      const email = "rosalind.private@example.com";
      const password = "Tr0ub4dor&3-unique";
      const note = "left hip clicked on the way down";
      const a = new TestClient(server.url);
      expect((await a.post("/auth/register", { email, password })).status).toBe(201);
      const sessionCookie = a.cookie as string;
      expect((await new TestClient(server.url).post("/auth/login", { email, password: "wrong-guess-9" })).status).toBe(
        401,
      );
      expect((await a.post("/auth/login", { email, password })).status).toBe(200);
      const date = new Date(BASE_NOW).toISOString().slice(0, 10);
      const checkin = await a.post("/checkins", {
        clientId: cid(),
        date,
        painNow: 7,
        everydayPain: "persistent",
        regions: ["buttock-left"],
        nerve: [{ kind: "tingling", region: "thigh-left", trend: "worse" }],
      });
      expect(checkin.status).toBe(201);
      const session = await a.post("/sessions", {
        clientId: cid(),
        date,
        startedAt: `${date}T08:00:00Z`,
        painBefore: 4,
      });
      expect(session.status).toBe(201);
      const set = await a.post(`/sessions/${session.body.id}/sets`, {
        clientId: cid(),
        exerciseId: "goblet-squat",
        setIndex: 0,
        warmup: false,
        reps: 8,
        loadKg: 24,
        rir: 2,
        belt: false,
        pain: 5,
        painKind: "radiating",
      });
      expect(set.status, JSON.stringify(set.body)).toBe(201);
      expect((await a.post(`/sessions/${session.body.id}/sets`, { clientId: cid(), pain: 99 })).status).toBe(400);
      const finish = { finishedAt: `${date}T09:00:00Z`, painAfter: 6, note };
      expect((await a.post(`/sessions/${session.body.id}/finish`, finish)).status).toBe(200);
      const token = await a.post("/auth/tokens", { name: "my script" });
      expect(token.status).toBe(201);
      const bearer = new TestClient(server.url);
      bearer.bearer = token.body.token;
      expect((await bearer.get(`/sessions/${session.body.id}`)).status).toBe(200);
      const share = await a.post("/shares", { label: "Physio, Dr Lee" });
      expect(share.status).toBe(201);
      const shareToken = (share.body.url as string).slice("/share/".length);
      expect((await fetch(originOf(server) + share.body.url)).status).toBe(200);
      expect((await fetch(`${server.url}/share/${shareToken}`)).status).toBe(200);
      expect((await a.get(`/checkins?from=${date}&to=${date}`)).status).toBe(200);
      expect((await fetch(`${originOf(server)}/healthz`)).status).toBe(200);
      // The first account is the admin: an invite for someone, the accounts list, and a reset link used once.
      const guest = "guest.private@example.com";
      const invite = await a.post("/admin/invites", { email: guest });
      expect(invite.status).toBe(201);
      const inviteToken = (invite.body.url as string).split("#invite=")[1] as string;
      expect((await a.get("/admin/users")).status).toBe(200);
      const me = (await a.get("/auth/me")).body.user.id;
      const link = await a.post(`/admin/users/${me}/reset-link`);
      const resetToken = (link.body.url as string).split("#token=")[1] as string;
      const newPassword = "another-Secret-77";
      const reset = await new TestClient(server.url).post("/auth/reset", { token: resetToken, password: newPassword });
      expect(reset.status).toBe(204);
      const requests = 20;

      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const requestLines = records.filter((r) => r.msg === "request");
      expect(requestLines).toHaveLength(requests);
      for (const r of requestLines) {
        expect(Object.keys(r).sort()).toEqual(REQUEST_KEYS);
        expect(r.route).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
        expect(typeof r.durationMs).toBe("number");
        expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
      }
      const routes = requestLines.map((r) => `${r.method} ${r.route} ${r.status}`);
      expect(routes).toContain("POST /api/v1/auth/register 201");
      expect(routes).toContain("POST /api/v1/auth/login 401");
      expect(routes).toContain("POST /api/v1/sessions/:id/sets 400");
      expect(routes).toContain("GET /share/:token 200");
      expect(routes).toContain("GET /api/v1/share/:token 200");
      expect(routes).toContain("GET /healthz 200");
      expect(routes).toContain("POST /api/v1/admin/users/:id/reset-link 200");
      expect(routes).toContain("POST /api/v1/auth/reset 204");

      const log = lines.join("\n");
      const secrets = [
        email,
        "rosalind",
        password,
        "wrong-guess-9",
        sessionCookie.split("=")[1] as string,
        token.body.token,
        shareToken,
        note,
        "Physio",
        "my script",
        session.body.id,
        "painNow",
        "everydayPain",
        "persistent",
        "radiating",
        "tingling",
        "buttock-left",
        "goblet-squat",
        guest,
        inviteToken,
        resetToken,
        newPassword,
        me,
      ];
      for (const s of secrets) expect(log, s).not.toContain(s);
    });
  });
}
