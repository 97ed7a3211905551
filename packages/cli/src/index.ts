/**
 * The `spotter` command: serve, migrate, and user administration. Each command is a small module; this file only
 * dispatches. Resolves to the process exit code.
 */
import { backupCommand, restoreCommand } from "./commands/backup.js";
import { exportCommand, importCommand } from "./commands/data.js";
import { demoCommand } from "./commands/demo.js";
import { migrateCommand } from "./commands/migrate.js";
import { reportCommand } from "./commands/report.js";
import { serveCommand } from "./commands/serve.js";
import { userCommand } from "./commands/user.js";

const USAGE = `Usage: spotter <command> [options]

Commands:
  serve [--port 8080] [--host 127.0.0.1] [--data ./data] [--database-url URL]
        [--rate-limits login=10/15m,register=10/1h,...|off] [--trust-proxy 127.0.0.1,10.0.0.0/8]
        [--log-level info|warn|error|debug|silent] [--registration invite|open|closed]
                                  Run Spotter (API and web app). SPOTTER_RATE_LIMITS, SPOTTER_TRUST_PROXY,
                                  SPOTTER_LOG_LEVEL and SPOTTER_REGISTRATION work as the flags do. SPOTTER_PUBLIC_URL is
                                  the address users open, when a proxy in front changes it.
                                  Logs: one JSON line per request on standard output.
  migrate [--data ./data] [--database-url URL]
                                  Bring the database schema up to date.
  user add EMAIL [--password P] [--admin]
                                  Create an account (prints a generated password when none is given).
  user invite [EMAIL]             Print a single-use invite link (7 days).
  user reset-password EMAIL [--password P]
                                  Print a single-use reset link (24 hours); no password is shown.
  user list [--json] | disable EMAIL | enable EMAIL | promote EMAIL | delete EMAIL --yes
                                  Manage accounts (facts only, never anyone's records).

  backup --out DIR [--keep N]     A consistent snapshot while the server runs (SQLite online backup,
                                  pg_dump for PostgreSQL); keeps the newest N (default 7).
  restore FILE [--data DIR | --database-url URL]
                                  Restore a snapshot into an empty data folder or database.

  import FILE --format strong|hevy|fitnotes|spotter --user EMAIL [--unit kg|lb] [--dry-run] [--json]
                                  Import an export from Strong, Hevy or FitNotes, or a Spotter backup.
  export --user EMAIL [--csv] [--out FILE]
                                  Write the full JSON backup (or the sets as Strong-layout CSV).

  report --user EMAIL [--from D] [--to D] [--pdf FILE] [--json]
                                  The clinician report (default the last 90 days): HTML to standard output,
                                  a PDF file with --pdf, or the report as JSON with --json.

  demo [--email E] [--password P] [--json]
                                  Create an account with 12 weeks of realistic history.

DATABASE_URL in the environment is used when --database-url is not given. At start-up, serve keeps retrying an
unreachable PostgreSQL for SPOTTER_DB_WAIT_SECONDS (default 60), then exits with a message.`;

/** Runs the command line. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve":
      return serveCommand(rest);
    case "migrate":
      return migrateCommand(rest);
    case "user":
      return userCommand(rest);
    case "report":
      return reportCommand(rest);
    case "demo":
      return demoCommand(rest);
    case "backup":
      return backupCommand(rest);
    case "restore":
      return restoreCommand(rest);
    case "import":
      return importCommand(rest);
    case "export":
      return exportCommand(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
