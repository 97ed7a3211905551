/**
 * The database engines a test suite runs on: SQLite always, PostgreSQL when `SPOTTER_TEST_DATABASE_URL` is set
 * (each opened database in a schema of its own, dropped afterwards). Prints a visible notice when it skips PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { type Db, dropSchema, openDatabase } from "./connect.js";

/** One engine to test on. */
export interface TestEngine {
  name: "sqlite" | "postgres";
  /** Opens a fresh, migrated, empty database. */
  open(): Promise<Db>;
}

let warned = false;

/** The engines available to this test run. */
export function testEngines(): TestEngine[] {
  const url = process.env.SPOTTER_TEST_DATABASE_URL;
  const engines: TestEngine[] = [{ name: "sqlite", open: () => openDatabase({ dataDir: ":memory:" }) }];
  if (url) {
    engines.push({
      name: "postgres",
      async open() {
        const schema = `t_${randomBytes(6).toString("hex")}`;
        const db = await openDatabase({ databaseUrl: url, schema });
        return {
          ...db,
          async close() {
            await db.close();
            await dropSchema(url, schema);
          },
        };
      },
    });
  } else if (!warned) {
    warned = true;
    console.warn("NOTICE: SPOTTER_TEST_DATABASE_URL is not set: PostgreSQL tests are SKIPPED (SQLite only).");
  }
  return engines;
}
