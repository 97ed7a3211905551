/**
 * Properties of the login limits over random sequences of attempts (several accounts, several addresses, right and
 * wrong passwords) within one window, on both engines: the guesser is bounded, the victim is never locked out.
 */
import { type Db, uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import fc from "fast-check";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { RateLimiter } from "./rateLimit.js";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "./rateLimitConfig.js";

const HOUR = 3_600_000;
const LIMITS: RateLimits = {
  ...DEFAULT_RATE_LIMITS,
  login: { count: 3, windowMs: HOUR },
  "login-address": { count: 5, windowMs: HOUR },
  "login-account": { count: 4, windowMs: HOUR },
};

/** Guessers (addresses 0-5, mostly wrong passwords) and victims (addresses 6-7, right passwords only) on two accounts. */
const attempt = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      account: fc.integer({ min: 0, max: 1 }),
      address: fc.integer({ min: 0, max: 5 }),
      right: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      account: fc.integer({ min: 0, max: 1 }),
      address: fc.constantFrom(6, 7),
      right: fc.constant(true),
    }),
  },
);
const sequences = fc.array(attempt, { minLength: 10, maxLength: 60 });

let runs = 0;

/** Plays the attempts against a fresh limiter (in a window of its own) and answers each one's outcome. */
async function play(db: Db, attempts: { account: number; address: number; right: boolean }[]): Promise<boolean[]> {
  // Each run starts a day after the last, so earlier runs' windows have ended.
  const now = Date.parse("2026-12-07T00:00:00Z") + runs++ * 24 * HOUR;
  const limiter = new RateLimiter({ db, now: () => now, newId: () => uuidv7(now), rateLimits: LIMITS });
  const app = new Hono();
  app.onError((err, c) => (err instanceof ApiError ? c.text(err.code, 429) : c.text(String(err), 500)));
  app.get("/:account/:address", async (c) => {
    const counted = await limiter.login(
      c,
      `user${c.req.param("account")}@example.com`,
      `10.0.0.${c.req.param("address")}`,
    );
    if (c.req.query("right")) await counted.giveBack();
    return c.text("tried");
  });
  const allowed: boolean[] = [];
  for (const a of attempts) {
    const r = await app.request(`/${a.account}/${a.address}${a.right ? "?right=1" : ""}`);
    expect([200, 429]).toContain(r.status);
    allowed.push(r.status === 200);
  }
  return allowed;
}

for (const engine of testEngines()) {
  describe(`login limit properties on ${engine.name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => db.close());
    const numRuns = engine.name === "sqlite" ? 60 : 15;

    it("the guesser is bounded: wrong passwords tried per account and address, per address, and per account", async () => {
      await fc.assert(
        fc.asyncProperty(sequences, async (attempts) => {
          const allowed = await play(db, attempts);
          const perPair = new Map<string, number>();
          const perAddress = new Map<number, number>();
          const perAccount = new Map<number, number>();
          const successes = new Map<number, number>();
          const addresses = new Map<number, Set<number>>();
          attempts.forEach((a, i) => {
            if (!allowed[i]) return;
            if (a.right) {
              successes.set(a.account, (successes.get(a.account) ?? 0) + 1);
              // A right password clears that address's failures on that account: count pairs afresh after it.
              perPair.delete(`${a.account}|${a.address}`);
              return;
            }
            const pair = `${a.account}|${a.address}`;
            perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
            perAddress.set(a.address, (perAddress.get(a.address) ?? 0) + 1);
            perAccount.set(a.account, (perAccount.get(a.account) ?? 0) + 1);
            addresses.set(a.account, (addresses.get(a.account) ?? new Set()).add(a.address));
            expect(perPair.get(pair)).toBeLessThanOrEqual(3);
          });
          for (const n of perAddress.values()) expect(n).toBeLessThanOrEqual(5);
          // Past the ceiling of 4 each address gets at most one more try (again after a right password of its own).
          for (const [account, n] of perAccount) {
            const bound = 4 + (addresses.get(account)?.size ?? 0) + (successes.get(account) ?? 0);
            expect(n).toBeLessThanOrEqual(bound);
          }
        }),
        { numRuns },
      );
    });

    it("the victim is never locked out: an address that has sent no wrong password is never refused", async () => {
      await fc.assert(
        fc.asyncProperty(sequences, async (attempts) => {
          const allowed = await play(db, attempts);
          const guessed = new Set<number>();
          attempts.forEach((a, i) => {
            if (!guessed.has(a.address)) expect(allowed[i]).toBe(true);
            if (!a.right) guessed.add(a.address);
          });
        }),
        { numRuns },
      );
    });
  });
}
