/**
 * Rate limits with their counters in the database (`@spotter/db` rateLimits), so every server on one database shares
 * them and a restart keeps them. A request is counted before its work is done (one atomic statement), and a request
 * that turns out to be allowed (a right password) gives its hit back, so only failures use up a login limit.
 * Answers past a limit are 429 `RATE_LIMITED` with `Retry-After`.
 */
import { createHash } from "node:crypto";
import { type CounterHit, type CounterState, giveBackCounters, hitCounters, sweepCounters } from "@spotter/db";
import type { Context } from "hono";
import { addressKey, clientAddress } from "./clientAddress.js";
import type { Deps } from "./context.js";
import { ApiError } from "./errors.js";
import { DEFAULT_RATE_LIMITS, type Limit, type LimitName, type RateLimits } from "./rateLimitConfig.js";

/** How often a process deletes ended windows, and how many rows one sweep may delete (bounded work). */
const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 5_000;
/** Keys a process remembers as locked, so a flood from a locked address is answered without the database. */
const MAX_LOCAL_LOCKS = 10_000;

/** What each limit says when it is reached; every message ends with the wait. */
const MESSAGES: Record<LimitName, string> = {
  login: "Too many failed logins from this address.",
  "login-address": "Too many failed logins from this address.",
  "login-account": "Too many failed logins from this address.",
  register: "Too many new accounts from this address.",
  password: "Too many wrong passwords.",
  share: "Too many share links made in a short time.",
  "share-open": "Too many shared reports opened from this address in a short time.",
  import: "Too many imports in a short time.",
};

/** A plain wait: "about a minute", "about 12 minutes", "about 2 hours". */
function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return "about a minute";
  if (minutes < 120) return `about ${minutes} minutes`;
  return `about ${Math.ceil(minutes / 60)} hours`;
}

/** The 429 for `name`, with Retry-After set on the answer. */
function limited(c: Context, name: LimitName, retryAt: number, now: number): ApiError {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  c.header("Retry-After", String(seconds));
  return new ApiError("RATE_LIMITED", `${MESSAGES[name]} Please wait ${waitText(seconds)} and try again.`);
}

/** A counted request; an allowed outcome may give its hits back. */
export interface Counted {
  /** Gives back this request's hits (a right password does not use up the limit). */
  giveBack(): Promise<void>;
}

const NOTHING: Counted = { giveBack: async () => {} };

/** Counts requests against the configured limits of one app. */
export class RateLimiter {
  private readonly limits: RateLimits;
  private lastSweep = Number.NEGATIVE_INFINITY;
  /** Keys known (from the database) to be past their limit, with the end of their window. */
  private readonly locks = new Map<string, number>();

  constructor(private readonly deps: Deps) {
    this.limits = deps.rateLimits ?? DEFAULT_RATE_LIMITS;
  }

  /** The key the request's client address is counted under (the socket, or a trusted proxy's word). */
  address(c: Context): string {
    return addressKey(clientAddress(c, this.deps.trustProxy));
  }

  /**
   * Counts one request of `name` for `subject` (a user id or an address key) and throws 429 past the limit. The
   * answer gives the hit back and clears the counter (used after a right password).
   */
  async hit(c: Context, name: LimitName, subject: string): Promise<Counted> {
    const limit = this.limits[name];
    if (!limit) return NOTHING;
    const key = counterKey(name, subject);
    const now = this.deps.now();
    this.refuseLocked(c, name, [key], now);
    const state = await this.count([{ key, windowMs: limit.windowMs }], now);
    const s = state.get(key);
    if (s && s.hits > limit.count) throw this.lock(c, name, key, s.expiresAt, now);
    return { giveBack: () => giveBackCounters(this.deps.db.kysely, [], [key], this.deps.now()) };
  }

