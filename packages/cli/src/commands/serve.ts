/** `spotter serve`: the API and the web app on one port. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseRegistrationMode, type RegistrationMode } from "@spotter/core";
import {
  createLogger,
  formatRateLimits,
  type LogLevel,
  parseLogLevel,
  parseRateLimits,
  parseTrustProxy,
  type RateLimits,
  startServer,
  type TrustedProxies,
} from "@spotter/server";
import { DB_OPTION_SPEC, dbOptions, describeDb, webDistDir } from "./options.js";

/** Runs the server until SIGINT/SIGTERM. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...DB_OPTION_SPEC,
      port: { type: "string" },
      host: { type: "string" },
      "rate-limits": { type: "string" },
      "trust-proxy": { type: "string" },
      "log-level": { type: "string" },
      registration: { type: "string" },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
    return 2;
  }
  // Bad settings stop the start with a message naming the part at fault, before anything is opened.
  let rateLimits: RateLimits;
  let trustProxy: TrustedProxies | null;
  const limitsText = values["rate-limits"] ?? process.env.SPOTTER_RATE_LIMITS;
  try {
    rateLimits = parseRateLimits(limitsText);
  } catch (e) {
    console.error(`--rate-limits / SPOTTER_RATE_LIMITS: ${(e as Error).message}`);
    return 2;
  }
  try {
    trustProxy = parseTrustProxy(values["trust-proxy"] ?? process.env.SPOTTER_TRUST_PROXY);
  } catch (e) {
    console.error(`--trust-proxy / SPOTTER_TRUST_PROXY: ${(e as Error).message}`);
    return 2;
  }
  let registration: RegistrationMode;
  try {
    registration = parseRegistrationMode(values.registration ?? process.env.SPOTTER_REGISTRATION);
  } catch (e) {
    console.error(`--registration / SPOTTER_REGISTRATION: ${(e as Error).message}`);
    return 2;
  }
  let logLevel: LogLevel;
  try {
    logLevel = parseLogLevel(values["log-level"] ?? process.env.SPOTTER_LOG_LEVEL);
  } catch (e) {
    console.error(`--log-level / SPOTTER_LOG_LEVEL: ${(e as Error).message}`);
    return 2;
  }
  const publicUrl = process.env.SPOTTER_PUBLIC_URL?.trim() || undefined;
  if (publicUrl && !/^https?:\/\/[^/]/i.test(publicUrl)) {
    console.error(
      `SPOTTER_PUBLIC_URL must be an http or https address, such as https://spotter.example, not "${publicUrl}".`,
    );
    return 2;
  }
  const db = dbOptions(values);
  // An unreachable PostgreSQL at start-up (say, both started together) is retried with backoff for this long.
  const waitSeconds = Number(process.env.SPOTTER_DB_WAIT_SECONDS ?? 60);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    console.error(`SPOTTER_DB_WAIT_SECONDS must be a number of seconds, not "${process.env.SPOTTER_DB_WAIT_SECONDS}".`);
    return 2;
  }
  const webDir = webDistDir();
  if (!existsSync(join(webDir, "index.html"))) {
    console.warn(`The web app is not built (${webDir}); serving the API only. Run "npm run build" to build it.`);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port,
      host: values.host ?? "127.0.0.1",
      dataDir: db.dataDir,
      databaseUrl: db.databaseUrl,
      webDir,
      dbWaitMs: waitSeconds * 1000,
      rateLimits,
      trustProxy,
      publicUrl,
      logger: createLogger(logLevel),
      registration,
    });
  } catch (e) {
    // One sentence for the operator (an unreachable database, a port in use), never a stack; `npm start` too.
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
  console.log(`Spotter listening on ${server.url} (${describeDb(db)})`);
  if (limitsText?.trim()) console.log(`Rate limits: ${formatRateLimits(rateLimits)}`);
  if (trustProxy) console.log(`Trusting X-Forwarded-For from ${trustProxy.text}`);
  console.log(`Registration: ${registration}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
