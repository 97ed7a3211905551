import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { newUser, startTestServer, TestClient, type TestServer } from "../testing/harness.js";
import { BASE_NOW, originOf, seedReportLog } from "../testing/reportData.js";

const DAY = 86_400_000;

for (const engine of testEngines()) {
  describe(`share links on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    /** Opens a share url (`/share/<token>`) with no cookie, as a professional would. */
    const open = (url: string) => fetch(originOf(server) + url);
    const openJson = (url: string) => fetch(`${server.url}${url}`);

    it("X4: a new link answers its url once; the list and the record never carry the token", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const r = await a.post("/shares", { label: "Physio, Dr Lee", from: "2026-11-01", to: "2026-11-24" });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        label: "Physio, Dr Lee",
        from: "2026-11-01",
        to: "2026-11-24",
        expiresAt: new Date(BASE_NOW + 14 * DAY).toISOString(),
        status: "active",
      });
      expect(r.body.url).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
      const token = r.body.url.slice("/share/".length);
      const list = await a.get("/shares");
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toEqual({
        id: r.body.id,
        label: "Physio, Dr Lee",
        from: "2026-11-01",
        to: "2026-11-24",
        createdAt: new Date(BASE_NOW).toISOString(),
        expiresAt: new Date(BASE_NOW + 14 * DAY).toISOString(),
        revokedAt: null,
        status: "active",
        openedCount: 0,
        lastOpenedAt: null,
      });
      const one = await a.get(`/shares/${r.body.id}`);
      expect(one.body).toEqual(list.body[0]);
      expect(JSON.stringify([list.body, one.body])).not.toContain(token);
      // Only the hash is stored.
      const rows = await server.db.kysely.selectFrom("shares").selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it("X4: the link opens the report page and its JSON without an account, never cached or indexed", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const b = await newUser(server);
      await seedReportLog(server, a, "shared-marker-a");
      await seedReportLog(server, b, "other-marker-b");
      const { body } = await a.post("/shares", { label: "<i>Dr</i> Lee", from: "2026-11-10", to: "2026-11-24" });
      const page = await open(body.url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(page.headers.get("x-robots-tag")).toContain("noindex");
      expect(page.headers.get("set-cookie")).toBeNull();
      const html = await page.text();
      expect(html).toContain("shared-marker-a");
      expect(html).not.toContain("other-marker-b");
      expect(html).toContain("10 Nov 2026 to 24 Nov 2026");
      expect(html).toContain("Current insights");
      expect(html).toContain("Made for: &lt;i&gt;Dr&lt;/i&gt; Lee");
      expect(html).not.toMatch(/<script/i);

      const json = await openJson(body.url);
      expect(json.status).toBe(200);
      expect(json.headers.get("cache-control")).toBe("no-store");
      expect(json.headers.get("x-robots-tag")).toContain("noindex");
      const data = (await json.json()) as { report: { from: string; to: string }; triggers: unknown[] };
      expect(data.report).toMatchObject({ kind: "spotter-clinician-report", from: "2026-11-10", to: "2026-11-24" });
      expect(Array.isArray(data.triggers)).toBe(true);
      expect(JSON.stringify(data)).toContain("Back squat");

      // The owner sees that the link was opened, how often and when last; an unknown token counts nothing.
      await open("/share/not-a-real-token");
      const listed = (await a.get(`/shares/${body.id}`)).body;
      expect(listed).toMatchObject({ openedCount: 2, lastOpenedAt: new Date(BASE_NOW).toISOString() });
    });

    it("X4: making links is limited to 30 an hour per user, with 429", async () => {
      server.setNow(BASE_NOW + 3 * 3_600_000);
      const a = await newUser(server);
      for (let i = 0; i < 30; i++) expect((await a.post("/shares", {})).status).toBe(201);
      const more = await a.post("/shares", {});
      expect(more.status).toBe(429);
      expect(more.body.error.code).toBe("RATE_LIMITED");
    });

    it("X4: a link without a range shows the last 90 days up to the day it is opened", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const { body } = await a.post("/shares", { expiresInDays: 30 });
      expect(body).toMatchObject({ from: null, to: null, label: null });
      server.setNow(BASE_NOW + 10 * DAY);
      const data = (await (await openJson(body.url)).json()) as { report: { from: string; to: string } };
      expect(data.report).toMatchObject({ from: "2026-09-07", to: "2026-12-05" });
      server.setNow(BASE_NOW);
    });

    it("X4: a link stops at its expiry: 404 on both addresses, and the list says expired", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const { body } = await a.post("/shares", { expiresInDays: 1 });
      server.setNow(BASE_NOW + DAY - 1);
      expect((await open(body.url)).status).toBe(200);
      server.setNow(BASE_NOW + DAY);
      const page = await open(body.url);
      expect(page.status).toBe(404);
      expect(page.headers.get("x-robots-tag")).toContain("noindex");
      expect(await page.text()).toContain("This link does not open a report");
      const json = await openJson(body.url);
      expect(json.status).toBe(404);
      expect(((await json.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
      expect((await a.get("/shares")).body[0].status).toBe("expired");
      server.setNow(BASE_NOW);
    });

    it("X4: revoking ends a link at once; revoking again is harmless; another user's link is a 404", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const b = await newUser(server);
      const { body } = await a.post("/shares", {});
      expect((await b.get(`/shares/${body.id}`)).status).toBe(404);
      expect((await b.del(`/shares/${body.id}`)).status).toBe(404);
      expect((await b.get("/shares")).body).toEqual([]);
      expect((await open(body.url)).status).toBe(200);
      server.setNow(BASE_NOW + 60_000);
      expect((await a.del(`/shares/${body.id}`)).status).toBe(204);
      expect((await open(body.url)).status).toBe(404);
      expect((await openJson(body.url)).status).toBe(404);
      expect((await a.del(`/shares/${body.id}`)).status).toBe(204);
      const listed = (await a.get("/shares")).body[0];
      expect(listed).toMatchObject({ status: "revoked", revokedAt: new Date(BASE_NOW + 60_000).toISOString() });
      expect((await a.del("/shares/no-such-id")).status).toBe(404);
      server.setNow(BASE_NOW);
    });

    it("X4: unknown tokens answer 404 in plain words (page) and the API shape (JSON)", async () => {
      const page = await open("/share/not-a-real-token");
      expect(page.status).toBe(404);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await open(`/share/${"x".repeat(5000)}`)).toHaveProperty("status", 404);
      const json = await openJson("/share/not-a-real-token");
      expect(json.status).toBe(404);
      expect(await json.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    });

    it("X4: a share token authenticates nothing else, in any form", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const { body } = await a.post("/shares", {});
      const token: string = body.url.slice("/share/".length);
      const bearer = new TestClient(server.url);
      bearer.bearer = token;
      const cookie = new TestClient(server.url);
      cookie.cookie = `spotter_session=${token}`;
      for (const client of [bearer, cookie]) {
        for (const path of [
          "/profile",
          "/checkins",
          "/shares",
          "/reports/clinician",
          "/insights/triggers",
          "/sessions",
        ]) {
          expect((await client.get(path)).status, `${path}`).toBe(401);
        }
        expect((await client.post("/shares", {})).status).toBe(401);
        expect((await client.del(`/shares/${body.id}`)).status).toBe(401);
      }
      const query = new TestClient(server.url);
      expect((await query.get(`/profile?token=${token}`)).status).toBe(401);
      expect((await query.get(`/reports/clinician?share=${token}`)).status).toBe(401);
      // The link still works and was not revoked by any of that.
      expect((await open(body.url)).status).toBe(200);
    });

    it.each([
      [{ expiresInDays: 0 }, "expiresInDays"],
      [{ expiresInDays: 91 }, "expiresInDays"],
      [{ expiresInDays: 1.5 }, "expiresInDays"],
      [{ from: "2026-11-20", to: "2026-11-10" }, "from"],
      [{ from: "2026-11-20" }, "to"],
      [{ to: "2026-11-20" }, "from"],
      [{ from: "2020-01-01", to: "2026-11-20" }, "from"],
      [{ from: "2026-11-01", to: "2026-13-01" }, "to"],
      [{ label: "x".repeat(201) }, "label"],
      [{ token: "mine" }, "token"],
    ])("X4: %j is a 400 naming %s, and stores nothing", async (input, field) => {
      const a = await newUser(server);
      const r = await a.post("/shares", input);
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get("/shares")).body).toEqual([]);
    });

    it("X4: deleting the account ends its links; the page is matched before the web app's fallback", async () => {
      server.setNow(BASE_NOW);
      const a = await newUser(server);
      const { body } = await a.post("/shares", {});
      const web = mkdtempSync(join(tmpdir(), "spotter-web-"));
      writeFileSync(join(web, "index.html"), "<!doctype html><title>SPA</title>");
      const app = createApp({
        db: server.db,
        now: () => BASE_NOW,
        newId: () => uuidv7(BASE_NOW),
        webDir: web,
        registration: "open",
      });
      const viaApp = await app.request(body.url);
      expect(viaApp.status).toBe(200);
      expect(await viaApp.text()).toContain("Clinician report");
      expect(await (await app.request("/me/share")).text()).toContain("SPA");
      expect((await a.del("/account", { password: "correct horse 1" })).status).toBe(204);
      expect((await open(body.url)).status).toBe(404);
    });
  });
}
