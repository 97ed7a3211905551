/** `spotter user add EMAIL` and `spotter user reset-password EMAIL`. */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import {
  deleteOtherLoginSessions,
  findUserByEmail,
  insertUser,
  openDatabase,
  updatePasswordHash,
  uuidv7,
} from "@spotter/db";
import { hashPassword } from "@spotter/server";
import { DB_OPTION_SPEC, dbOptions } from "./options.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Runs a user subcommand. */
export async function userCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { ...DB_OPTION_SPEC, password: { type: "string" } },
  });
  const [sub, rawEmail] = positionals;
  const email = rawEmail?.trim().toLowerCase();
  if ((sub !== "add" && sub !== "reset-password") || !email) {
    console.error("Usage: spotter user add EMAIL | spotter user reset-password EMAIL [--password P]");
    return 2;
  }
  if (!EMAIL.test(email)) {
    console.error(`"${rawEmail}" is not an email address.`);
    return 2;
  }
  if (values.password !== undefined && values.password.length < 8) {
    console.error("The password must be at least 8 characters.");
    return 2;
  }
  const generated = values.password === undefined;
  const password = values.password ?? randomBytes(12).toString("base64url");
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
  try {
    const existing = await findUserByEmail(db.kysely, email);
    if (sub === "add") {
      if (existing) {
        console.error(`An account for ${email} already exists.`);
        return 1;
      }
      await insertUser(db.kysely, {
        id: uuidv7(),
        email,
        passwordHash: await hashPassword(password),
        createdAt: Date.now(),
      });
      console.log(`Created ${email}.${generated ? ` Password: ${password}` : ""}`);
      return 0;
    }
    if (!existing) {
      console.error(`There is no account for ${email}.`);
      return 1;
    }
    await updatePasswordHash(db.kysely, existing.id, await hashPassword(password));
    await deleteOtherLoginSessions(db.kysely, existing.id, null);
    console.log(
      `Password reset for ${email}; their login sessions have ended.${generated ? ` New password: ${password}` : ""}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
