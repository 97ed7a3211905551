/**
 * Database outages answer 503 UNAVAILABLE with Retry-After, never a 500 or a crash (issue 18), and start-up against
 * an unreachable PostgreSQL ends in one plain sentence. The restart and kill -9 tests beside this file do it for real.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { isUnavailableError, openDatabase, uuidv7 } from "@spotter/db";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import type { AppDeps, Deps } from "../context.js";
import { TEST_RATE_LIMITS } from "../testing/harness.js";

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const deps = (db: Deps["db"]): AppDeps => ({
  db,
  now: () => Date.now(),
  newId: () => uuidv7(),
  registration: "open",
  rateLimits: TEST_RATE_LIMITS,
});

describe("which database errors mean 'unavailable'", () => {
  const err = (code: string | undefined, message = "x") => Object.assign(new Error(message), code ? { code } : {});
  it.each([
    ["ECONNREFUSED", err("ECONNREFUSED"), true],
    ["ECONNRESET", err("ECONNRESET"), true],
    ["57P01 admin_shutdown", err("57P01", "terminating connection due to administrator command"), true],
    ["57P03 cannot_connect_now", err("57P03", "the database system is starting up"), true],
    ["08006 connection_failure", err("08006"), true],
    ["08001 client unable to connect", err("08001"), true],
    ["Connection terminated unexpectedly", err(undefined, "Connection terminated unexpectedly"), true],
    ["pool timeout", err(undefined, "timeout exceeded when trying to connect"), true],
    ["SQLITE_BUSY", err("SQLITE_BUSY", "database is locked"), true],
    ["SQLITE_BUSY_SNAPSHOT", err("SQLITE_BUSY_SNAPSHOT"), true],
    ["AggregateError of refused connects", Object.assign(new AggregateError([err("ECONNREFUSED")], ""), {}), true],
    ["a cause that is refused", new Error("query failed", { cause: err("ECONNREFUSED") }), true],
    ["23505 unique violation", err("23505"), false],
    ["42P01 undefined table", err("42P01"), false],
    ["28P01 wrong password", err("28P01", "password authentication failed"), false],
    ["SQLITE_CONSTRAINT_UNIQUE", err("SQLITE_CONSTRAINT_UNIQUE"), false],
    ["a coded error that mentions a terminated connection", err("XX000", "Connection terminated"), false],
    ["a plain TypeError", new TypeError("x is undefined"), false],
    ["not an error", "ECONNREFUSED", false],
  ])("%s -> %s", (_name, e, expected) => {
    expect(isUnavailableError(e)).toBe(expected);
  });
});

describe("requests while the database is unreachable", () => {
  it("PostgreSQL refusing connections: 503 UNAVAILABLE with Retry-After on public and logged-in routes, no 500", async () => {
    const url = `postgres://spotter:secret@127.0.0.1:${await closedPort()}/spotter`;
    const db = await openDatabase({ databaseUrl: url, migrate: false, log: () => undefined });
    const app = createApp(deps(db));
    try {
      const answers = [
        await app.request("/api/v1/auth/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "a@example.com", password: "correct horse 1" }),
        }),
        await app.request("/api/v1/sessions", { headers: { authorization: "Bearer spt_whatever" } }),
        await app.request("/api/v1/sessions", { headers: { authorization: "Bearer spt_whatever" } }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(503);
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("UNAVAILABLE");
        expect(body.error.message).not.toMatch(/ECONNREFUSED|stack|at /);
      }
    } finally {
      await db.close();
    }
  });

  it("SQLite locked by another process beyond the busy timeout: 503 UNAVAILABLE, and the write works once the lock is gone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spotter-busy-"));
    const db = await openDatabase({ dataDir: dir, busyTimeoutMs: 50 });
    // A second connection to the same file, as another process (a backup, a second server) would hold.
    const other = await openDatabase({ dataDir: dir, migrate: false });
    const app = createApp(deps(db));
    const register = () =>
      app.request("/api/v1/auth/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "busy@example.com", password: "correct horse 1" }),
      });
    try {
      await sql`BEGIN IMMEDIATE`.execute(other.kysely);
      const locked = await register();
      expect(locked.status).toBe(503);
      expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(((await locked.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
      await sql`ROLLBACK`.execute(other.kysely);
      expect((await register()).status).toBe(201);
    } finally {
      await other.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const pgUrl = process.env.SPOTTER_TEST_DATABASE_URL;
describe.skipIf(!pgUrl)("PostgreSQL ending our connections (shared test database)", () => {
  it("idle connections ended by the server do not end the process; the next request reconnects", async () => {
    const appName = `spotter_term_${Math.random().toString(36).slice(2, 10)}`;
    const url = new URL(pgUrl as string);
    url.searchParams.set("application_name", appName);
    const lines: string[] = [];
    const db = await openDatabase({ databaseUrl: url.toString(), migrate: false, log: (l) => lines.push(l) });
    const admin = await openDatabase({ databaseUrl: pgUrl, migrate: false, log: () => undefined });
    try {
      // Fill the pool with a few idle connections, then have PostgreSQL end them (57P01, as a restart does).
      await Promise.all([1, 2, 3].map(() => db.kysely.selectNoFrom((e) => e.lit(1).as("one")).execute()));
      const ended = await sql<{ ended: boolean }>`
        SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = ${appName}`.execute(
        admin.kysely,
      );
      expect(ended.rows.length).toBeGreaterThan(0);
      for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(lines.join("\n")).toContain("PostgreSQL connection lost");
      // A query may still pick a connection whose end is on its way (57P01): that is a 503, and the retry works.
      let again: unknown;
      for (let attempt = 0; attempt < 5 && again === undefined; attempt++) {
        again = await db.kysely
          .selectNoFrom((e) => e.lit(1).as("one"))
          .execute()
          .catch((e) => {
            expect(isUnavailableError(e)).toBe(true);
            return undefined;
          });
      }
      expect(again).toEqual([{ one: 1 }]);
      expect(lines.join("\n")).toMatch(/PostgreSQL connection is back after/);
    } finally {
      await admin.close();
      await db.close();
    }
  });
});

describe("start-up against an unreachable PostgreSQL", () => {
  it("fails at once with one plain sentence when told not to wait", async () => {
    const port = await closedPort();
    const err = await openDatabase({ databaseUrl: `postgres://u:secret@127.0.0.1:${port}/spotter` }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(
      new RegExp(`^Could not reach PostgreSQL at 127\\.0\\.0\\.1:${port}/spotter: .*ECONNREFUSED`),
    );
    expect(err.message).not.toContain("secret");
    expect(err.message).not.toContain("\n");
  });

  it("keeps retrying with growing waits for the time it is given, saying so each time, then gives up", async () => {
    const port = await closedPort();
    const lines: string[] = [];
    const err = await openDatabase({
      databaseUrl: `postgres://u:secret@127.0.0.1:${port}/spotter`,
      waitMs: 1000,
      log: (l) => lines.push(l),
    }).catch((e) => e);
    expect(lines.map((l) => /trying again in ([\d.]+) s/.exec(l)?.[1])).toEqual(["0.25", "0.5"]);
    expect(err.message).toMatch(/^Could not reach PostgreSQL at .* \(kept trying for \d+ s\)/);
  });

  it.skipIf(!pgUrl)("a wrong password fails at once, however long it may wait", async () => {
    const url = new URL(pgUrl as string);
    url.password = "not-the-password";
    const started = Date.now();
    const err = await openDatabase({ databaseUrl: url.toString(), waitMs: 30_000, log: () => undefined }).catch(
      (e) => e,
    );
    expect(err.message).toMatch(/^Could not open PostgreSQL at .*: password authentication failed/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("spotter serve prints the sentence, not a stack, and exits 1", async () => {
    const bin = fileURLToPath(new URL("../../../cli/bin/spotter.js", import.meta.url));
    const port = await closedPort();
    const res = await promisify(execFile)(
      process.execPath,
      [bin, "serve", "--port", "0", "--database-url", `postgres://u:secret@127.0.0.1:${port}/spotter`],
      { env: { ...process.env, SPOTTER_DB_WAIT_SECONDS: "0" }, timeout: 20_000 },
    ).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(res).toMatchObject({ code: 1 });
    // The last line (a notice that the web app is not built may come first).
    const stderr = (res as { stderr: string }).stderr.trim();
    expect(stderr.split("\n").at(-1)).toMatch(
      /^Could not reach PostgreSQL at 127\.0\.0\.1:\d+\/spotter: .*DATABASE_URL/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain("secret");
  });
});
