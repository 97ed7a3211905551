import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, openDatabase, uuidv7 } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import type { AppDeps } from "./context.js";

const USER_TABLES = ["users", "login_sessions", "tokens", "profiles", "checkins", "sets", "training_sessions"];

/** Records every query's tree, so a test can say which tables a request touched. */
function spy(): { plugin: KyselyPlugin; seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    plugin: {
      transformQuery(args) {
        seen.push(JSON.stringify(args.node));
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    },
  };
}

function appOver(db: Db, webDir?: string) {
  const s = spy();
  const deps: AppDeps = {
    db: { ...db, kysely: db.kysely.withPlugin(s.plugin) },
    now: () => Date.now(),
    newId: () => uuidv7(),
    webDir,
    registration: "open",
  };
  return { app: createApp(deps), seen: s.seen };
}

describe.each(testEngines())("health probes ($name)", (engine) => {
  let db: Db;
  let webDir: string;
  beforeAll(async () => {
    db = await engine.open();
    webDir = mkdtempSync(join(tmpdir(), "spotter-web-"));
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>SPA</title>");
  });
  afterAll(async () => {
    rmSync(webDir, { recursive: true, force: true });
    await db.close();
  });

  it("GET /healthz answers JSON (not the web app's page) without any query", async () => {
    const { app, seen } = appOver(db, webDir);
    const r = await app.request("/healthz");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("application/json");
    expect(await r.json()).toEqual({ status: "ok" });
    expect(seen).toEqual([]);
  });

  it("GET /readyz answers ready once migrated, reading only the migration bookkeeping, then one round trip", async () => {
    const { app, seen } = appOver(db, webDir);
    for (let i = 0; i < 3; i++) {
      const r = await app.request("/readyz");
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ status: "ready" });
    }
    expect(seen).toHaveLength(3);
    for (const q of seen) for (const t of USER_TABLES) expect(q).not.toMatch(new RegExp(`"${t}"`));
  });
});

describe("readyz when the database is not ready", () => {
  it("answers 503 while migrations are still to run", async () => {
    const db = await openDatabase({ dataDir: ":memory:", migrate: false });
    try {
      const { app } = appOver(db);
      const r = await app.request("/readyz");
      expect(r.status).toBe(503);
      expect(((await r.json()) as { status: string }).status).toBe("not-ready");
    } finally {
      await db.close();
    }
  });

  it("answers 503 with Retry-After when the database does not answer", async () => {
    const db = await openDatabase({ dataDir: ":memory:" });
    const { app } = appOver(db);
    await db.close();
    const r = await app.request("/readyz");
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("2");
    expect(await r.json()).toEqual({ status: "not-ready", reason: "The database does not answer." });
    // The process itself still answers.
    expect((await app.request("/healthz")).status).toBe(200);
  });
});
