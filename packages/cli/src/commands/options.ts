/** Options shared by the commands that open the database. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Database location options. */
export interface DbOptions {
  dataDir: string;
  databaseUrl: string | undefined;
}

/** The parseArgs option spec for --data and --database-url. */
export const DB_OPTION_SPEC = {
  data: { type: "string" },
  "database-url": { type: "string" },
} as const;

/** Reads the database options (flags first, then DATABASE_URL, then ./data). */
export function dbOptions(values: { data?: string | undefined; "database-url"?: string | undefined }): DbOptions {
  return {
    dataDir: resolve(values.data ?? "./data"),
    databaseUrl: values["database-url"] ?? (process.env.DATABASE_URL || undefined),
  };
}

/** The built web app beside this package (packages/web/dist). */
export function webDistDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, "..", "..", "..", "web", "dist");
}

/** A readable description of where the data lives, without any password. */
export function describeDb(o: DbOptions): string {
  if (!o.databaseUrl) return `SQLite in ${o.dataDir}`;
  try {
    const u = new URL(o.databaseUrl);
    return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
