import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "../rateLimitConfig.js";
import { sendFrom } from "../testing/fromAddress.js";
import { newUser, startTestServer, TEST_RATE_LIMITS, type TestServer } from "../testing/harness.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const PASSWORD = "correct horse 1";
const START = Date.parse("2026-11-25T09:00:00Z");

/** A random public-looking IPv4 address, as a client would forge one. */
const randomIp = () => `198.51.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

function retryAfter(headers: Headers): number {
  return Number(headers.get("retry-after"));
}

for (const engine of testEngines()) {
  describe(`rate limits on ${engine.name}: the address comes from the socket`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());
    const login = (email: string, password: string, from: { address: string; xff?: string }) =>
      sendFrom("POST", `${server.url}/auth/login`, { email, password }, from);

    it("a fresh X-Forwarded-For per request does not buy fresh tries: the 11th wrong login is 429 with Retry-After", async () => {
      const victim = await newUser(server, PASSWORD);
      for (let i = 0; i < 10; i++) {
        const r = await login(victim.email, `guess ${i}`, { address: "127.0.0.2", xff: randomIp() });
        expect(r.status).toBe(401);
      }
      const locked = await login(victim.email, `guess 10`, { address: "127.0.0.2", xff: randomIp() });
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe("RATE_LIMITED");
      expect(retryAfter(locked.headers)).toBeGreaterThan(0);
      expect(retryAfter(locked.headers)).toBeLessThanOrEqual(15 * 60);
      // The guesser is locked even with the right password ...
      expect((await login(victim.email, PASSWORD, { address: "127.0.0.2" })).status).toBe(429);
      // ... and the victim, from an address that has not failed, logs in.
      expect((await login(victim.email, PASSWORD, { address: "127.0.0.3" })).status).toBe(200);
    });

    it("right passwords do not use up the limit: 40 right logins and a success between failures never lock", async () => {
      const a = await newUser(server, PASSWORD);
      for (let i = 0; i < 40; i++) expect((await login(a.email, PASSWORD, { address: "127.0.0.4" })).status).toBe(200);
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 9; i++) expect((await login(a.email, "typo", { address: "127.0.0.4" })).status).toBe(401);
        expect((await login(a.email, PASSWORD, { address: "127.0.0.4" })).status).toBe(200);
      }
    });

    it("the window ends: after Retry-After the guesser may try again", async () => {
      const v = await newUser(server, PASSWORD);
      for (let i = 0; i < 10; i++) await login(v.email, `g${i}`, { address: "127.0.0.5" });
      const locked = await login(v.email, PASSWORD, { address: "127.0.0.5" });
      expect(locked.status).toBe(429);
      server.setNow(START + retryAfter(locked.headers) * 1000);
      try {
        expect((await login(v.email, PASSWORD, { address: "127.0.0.5" })).status).toBe(200);
      } finally {
        server.setNow(START);
      }
    });

    it("parallel guesses are counted exactly: of 30 at once, 10 are tried and 20 answer 429", async () => {
      const v = await newUser(server, PASSWORD);
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login(v.email, `p${i}`, { address: "127.0.0.6" })),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    });
  });

  describe(`rate limits on ${engine.name}: behind a trusted proxy`, () => {
    let server: TestServer;
    const limits: RateLimits = {
      ...TEST_RATE_LIMITS,
      login: { count: 4, windowMs: 15 * MIN },
      "login-address": { count: 8, windowMs: HOUR },
      "login-account": { count: 6, windowMs: HOUR },
    };
    beforeAll(async () => {
      server = await startTestServer(engine, { trustProxy: "127.0.0.1", rateLimits: limits });
    });
    afterAll(async () => server.close());
    const login = (email: string, password: string, xff: string, address = "127.0.0.1") =>
      sendFrom("POST", `${server.url}/auth/login`, { email, password }, { address, xff });

    it("X-Forwarded-For from the trusted proxy is honoured: the right-most untrusted hop is the client", async () => {
      const v = await newUser(server, PASSWORD);
      // The client forges the left part; the proxy appended the address it saw (203.0.113.10).
      for (let i = 0; i < 4; i++)
        expect((await login(v.email, `g${i}`, `${randomIp()}, 203.0.113.10`)).status).toBe(401);
      expect((await login(v.email, "g4", `${randomIp()}, 203.0.113.10`)).status).toBe(429);
      // A trusted proxy hop on the right is skipped: the client is still 203.0.113.10.
      expect((await login(v.email, "g5", "203.0.113.10, 127.0.0.1")).status).toBe(429);
      // Another client behind the proxy is another address.
      expect((await login(v.email, PASSWORD, "203.0.113.11")).status).toBe(200);
    });

    it("a client that is not the proxy is counted by its socket, whatever header it sends", async () => {
      const v = await newUser(server, PASSWORD);
      for (let i = 0; i < 4; i++) expect((await login(v.email, `g${i}`, randomIp(), "127.0.0.9")).status).toBe(401);
      expect((await login(v.email, PASSWORD, randomIp(), "127.0.0.9")).status).toBe(429);
    });

    it("an address that failed too often is locked for every account, even with a right password", async () => {
      const accounts = await Promise.all(Array.from({ length: 5 }, () => newUser(server, PASSWORD)));
      // 8 failures spread over 4 accounts: under the per-account-and-address limit of 4 on each.
      for (const a of accounts.slice(0, 4)) {
        for (let i = 0; i < 2; i++) expect((await login(a.email, `x${i}`, "203.0.113.20")).status).toBe(401);
      }
      const fresh = accounts[4];
      if (!fresh) throw new Error("no account");
      const locked = await login(fresh.email, PASSWORD, "203.0.113.20");
      expect(locked.status).toBe(429);
      expect(retryAfter(locked.headers)).toBeGreaterThan(15 * 60);
      expect((await login(fresh.email, PASSWORD, "203.0.113.21")).status).toBe(200);
    });

    it("distributed guessing: past the account ceiling each address gets one try, and the victim still logs in", async () => {
      const v = await newUser(server, PASSWORD);
      // Six guessers use up the account's ceiling of 6 failures, one try each.
      for (let i = 0; i < 6; i++) expect((await login(v.email, `d${i}`, `192.0.2.${i + 1}`)).status).toBe(401);
      // A guesser that has failed on the account is now refused, even with the right password ...
      const refused = await login(v.email, PASSWORD, "192.0.2.1");
      expect(refused.status).toBe(429);
      expect(retryAfter(refused.headers)).toBeGreaterThan(0);
      // ... a new address gets one try and then is refused too ...
      expect((await login(v.email, "d6", "192.0.2.50")).status).toBe(401);
      expect((await login(v.email, "d7", "192.0.2.50")).status).toBe(429);
      // ... and the victim, from an address that has not failed, gets in with the right password.
      expect((await login(v.email, PASSWORD, "192.0.2.99")).status).toBe(200);
      expect((await login(v.email, PASSWORD, "192.0.2.99")).status).toBe(200);
    });
  });

  describe(`rate limits on ${engine.name}: registration, share links and imports`, () => {
    let server: TestServer;
    const limits: RateLimits = {
      ...DEFAULT_RATE_LIMITS,
      register: { count: 3, windowMs: HOUR },
      share: { count: 2, windowMs: HOUR },
      "share-open": { count: 3, windowMs: HOUR },
      import: { count: 2, windowMs: HOUR },
    };
    beforeAll(async () => {
      server = await startTestServer(engine, { rateLimits: limits });
    });
    afterAll(async () => server.close());
    const root = () => server.url.replace(/\/api\/v1$/, "");

    it("registration is limited per address: the 4th in an hour is 429, another address still registers", async () => {
      const register = (n: number, address: string) =>
        sendFrom(
          "POST",
          `${server.url}/auth/register`,
          { email: `reg${n}@example.com`, password: PASSWORD },
          { address },
        );
      expect((await register(1, "127.0.0.10")).status).toBe(201);
      expect((await register(1, "127.0.0.10")).status).toBe(409);
      expect((await register(2, "127.0.0.10")).status).toBe(201);
      const limited = await register(3, "127.0.0.10");
      expect(limited.status).toBe(429);
      expect(retryAfter(limited.headers)).toBeGreaterThan(55 * 60);
      expect((await register(3, "127.0.0.11")).status).toBe(201);
    });

    it("X4: share links are limited per user to make and per address to open (page and JSON alike)", async () => {
      const owner = await sendFrom(
        "POST",
        `${server.url}/auth/register`,
        { email: "owner@example.com", password: PASSWORD },
        { address: "127.0.0.12" },
      );
      const cookie = owner.headers.get("set-cookie")?.split(";")[0] ?? null;
      const make = () => sendFrom("POST", `${server.url}/shares`, {}, { address: "127.0.0.12", cookie });
      const made = await make();
      expect(made.status).toBe(201);
      expect((await make()).status).toBe(201);
      const third = await make();
      expect(third.status).toBe(429);
      expect(retryAfter(third.headers)).toBeGreaterThan(0);

      const token = String(made.body.url).replace("/share/", "");
      const open = (address: string, page = false, t = token) =>
        sendFrom("GET", page ? `${root()}/share/${t}` : `${server.url}/share/${t}`, undefined, { address });
      expect((await open("127.0.0.13")).status).toBe(200);
      expect((await open("127.0.0.13", false, "not-a-token")).status).toBe(404);
      expect((await open("127.0.0.13", true)).status).toBe(200);
      const api = await open("127.0.0.13");
      expect(api.status).toBe(429);
      expect(api.body.error.code).toBe("RATE_LIMITED");
      expect(retryAfter(api.headers)).toBeGreaterThan(0);
      const page = await open("127.0.0.13", true);
      expect(page.status).toBe(429);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(String(page.body)).toContain("Please try again later");
      expect(retryAfter(page.headers)).toBeGreaterThan(0);
      expect((await open("127.0.0.14", true)).status).toBe(200);
    });

    it("imports are limited per user, dry runs and refused files included", async () => {
      const a = await newUser(server, PASSWORD);
      expect((await a.req("POST", "/import?format=strong&dryRun=1", "not,a,strong,file\n")).status).toBe(400);
      const second = await a.req("POST", "/import?format=spotter&dryRun=1", "{}");
      expect(second.status).not.toBe(429);
      const third = await a.req("POST", "/import?format=spotter&dryRun=1", "{}");
      expect(third.status).toBe(429);
      expect(retryAfter(third.headers)).toBeGreaterThan(0);
      const b = await newUser(server, PASSWORD);
      expect((await b.req("POST", "/import?format=spotter&dryRun=1", "{}")).status).not.toBe(429);
    });
  });
}
