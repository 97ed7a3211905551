/**
 * `spotter import FILE --format F [--unit kg|lb] [--dry-run] --user EMAIL` and `spotter export --user EMAIL
 * [--csv] [--out FILE]`: the same import and export as the API (SPEC X1, X2), for scripts and admins.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { findUserByEmail, openDatabase, uuidv7 } from "@spotter/db";
import { ApiError, exportBackup, exportStrongCsv, type ImportAnswer, importBackup, importCsv } from "@spotter/server";
import { DB_OPTION_SPEC, dbOptions } from "./options.js";

const FORMATS = ["strong", "hevy", "fitnotes", "spotter"] as const;

/** A few plain lines about what an import did (or would do). */
function summary(a: ImportAnswer): string {
  const verb = a.dryRun ? "Would add" : "Added";
  const lines = [
    `${verb} ${a.workouts} workout(s) and ${a.sets} set(s)${a.alreadyImported ? `; ${a.alreadyImported} set(s) were already there` : ""}.`,
  ];
  if (a.checkins) lines.push(`${verb} ${a.checkins} check-in(s).`);
  if (a.customExercises.length) lines.push(`New custom exercises: ${a.customExercises.map((c) => c.name).join(", ")}.`);
  for (const s of a.skipped) lines.push(`Line ${s.line} skipped: ${s.reason}`);
  if (a.unit) lines.push(`Weights read as ${a.unit} (${a.unitFrom === "file" ? "the file says so" : "as you said"}).`);
  return lines.join("\n");
}

/** Opens the database, finds the user, runs `work`, and turns API errors into a message and exit code 1. */
async function withUser(
  values: { user?: string | undefined; data?: string | undefined; "database-url"?: string | undefined },
  work: (
    deps: { db: Awaited<ReturnType<typeof openDatabase>>; now: () => number; newId: () => string },
    userId: string,
  ) => Promise<number>,
): Promise<number> {
  const email = values.user?.trim().toLowerCase();
  if (!email) {
    console.error("Say whose data it is: --user EMAIL.");
    return 2;
  }
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
  try {
    const user = await findUserByEmail(db.kysely, email);
    if (!user) {
      console.error(`There is no account for ${email}.`);
      return 1;
    }
    return await work({ db, now: () => Date.now(), newId: () => uuidv7() }, user.id);
  } catch (e) {
    if (e instanceof ApiError) {
      const fields = (e.details ?? [])
        .map((d) => (d.path === "unit" ? `${d.message} Add --unit kg or --unit lb.` : `${d.path}: ${d.message}`))
        .join("; ");
      console.error(fields || e.message);
      return 1;
    }
    throw e;
  } finally {
    await db.close();
  }
}

/** Runs `spotter import`. */
export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...DB_OPTION_SPEC,
      format: { type: "string" },
      unit: { type: "string" },
      "distance-unit": { type: "string" },
      user: { type: "string" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const [file] = positionals;
  const format = FORMATS.find((f) => f === values.format);
  if (!file || !format) {
    console.error(
      `Usage: spotter import FILE --format ${FORMATS.join("|")} [--unit kg|lb] [--distance-unit km|mi|m] [--dry-run] --user EMAIL`,
    );
    return 2;
  }
  if (values.unit !== undefined && values.unit !== "kg" && values.unit !== "lb") {
    console.error("--unit must be kg or lb.");
    return 2;
  }
  const unit = values.unit as "kg" | "lb" | undefined;
  const distance = values["distance-unit"];
  if (distance !== undefined && distance !== "km" && distance !== "mi" && distance !== "m") {
    console.error("--distance-unit must be km, mi or m.");
    return 2;
  }
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const dryRun = values["dry-run"] === true;
  return withUser(values, async (deps, userId) => {
    const answer =
      format === "spotter"
        ? await importBackup(deps, userId, text, dryRun)
        : await importCsv(deps, userId, text, format, { unit, distanceUnit: distance, dryRun });
    console.log(values.json ? JSON.stringify(answer, null, 2) : summary(answer));
    return 0;
  });
}

/** Runs `spotter export`. */
export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: { ...DB_OPTION_SPEC, user: { type: "string" }, csv: { type: "boolean" }, out: { type: "string" } },
  });
  return withUser(values, async (deps, userId) => {
    const text = values.csv
      ? (await exportStrongCsv(deps, userId)).csv
      : `${JSON.stringify((await exportBackup(deps, userId)).backup, null, 2)}\n`;
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`Wrote ${values.out}.`);
    } else process.stdout.write(text);
    return 0;
  });
}
