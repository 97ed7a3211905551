/** What "nothing changed" means for the security suites: everything of a user another request could have written. */
import { logVersion } from "@spotter/db";
import type { TestClient, TestServer } from "../testing/harness.js";

/**
 * The user's backup (less its export time), personal tokens, share links and log version, and how many accounts
 * exist: equal snapshots before and after a refused request mean it stored nothing.
 */
export async function snapshot(server: TestServer, c: TestClient, userId: string): Promise<unknown> {
  const backup = await c.get("/export");
  if (backup.status !== 200) throw new Error(`GET /export answered ${backup.status}`);
  const { exportedAt: _at, ...log } = backup.body;
  const users = await server.db.kysely
    .selectFrom("users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return {
    log,
    tokens: (await c.get("/auth/tokens")).body,
    shares: (await c.get("/shares")).body,
    version: await logVersion(server.db.kysely, userId),
    users: Number(users.n),
  };
}

/** The first place two JSON values differ, as `path: before -> after`, or null when they are equal. */
export function firstDifference(before: unknown, after: unknown, at = ""): string | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  if (before && after && typeof before === "object" && typeof after === "object") {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) {
      const d = firstDifference(
        (before as Record<string, unknown>)[k],
        (after as Record<string, unknown>)[k],
        `${at}/${k}`,
      );
      if (d) return d;
    }
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? "undefined").slice(0, 200);
  return `${at || "/"}: ${show(before)} -> ${show(after)}`;
}
