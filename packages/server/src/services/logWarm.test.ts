/**
 * After a restart the server loads the logs of recently seen users (a valid login) into memory in the background, so
 * their first request does not wait for a whole log to be read; a user whose logins all expired is left out.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../serve.js";
import { TestClient } from "../testing/harness.js";
import { keptStats } from "./derived.js";
import { logCacheSize } from "./log.js";

describe("log cache warm-up after a start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "spotter-warm-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("loads the logs of the users with a valid login, and none of a logged-out user", async () => {
    const first = await startServer({ port: 0, dataDir, registration: "open" });
    expect(await first.warming).toBe(0);
    const signedIn = new TestClient(`${first.url}/api/v1`);
    expect(
      (await signedIn.post("/auth/register", { email: "warm@example.com", password: "correct horse 1" })).status,
    ).toBe(201);
    const gone = new TestClient(`${first.url}/api/v1`);
    expect((await gone.post("/auth/register", { email: "gone@example.com", password: "correct horse 1" })).status).toBe(
      201,
    );
    expect((await gone.post("/auth/logout", {})).status).toBeLessThan(300);
    await first.close();

    const second = await startServer({ port: 0, dataDir, registration: "open" });
    expect(await second.warming).toBe(1);
    expect(logCacheSize({ db: second.db } as Parameters<typeof logCacheSize>[0]).users).toBe(1);
    await second.close();
  });

  it("P5: a user whose Today and trigger list are kept is not loaded, and the first GET /today is the kept row", async () => {
    // The warm-up of the test above kept both answers for warm@example.com.
    const third = await startServer({ port: 0, dataDir, registration: "open" });
    expect(await third.warming).toBe(0);
    const client = new TestClient(`${third.url}/api/v1`);
    expect((await client.post("/auth/login", { email: "warm@example.com", password: "correct horse 1" })).status).toBe(
      200,
    );
    const before = { ...keptStats };
    expect((await client.get("/today")).status).toBe(200);
    expect((await client.get("/insights/triggers")).status).toBe(200);
    expect(keptStats.hits - before.hits).toBe(2);
    expect(logCacheSize({ db: third.db } as Parameters<typeof logCacheSize>[0]).users).toBe(0);
    await third.close();
  });
});
