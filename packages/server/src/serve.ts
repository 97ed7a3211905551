/** Starting the HTTP server on a port (0 picks a free one) with the real clock and ids. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { RegistrationMode } from "@spotter/core";
import { type Db, openDatabase, uuidv7 } from "@spotter/db";
import { createApp } from "./app.js";
import type { TrustedProxies } from "./clientAddress.js";
import type { Deps } from "./context.js";
import { createLogger, type Logger } from "./logging.js";
import type { RateLimits } from "./rateLimitConfig.js";
import { keptTriggerList, triggersAreKept } from "./routes/insights.js";
import { warmLogCache } from "./services/log.js";
import { todayAnswerFor, todayIsKept } from "./services/todayAnswer.js";

/** Where and how to serve. */
export interface StartOptions {
  port: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  webDir?: string;
  /** PostgreSQL schema to use (tests and the resilience tests run each in their own). */
  schema?: string;
  /**
   * PostgreSQL: how long to keep retrying with backoff while the server is unreachable at start-up before giving up
   * with a plain message (default 0: fail at once).
   */
  dbWaitMs?: number;
  /** Who may register: `open`, `invite` or `closed` (API.md "Server settings"). */
  registration: RegistrationMode;
  /** Load the recently seen users' logs into memory after listening (default true). */
  warmCache?: boolean;
  /** The rate limits (`parseRateLimits`); the defaults when absent. */
  rateLimits?: RateLimits;
  /** Proxies whose X-Forwarded-For is believed (`parseTrustProxy`). */
  trustProxy?: TrustedProxies | null;
  /** `SPOTTER_PUBLIC_URL`: the address users open (its origin is the server's own for the cross-site check). */
  publicUrl?: string | undefined;
  /** The JSON logger (`createLogger`); default info lines to standard output. */
  logger?: Logger | undefined;
}

/** A running server. */
export interface StartedServer {
  url: string;
  port: number;
  db: Db;
  /** The cache warm-up started after listening; resolves with the number of users' logs it loaded. */
  warming: Promise<number>;
  close(): Promise<void>;
}

/** Opens the database (running migrations), then listens. */
export async function startServer(opts: StartOptions): Promise<StartedServer> {
  const db = await openDatabase({
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    schema: opts.schema,
    waitMs: opts.dbWaitMs,
  });
  const app = createApp({
    db,
    now: () => Date.now(),
    newId: () => uuidv7(),
    webDir: opts.webDir,
    registration: opts.registration,
    rateLimits: opts.rateLimits,
    trustProxy: opts.trustProxy,
    publicUrl: opts.publicUrl,
    // Under Vitest only errors, so test output stays readable.
    logger: opts.logger ?? createLogger(process.env.VITEST ? "error" : "info", process.env.VITEST ? 2 : 1),
  });
  const host = opts.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  // After listening, in the background: the recently seen users' logs, so their first request is answered from memory.
  let closing = false;
  const warmDeps = { db, now: () => Date.now(), newId: () => uuidv7() } as Deps;
  // Only users whose kept Today or trigger list is stale (a new build, a new day, a write on another server) are
  // loaded, and those answers worked out again: a user whose answers are kept costs a row read on the first call
  // without the log in memory, so the start stays light (the log loads with that user's first write and read).
  const needed = async (userId: string) =>
    !(await todayIsKept(warmDeps, userId)) || !(await triggersAreKept(warmDeps, userId));
  const prepare = async (userId: string) => {
    await keptTriggerList(warmDeps, userId);
    await todayAnswerFor(warmDeps, userId);
  };
  const warming =
    opts.warmCache === false ? Promise.resolve(0) : warmLogCache(warmDeps, { stop: () => closing, needed, prepare });
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    warming,
    async close() {
      closing = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await warming;
      await db.close();
    },
  };
}
