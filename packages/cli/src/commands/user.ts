/**
 * `spotter user ...`: account administration from the server's shell, the same verbs the admin screen has. No
 * command shows a password it did not make: a reset prints a single-use link, and only `add` without `--password`
 * prints the password it generated (the operator hands it over once).
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import {
  countActiveAdmins,
  type Db,
  deleteOtherLoginSessions,
  deleteUser,
  findUserByEmail,
  insertUser,
  listAccounts,
  openDatabase,
  setAccountDisabled,
  setUserRole,
  updatePasswordHash,
  uuidv7,
} from "@spotter/db";
import { hashPassword, makeInvite, makeResetLink } from "@spotter/server";
import { DB_OPTION_SPEC, dbOptions } from "./options.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const USAGE = `Usage:
  spotter user add EMAIL [--password P] [--admin]   create an account (prints a generated password when none is given)
  spotter user invite [EMAIL]                       print a single-use invite link (7 days; for that email when given)
  spotter user reset-password EMAIL [--password P]  print a single-use reset link (24 hours), or set P at once
  spotter user list [--json]                        accounts: email, role, created, last active, records
  spotter user disable EMAIL | enable EMAIL         turn an account off (nothing is deleted) or back on
  spotter user promote EMAIL                        make an account an admin
  spotter user delete EMAIL --yes                   delete an account and every record of it
Links are absolute when SPOTTER_PUBLIC_URL is set (for example https://spotter.example).`;

const deps = (db: Db) => ({
  db,
  now: () => Date.now(),
  newId: () => uuidv7(),
  publicUrl: process.env.SPOTTER_PUBLIC_URL?.trim() || undefined,
});

const day = (ms: number | null) => (ms === null ? "never" : new Date(ms).toISOString().slice(0, 16).replace("T", " "));

/** Runs a user subcommand. */
export async function userCommand(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, rawEmail] = positionals;
  const email = rawEmail?.trim().toLowerCase();
  const needsEmail = ["add", "reset-password", "disable", "enable", "promote", "delete"];
  const known = [...needsEmail, "invite", "list"];
  if (!sub || !known.includes(sub) || (needsEmail.includes(sub) && !email)) {
    console.error(USAGE);
    return 2;
  }
  if (email && !EMAIL.test(email)) {
    console.error(`"${rawEmail}" is not an email address.`);
    return 2;
  }
  if (values.password !== undefined && values.password.length < 8) {
    console.error("The password must be at least 8 characters.");
    return 2;
  }
  if (sub === "delete" && !values.yes) {
    console.error(`Deleting ${email} removes every record of the account for good. Add --yes to go ahead.`);
    return 2;
  }
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
  try {
    if (sub === "list") return await list(db, values.json === true);
    if (sub === "invite") {
      const invite = await makeInvite(deps(db), email ?? null, null);
      console.log(
        `Invite${email ? ` for ${email}` : ""}, usable once until ${day(invite.expiresAt)} UTC:\n${invite.url}`,
      );
      return 0;
    }
    const existing = await findUserByEmail(db.kysely, email as string);
    if (sub === "add") {
      if (existing) {
        console.error(`An account for ${email} already exists.`);
        return 1;
      }
      const generated = values.password === undefined;
      const password = values.password ?? randomBytes(12).toString("base64url");
      const id = uuidv7();
      const { admin } = await insertUser(db.kysely, {
        id,
        email: email as string,
        passwordHash: await hashPassword(password),
        createdAt: Date.now(),
        role: values.admin ? "admin" : "user",
      });
      console.log(`Created ${email}${admin ? " (admin)" : ""}.${generated ? ` Password: ${password}` : ""}`);
      return 0;
    }
    if (!existing) {
      console.error(`There is no account for ${email}.`);
      return 1;
    }
    switch (sub) {
      case "reset-password": {
        if (values.password === undefined) {
          const link = await makeResetLink(deps(db), existing.id);
          console.log(`Reset link for ${email}, usable once until ${day(link.expiresAt)} UTC:\n${link.url}`);
          return 0;
        }
        await updatePasswordHash(db.kysely, existing.id, await hashPassword(values.password));
        await deleteOtherLoginSessions(db.kysely, existing.id, null);
        console.log(`Password set for ${email}; their login sessions have ended.`);
        return 0;
      }
      case "disable":
      case "enable":
        await setAccountDisabled(db.kysely, existing.id, sub === "disable" ? Date.now() : null);
        console.log(
          sub === "disable"
            ? `${email} is turned off: it cannot log in and its sessions and tokens stop working. Nothing was deleted.`
            : `${email} is turned back on.`,
        );
        return 0;
      case "promote":
        await setUserRole(db.kysely, existing.id, "admin");
        console.log(`${email} is now an admin.`);
        return 0;
      default: {
        if (existing.role === "admin" && !existing.disabledAt && (await countActiveAdmins(db.kysely)) <= 1) {
          console.error(`${email} is the only admin. Promote another account first.`);
          return 1;
        }
        await deleteUser(db.kysely, existing.id);
        console.log(`Deleted ${email} and every record of the account.`);
        return 0;
      }
    }
  } finally {
    await db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...DB_OPTION_SPEC,
      password: { type: "string" },
      admin: { type: "boolean" },
      json: { type: "boolean" },
      yes: { type: "boolean" },
    },
  });
}

async function list(db: Db, json: boolean): Promise<number> {
  const accounts = await listAccounts(db.kysely);
  if (json) {
    console.log(
      JSON.stringify(
        accounts.map((a) => ({
          email: a.email,
          role: a.role,
          createdAt: new Date(a.createdAt).toISOString(),
          lastActiveAt: a.lastActiveAt === null ? null : new Date(a.lastActiveAt).toISOString(),
          disabled: a.disabledAt !== null,
          records: a.records,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  if (accounts.length === 0) {
    console.log("No accounts yet. The first to register becomes the admin.");
    return 0;
  }
  for (const a of accounts) {
    const flags = [a.role === "admin" ? "admin" : "", a.disabledAt !== null ? "turned off" : ""].filter(Boolean);
    console.log(
      `${a.email}${flags.length ? ` (${flags.join(", ")})` : ""}: created ${day(a.createdAt)}, last active ` +
        `${day(a.lastActiveAt)}, ${a.records} records`,
    );
  }
  return 0;
}
