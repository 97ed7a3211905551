/**
 * Health for orchestration, at the root outside /api/v1: `GET /healthz` says the process answers (no database
 * work at all), `GET /readyz` that the database answers and every migration this build knows has run. Neither
 * reads a user's row; both answer in one small query at most, so a probe every second costs nothing.
 */
import { schemaState } from "@spotter/db";
import type { Hono } from "hono";
import type { AppEnv, Deps } from "./context.js";

/** Registers `/healthz` and `/readyz` on the outer app (before the web app's SPA fallback, which would answer them). */
export function registerHealthRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get("/healthz", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" });
  });
  // Once every migration is seen applied, the bookkeeping is not read again: the schema never goes backwards under
  // a running server, and a cheap round trip still proves the database answers.
  let migrated = false;
  app.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    try {
      if (migrated) {
        await deps.db.kysely.selectNoFrom((eb) => eb.lit(1).as("one")).execute();
      } else {
        const state = await schemaState(deps.db.kysely, deps.db.dialect);
        if (state.pending.length > 0) {
          return c.json({ status: "not-ready", reason: "The database has migrations still to run." }, 503);
        }
        migrated = true;
      }
      return c.json({ status: "ready" });
    } catch {
      // The reason stays in the server's own connection-state lines; a probe only needs the verdict.
      c.header("Retry-After", "2");
      return c.json({ status: "not-ready", reason: "The database does not answer." }, 503);
    }
  });
}
