/**
 * `spotter report --user EMAIL [--from D] [--to D] [--pdf FILE] [--json]`: the clinician report (X3) from the
 * database, without a running server. HTML goes to standard output unless --pdf writes a file or --json asks for
 * the report model.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { findUserByEmail, openDatabase, uuidv7 } from "@spotter/db";
import { ApiError, clinicianReportFor, reportHtml, reportPdf } from "@spotter/server";
import { DB_OPTION_SPEC, dbOptions } from "./options.js";

const USAGE = "Usage: spotter report --user EMAIL [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--pdf FILE] [--json]";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The streams the command writes to, so a test can capture them. */
export interface ReportIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: ReportIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Runs the report command; resolves to the exit code (2 for bad arguments, 1 for an unknown user). */
export async function reportCommand(
  argv: string[],
  io: ReportIo = processIo,
  now: () => number = Date.now,
): Promise<number> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const email = values.user?.trim().toLowerCase();
  if (!email) {
    io.err(`--user is required.\n${USAGE}\n`);
    return 2;
  }
  for (const key of ["from", "to"] as const) {
    const v = values[key];
    if (v !== undefined && !DAY.test(v)) {
      io.err(`--${key} must be a date as YYYY-MM-DD.\n`);
      return 2;
    }
  }
  if (values.pdf !== undefined && values.json) {
    io.err(`Choose --pdf or --json, not both.\n${USAGE}\n`);
    return 2;
  }
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
  try {
    const user = await findUserByEmail(db.kysely, email);
    if (!user) {
      io.err(`There is no account for ${email}.\n`);
      return 1;
    }
    const deps = { db, now, newId: () => uuidv7() };
    const report = await clinicianReportFor(deps, user.id, { from: values.from, to: values.to });
    if (values.pdf !== undefined) {
      writeFileSync(values.pdf, await reportPdf(report));
      io.err(`Wrote the report for ${report.from} to ${report.to} to ${values.pdf}.\n`);
    } else if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else io.out(reportHtml(report));
    return 0;
  } catch (e) {
    if (e instanceof ApiError && e.code === "VALIDATION_FAILED") {
      const d = e.details?.[0];
      io.err(d ? `--${d.path} ${d.message}.\n` : `${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await db.close();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      ...DB_OPTION_SPEC,
      user: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      pdf: { type: "string" },
      json: { type: "boolean" },
    },
  });
}
