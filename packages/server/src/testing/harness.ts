/**
 * Black-box test harness: the real app on a real port (0 = a free one) over each test database engine, and a
 * small client that keeps its own session cookie, as a browser would.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { RED_FLAG_KEYS, type RegistrationMode } from "@spotter/core";
import { type Db, uuidv7 } from "@spotter/db";
import type { TestEngine } from "@spotter/db/testing";
import { createApp } from "../app.js";
import { parseTrustProxy } from "../clientAddress.js";
import type { Logger } from "../logging.js";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "../rateLimitConfig.js";

/** The default limits, except registration: a test file registers many users from one address. */
export const TEST_RATE_LIMITS: RateLimits = {
  ...DEFAULT_RATE_LIMITS,
  register: { count: 1_000_000, windowMs: 3_600_000 },
};

/** A running test server with a settable clock. */
export interface TestServer {
  url: string;
  db: Db;
  /** Sets the server's clock (epoch ms). */
  setNow(ms: number): void;
  close(): Promise<void>;
}

/** Starts the app on a free port over a fresh database of the engine. */
export async function startTestServer(
  engine: TestEngine,
  opts: {
    bodyLimitBytes?: number;
    importLimitBytes?: number;
    /** Limits to use instead of TEST_RATE_LIMITS. */
    rateLimits?: RateLimits;
    /** `--trust-proxy` text, e.g. "127.0.0.1". */
    trustProxy?: string;
    /** `SPOTTER_PUBLIC_URL`. */
    publicUrl?: string;
    /** An open database to serve instead of a fresh one of the engine (two servers on one database). */
    db?: Db;
    /** Who may register (default "open"; the registration tests pass the others). */
    registration?: RegistrationMode;
    /** The app's logger (default: errors only, to standard error). */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const db = opts.db ?? (await engine.open());
  let now = Date.parse("2026-11-25T09:00:00Z");
  const app = createApp({
    db,
    now: () => now,
    newId: () => uuidv7(now),
    bodyLimitBytes: opts.bodyLimitBytes,
    importLimitBytes: opts.importLimitBytes,
    // Test files register many users: every test server is open, with a high register limit.
    registration: opts.registration ?? "open",
    rateLimits: opts.rateLimits ?? TEST_RATE_LIMITS,
    trustProxy: parseTrustProxy(opts.trustProxy),
    publicUrl: opts.publicUrl,
    logger: opts.logger,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    db,
    setNow(ms) {
      now = ms;
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      // A database the caller passed in stays open: the caller closes it.
      if (!opts.db) await db.close();
    },
  };
}

/** An HTTP answer with its parsed JSON body. */
export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
  body: any;
  headers: Headers;
}

/** A client with its own cookie jar (or a bearer token). */
export class TestClient {
  cookie: string | null = null;
  bearer: string | null = null;

  constructor(private readonly base: string) {}

  /** Sends a request; `body` is JSON-encoded unless it is already a string. */
  async req(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set) {
      const pair = set.split(";")[0] ?? "";
      this.cookie = pair.endsWith("=") ? null : pair;
    }
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get(path: string) {
    return this.req("GET", path);
  }
  post(path: string, body?: unknown) {
    return this.req("POST", path, body ?? {});
  }
  put(path: string, body: unknown) {
    return this.req("PUT", path, body);
  }
  patch(path: string, body: unknown) {
    return this.req("PATCH", path, body);
  }
  del(path: string, body?: unknown) {
    return this.req("DELETE", path, body);
  }
}

let counter = 0;
/** Registers a fresh user and returns a logged-in client. */
export async function newUser(
  server: TestServer,
  password = "correct horse 1",
): Promise<TestClient & { email: string }> {
  const client = new TestClient(server.url) as TestClient & { email: string };
  client.email = `user${++counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const r = await client.post("/auth/register", { email: client.email, password });
  if (r.status !== 201) throw new Error(`register failed: ${r.status} ${JSON.stringify(r.body)}`);
  return client;
}

/** A fresh UUID for clientId fields. */
export function cid(): string {
  return crypto.randomUUID();
}

/** Red-flag answers for every question: "yes" for the keys given, "no" for the rest. */
export function redFlagAnswers(yes: readonly string[] = []): Record<string, boolean> {
  return Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, yes.includes(k)]));
}
