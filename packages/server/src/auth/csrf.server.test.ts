/**
 * The cross-site rule on a real server (port 0): every combination of credential, Origin, Sec-Fetch-Site and content
 * type on a write that stores a row, and the forged writes that matter (a clearance lifts a red-flag lock).
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

type Headers = Record<string, string>;

/** Sends a raw request with exactly these headers (the harness' client would add a JSON content type). */
async function send(url: string, method: string, headers: Headers, body?: string | FormData) {
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  let json: { error?: { code: string } } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, code: json?.error?.code, setCookie: res.headers.get("set-cookie") };
}

for (const engine of testEngines()) {
  describe(`cross-site writes on ${engine.name}`, () => {
    let server: TestServer;
    let user: TestClient;
    let token: string;
    let own: string;
    beforeAll(async () => {
      server = await startTestServer(engine);
      own = new URL(server.url).origin;
      user = await newUser(server);
      token = (await user.post("/auth/tokens", { name: "script" })).body.token;
    });
    afterAll(async () => server.close());

    const tokenCount = async () => (await user.get("/auth/tokens")).body.length as number;

    it("answers each credential x Origin x Sec-Fetch-Site x content type as the contract states, storing only what it accepts", async () => {
      const origins: Record<string, string | undefined> = {
        absent: undefined,
        same: "SAME",
        otherPort: "http://127.0.0.1:1",
        opaque: "null",
      };
      const sites = [undefined, "same-origin", "none", "same-site", "cross-site"];
      const types: Record<string, string | undefined> = {
        json: "application/json",
        plain: "text/plain;charset=UTF-8",
        form: "application/x-www-form-urlencoded",
        absent: undefined,
      };
      let accepted = 0;
      let checked = 0;
      for (const auth of ["cookie", "bearer"] as const)
        for (const [originName, originValue] of Object.entries(origins))
          for (const site of sites)
            for (const [typeName, type] of Object.entries(types)) {
              const headers: Headers =
                auth === "cookie" ? { cookie: user.cookie ?? "" } : { authorization: `Bearer ${token}` };
              if (originValue) headers.origin = originValue === "SAME" ? own : originValue;
              if (site) headers["sec-fetch-site"] = site;
              if (type) headers["content-type"] = type;
              const before = await tokenCount();
              const body =
                typeName === "absent" ? new Blob([JSON.stringify({ name: "t" })]) : JSON.stringify({ name: "t" });
              const r = await fetch(`${server.url}/auth/tokens`, { method: "POST", headers, body });
              const forged =
                originName === "otherPort" || originName === "opaque" || site === "same-site" || site === "cross-site";
              const expected = auth === "bearer" ? 201 : forged ? 403 : typeName === "json" ? 201 : 415;
              const label = `${auth} origin=${originName} site=${site} type=${typeName}`;
              expect(r.status, label).toBe(expected);
              if (expected !== 201)
                expect(((await r.json()) as { error: { code: string } }).error.code, label).toBe(
                  expected === 403 ? "FORBIDDEN" : "UNSUPPORTED_MEDIA_TYPE",
                );
              else await r.body?.cancel();
              expect(await tokenCount(), label).toBe(before + (expected === 201 ? 1 : 0));
              if (expected === 201) accepted++;
              checked++;
            }
      expect(checked).toBe(2 * 4 * 5 * 4);
      // Every bearer call, and cookie calls with JSON from our own page or from no browser at all.
      expect(accepted).toBe(80 + 2 * 3);
    });

    it("a forged text/plain clearance and check-in from another port are refused and store nothing", async () => {
      const forged = {
        cookie: user.cookie ?? "",
        origin: "http://127.0.0.1:1",
        "content-type": "text/plain",
        "sec-fetch-site": "same-site",
      };
      const clearance = await send(
        `${server.url}/clearance`,
        "POST",
        forged,
        JSON.stringify({ date: "2026-11-25", by: "Dr Forged" }),
      );
      expect([clearance.status, clearance.code]).toEqual([403, "FORBIDDEN"]);
      const checkin = await send(
        `${server.url}/checkins`,
        "POST",
        forged,
        JSON.stringify({
          clientId: crypto.randomUUID(),
          date: "2026-11-25",
          painNow: 2,
          everydayPain: "none",
          redFlags: redFlagAnswers(),
        }),
      );
      expect([checkin.status, checkin.code]).toEqual([403, "FORBIDDEN"]);
      // Without Origin and Sec-Fetch-Site (an older browser), text/plain still cannot carry the write.
      const plain = await send(
        `${server.url}/clearance`,
        "POST",
        { cookie: user.cookie ?? "", "content-type": "text/plain" },
        "{}",
      );
      expect([plain.status, plain.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
      expect((await user.get("/checkins")).body).toEqual([]);
      const readiness = await user.get("/readiness");
      expect(JSON.stringify(readiness.body)).not.toContain("Dr Forged");
    });

    it("login and register from another page are refused and set no cookie", async () => {
      const body = JSON.stringify({ email: "forged@example.com", password: "long enough 1" });
      const json = { "content-type": "application/json" };
      const reg = await send(`${server.url}/auth/register`, "POST", { ...json, origin: "http://127.0.0.1:1" }, body);
      expect([reg.status, reg.code, reg.setCookie]).toEqual([403, "FORBIDDEN", null]);
      const login = await send(`${server.url}/auth/login`, "POST", { ...json, "sec-fetch-site": "cross-site" }, body);
      expect([login.status, login.code, login.setCookie]).toEqual([403, "FORBIDDEN", null]);
      const plainLogin = await send(`${server.url}/auth/login`, "POST", { "content-type": "text/plain" }, body);
      expect(plainLogin.status).toBe(415);
      // The account was never made: registering it properly now works.
      const ok = await send(
        `${server.url}/auth/register`,
        "POST",
        { ...json, origin: own, "sec-fetch-site": "same-origin" },
        body,
      );
      expect(ok.status).toBe(201);
      expect(ok.setCookie).toMatch(/spotter_session=/);
    });

    it("POST /import takes text/csv and a multipart upload from the user's page, and refuses text/plain", async () => {
      const csv =
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n" +
        '2026-11-20 07:00:00,"Morning","30m","Goblet Squat",1,20,10,0,0,"","",\n';
      const page = { cookie: user.cookie ?? "", origin: own, "sec-fetch-site": "same-origin" };
      const dry = `${server.url}/import?format=strong&unit=kg&dryRun=1`;
      const asCsv = await send(dry, "POST", { ...page, "content-type": "text/csv" }, csv);
      expect(asCsv.status).toBe(200);
      const form = new FormData();
      form.set("file", new Blob([csv], { type: "text/csv" }), "strong.csv");
      const multipart = await send(dry, "POST", page, form);
      expect(multipart.status).toBe(200);
      const plain = await send(dry, "POST", { ...page, "content-type": "text/plain" }, csv);
      expect([plain.status, plain.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
      const forged = await send(dry, "POST", { ...page, origin: "http://127.0.0.1:1" }, form);
      expect([forged.status, forged.code]).toEqual([403, "FORBIDDEN"]);
    });

    it("a write without a body needs no content type; reads are never checked", async () => {
      const page = { cookie: user.cookie ?? "", origin: own, "sec-fetch-site": "same-origin" };
      const created = await user.post("/auth/tokens", { name: "to revoke" });
      const del = await send(`${server.url}/auth/tokens/${created.body.id}`, "DELETE", page);
      expect(del.status).toBe(204);
      const read = await send(`${server.url}/auth/me`, "GET", {
        cookie: user.cookie ?? "",
        origin: "http://127.0.0.1:1",
        "sec-fetch-site": "cross-site",
      });
      expect(read.status).toBe(200);
    });
  });
}

describe("the server's own origin behind a proxy", () => {
  it("accepts SPOTTER_PUBLIC_URL's origin and, from a trusted proxy, the forwarded host; refuses the forwarded host otherwise", async () => {
    const [engine] = testEngines();
    if (!engine) throw new Error("no test engine");
    const results: Record<string, number> = {};
    for (const [name, opts] of [
      ["public", { publicUrl: "https://spotter.example" }],
      ["trusted", { trustProxy: "127.0.0.1" }],
      ["otherProxy", { trustProxy: "10.0.0.1" }],
      ["untrusted", {}],
    ] as const) {
      const s = await startTestServer(engine, opts);
      try {
        const r = await fetch(`${s.url}/auth/register`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: name === "public" ? "https://spotter.example" : "https://proxied.example",
            "x-forwarded-host": "proxied.example",
            "x-forwarded-proto": "https",
          },
          body: JSON.stringify({ email: `${name}@example.com`, password: "long enough 1" }),
        });
        results[name] = r.status;
      } finally {
        await s.close();
      }
    }
    expect(results).toEqual({ public: 201, trusted: 201, otherProxy: 403, untrusted: 403 });
  });
});
