import { parseArgs } from "node:util";
/** `spotter migrate`: brings the schema up to date and says what ran. */
import { migrateToLatest, openDatabase } from "@spotter/db";
import { DB_OPTION_SPEC, dbOptions, describeDb } from "./options.js";

/** Runs pending migrations. */
export async function migrateCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: DB_OPTION_SPEC });
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl, migrate: false });
  try {
    const ran = await migrateToLatest(db.kysely, db.dialect);
    console.log(ran.length ? `Applied ${ran.join(", ")} to ${describeDb(o)}.` : `${describeDb(o)} is up to date.`);
    return 0;
  } finally {
    await db.close();
  }
}