  /**
   * Counts a login attempt for `account` (the email as typed, normalized) from this request's address, and throws
   * 429 when the address has failed too often on this account (`login`) or on any (`login-address`), or when the
   * account is under attack (`login-account`) and this address has already failed on it. An address that has not
   * failed may always try the right password: the guesser is locked, not the victim. Call `giveBack` after a right
   * password; a wrong one keeps its hits. `address` defaults to this request's (tests pass one).
   */
  async login(c: Context, account: string, address = this.address(c)): Promise<Counted> {
    const L = this.limits;
    const now = this.deps.now();
    // The pair is counted whenever the account ceiling is on, since the ceiling asks whether this address failed.
    const pairWindow = (L.login ?? L["login-account"])?.windowMs;
    const pair = pairWindow ? counterKey("login", `${account}\n${address}`) : null;
    const addr = L["login-address"] ? counterKey("login-address", address) : null;
    const acct = L["login-account"] ? counterKey("login-account", account) : null;
    this.refuseLocked(c, "login", [pair, addr], now);
    const hits: CounterHit[] = [];
    if (pair && pairWindow) hits.push({ key: pair, windowMs: pairWindow });
    if (addr && L["login-address"]) hits.push({ key: addr, windowMs: L["login-address"].windowMs });
    if (acct && L["login-account"]) hits.push({ key: acct, windowMs: L["login-account"].windowMs });
    if (hits.length === 0) return NOTHING;
    const state = await this.count(hits, now);
    const over = (key: string | null, limit: Limit | null): CounterState | null => {
      const s = key ? state.get(key) : undefined;
      return s && limit && s.hits > limit.count ? s : null;
    };
    const pairState = pair ? state.get(pair) : undefined;
    const pairOver = over(pair, L.login);
    const addrOver = over(addr, L["login-address"]);
    const acctOver = over(acct, L["login-account"]);
    if (pairOver && pair) throw this.lock(c, "login", pair, pairOver.expiresAt, now);
    if (addrOver && addr) throw this.lock(c, "login-address", addr, addrOver.expiresAt, now);
    // Under attack, this request's own hit is the only one a clean address has on the pair.
    if (acctOver && pairState && pairState.hits > 1) {
      throw limited(c, "login-account", Math.min(acctOver.expiresAt, pairState.expiresAt), now);
    }
    const given = [addr, acct].filter((k): k is string => k !== null);
    return { giveBack: () => giveBackCounters(this.deps.db.kysely, given, pair ? [pair] : [], this.deps.now()) };
  }

  /** Throws 429 at once when one of `keys` is known to be locked, without asking the database. */
  private refuseLocked(c: Context, name: LimitName, keys: (string | null)[], now: number): void {
    for (const key of keys) {
      const until = key ? this.locks.get(key) : undefined;
      if (until === undefined) continue;
      if (until > now) throw limited(c, name, until, now);
      this.locks.delete(key as string);
    }
  }

  /** Remembers `key` as locked until `until` and answers the 429. */
  private lock(c: Context, name: LimitName, key: string, until: number, now: number): ApiError {
    if (this.locks.size >= MAX_LOCAL_LOCKS) this.locks.clear();
    this.locks.set(key, until);
    return limited(c, name, until, now);
  }

  /** One statement per request; now and then (once a minute per process) a bounded sweep of ended windows. */
  private async count(hits: CounterHit[], now: number): Promise<Map<string, CounterState>> {
    if (now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      await sweepCounters(this.deps.db.kysely, now, SWEEP_BATCH);
    }
    return hitCounters(this.deps.db.kysely, hits, now);
  }
}

/**
 * A counter's key: the limit's name and a hash of its subject, so the table holds no email or address in clear.
 */
export function counterKey(name: LimitName, subject: string): string {
  return `${name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 27)}`;
}

const limiters = new WeakMap<Deps, RateLimiter>();

/** The one limiter of an app (its deps), shared by every route file. */
export function rateLimiterFor(deps: Deps): RateLimiter {
  let l = limiters.get(deps);
  if (!l) {
    l = new RateLimiter(deps);
    limiters.set(deps, l);
  }
  return l;
}
