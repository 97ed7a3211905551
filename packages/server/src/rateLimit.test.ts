import { type Db, uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Deps } from "./context.js";
import { ApiError } from "./errors.js";
import { counterKey, RateLimiter } from "./rateLimit.js";
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, type RateLimits } from "./rateLimitConfig.js";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.parse("2026-12-07T20:00:00Z");

let apps = 0;

/**
 * A tiny app over one limiter: `/hit/:name/:subject` and `/login/:account?ok=1`. In-process requests all come from
 * the address "unknown", so each app starts 10 days after the last one: earlier tests' windows have ended.
 */
function limiterApp(db: Db, limits: RateLimits) {
  const start = T0 + apps++ * 10 * DAY;
  let now = start;
  const deps: Deps = { db, now: () => now, newId: () => uuidv7(now), rateLimits: limits };
  const limiter = new RateLimiter(deps);
  const app = new Hono();
  app.onError((err, c) => (err instanceof ApiError ? c.json(err.toBody(), err.status as 429) : c.text("boom", 500)));
  app.get("/hit/:name/:subject", async (c) => {
    await limiter.hit(c, c.req.param("name") as "register", c.req.param("subject"));
    return c.text("ok");
  });
  app.get("/login/:account", async (c) => {
    const attempt = await limiter.login(c, c.req.param("account"));
    if (c.req.query("ok")) await attempt.giveBack();
    return c.text("ok");
  });
  return {
    start,
    setNow: (ms: number) => {
      now = ms;
    },
    get: async (path: string) => {
      const r = await app.request(path);
      return { status: r.status, retryAfter: r.headers.get("retry-after"), body: await r.text() };
    },
  };
}

for (const engine of testEngines()) {
  describe(`the limiter on ${engine.name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => db.close());
    const rows = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("rate_limits")
            .select((e) => e.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("allows `count` requests per window, then answers 429 with Retry-After until the window ends", async () => {
      const t = limiterApp(db, { ...DEFAULT_RATE_LIMITS, register: { count: 3, windowMs: 10 * MIN } });
      for (let i = 0; i < 3; i++) expect((await t.get("/hit/register/u1")).status).toBe(200);
      const limited = await t.get("/hit/register/u1");
      expect(limited.status).toBe(429);
      expect(limited.retryAfter).toBe(String(10 * 60));
      expect(JSON.parse(limited.body).error.message).toBe(
        "Too many new accounts from this address. Please wait about 10 minutes and try again.",
      );
      t.setNow(t.start + 4 * MIN);
      expect((await t.get("/hit/register/u1")).retryAfter).toBe(String(6 * 60));
      expect((await t.get("/hit/register/u2")).status).toBe(200);
      t.setNow(t.start + 10 * MIN);
      expect((await t.get("/hit/register/u1")).status).toBe(200);
    });

    it("stores a hash of the subject, never the email or address itself", async () => {
      const t = limiterApp(db, DEFAULT_RATE_LIMITS);
      await t.get("/login/someone@example.com");
      const keys = (await db.kysely.selectFrom("rate_limits").select("key").execute()).map((r) => r.key);
      expect(keys.some((k) => k.includes("example.com") || k.includes("unknown"))).toBe(false);
      expect(keys).toContain(counterKey("login-account", "someone@example.com"));
    });

    it("a limit turned off counts nothing and never refuses", async () => {
      const before = await rows();
      const t = limiterApp(db, NO_RATE_LIMITS);
      for (let i = 0; i < 20; i++) expect((await t.get("/hit/register/off-1")).status).toBe(200);
      for (let i = 0; i < 20; i++) expect((await t.get("/login/off@example.com")).status).toBe(200);
      expect(await rows()).toBe(before);
    });

    it.each([
      // [limits changed, failures before, then: right password?, expected status]
      ["pair limit reached", { login: { count: 2, windowMs: MIN } }, 2, true, 429],
      ["pair limit not reached", { login: { count: 3, windowMs: MIN } }, 2, false, 200],
      ["address limit reached", { "login-address": { count: 2, windowMs: MIN } }, 2, true, 429],
      [
        "account ceiling reached, this address has failed",
        { "login-account": { count: 2, windowMs: MIN } },
        2,
        true,
        429,
      ],
    ] as const)("login: %s -> %s", async (_label, changed, failures, right, status) => {
      const t = limiterApp(db, { ...DEFAULT_RATE_LIMITS, ...changed });
      const account = `${Math.random()}@example.com`;
      for (let i = 0; i < failures; i++) expect((await t.get(`/login/${account}`)).status).toBe(200);
      expect((await t.get(`/login/${account}${right ? "?ok=1" : ""}`)).status).toBe(status);
    });

    it("login: a right password gives its hits back and clears the address's failures on that account", async () => {
      const t = limiterApp(db, { ...DEFAULT_RATE_LIMITS, login: { count: 3, windowMs: MIN } });
      for (let round = 0; round < 5; round++) {
        // Two failures leave one try under the limit of 3: the right password, which clears the pair's count.
        for (let i = 0; i < 2; i++) expect((await t.get("/login/clear@example.com")).status).toBe(200);
        expect((await t.get("/login/clear@example.com?ok=1")).status).toBe(200);
      }
      const s = await db.kysely
        .selectFrom("rate_limits")
        .select("hits")
        .where("key", "=", counterKey("login-account", "clear@example.com"))
        .executeTakeFirstOrThrow();
      // The account keeps its 10 failures (it may be under attack from elsewhere); the successes gave theirs back.
      expect(s.hits).toBe(10);
    });

    it("a locked key is refused from memory without another database write", async () => {
      const t = limiterApp(db, { ...DEFAULT_RATE_LIMITS, register: { count: 1, windowMs: MIN } });
      await t.get("/hit/register/mem");
      expect((await t.get("/hit/register/mem")).status).toBe(429);
      const key = counterKey("register", "mem");
      const hits = async () =>
        (await db.kysely.selectFrom("rate_limits").select("hits").where("key", "=", key).executeTakeFirstOrThrow())
          .hits;
      const before = await hits();
      for (let i = 0; i < 5; i++) expect((await t.get("/hit/register/mem")).status).toBe(429);
      expect(await hits()).toBe(before);
    });

    it("sweeps ended windows as it counts", async () => {
      const t = limiterApp(db, { ...DEFAULT_RATE_LIMITS, register: { count: 5, windowMs: MIN } });
      await t.get("/hit/register/sweep-me");
      t.setNow(t.start + 8 * DAY);
      await t.get("/hit/register/other");
      const left = await db.kysely
        .selectFrom("rate_limits")
        .select("key")
        .where("expires_at", "<=", t.start + 8 * DAY)
        .execute();
      expect(left).toEqual([]);
    });
  });
}
