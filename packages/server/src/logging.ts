/**
 * Structured logs (pino, one JSON object a line). Each request leaves one line naming only what an operator needs:
 * method, the route pattern it matched (never the raw path, which can carry a share token or an id), status,
 * duration and a request id. Nothing from a body, a query, a header or a cookie is ever logged, so no email,
 * password, token or health value can reach the log; `logging.privacy.test.ts` greps a whole scenario for them.
 */
import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/** The levels `SPOTTER_LOG_LEVEL` accepts. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "silent"] as const;
/** One of the accepted levels. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Reads a level setting; absent means `info`. Throws a sentence naming the accepted values. */
export function parseLogLevel(text: string | undefined): LogLevel {
  const value = (text ?? "").trim().toLowerCase() || "info";
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new Error(`"${text}" is not a log level; use one of ${LOG_LEVELS.join(", ")}.`);
}

/**
 * A JSON logger at `level`, writing to standard output (1, the default), standard error (2, written at once), or a
 * stream of the caller's (tests).
 */
export function createLogger(level: LogLevel = "info", destination: DestinationStream | 1 | 2 = 1): Logger {
  return pino(
    {
      level,
      base: { service: "spotter" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    typeof destination === "number" ? pino.destination({ dest: destination, sync: destination === 2 }) : destination,
  );
}

/** A logger that writes nothing: the default of an app built without one (tests, the in-process demo). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}

// A proxy's request id is kept when it looks like one; anything else (too long, odd characters) is replaced.
const UPSTREAM_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The pattern of the route that answered: the registered path (`/api/v1/sessions/:id`), or for an answer given by
 * a middleware in front (a 413, a cross-site refusal) the first route registered for this method that matched.
 */
export function routePattern(c: Context): string {
  const routes = matchedRoutes(c);
  const answered = routes[c.req.routeIndex];
  if (answered && answered.method !== "ALL") return answered.path;
  const method = c.req.method.toUpperCase();
  const specific = routes.find((r) => r.method === method);
  return specific?.path ?? answered?.path ?? "(none)";
}

/** The one request line per request, with an `X-Request-Id` answer header carrying the same id. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const upstream = c.req.header("x-request-id");
    const requestId = upstream && UPSTREAM_ID.test(upstream) ? upstream : randomUUID();
    c.header("X-Request-Id", requestId);
    try {
      await next();
    } finally {
      const status = c.res.status;
      const line = {
        requestId,
        method: c.req.method,
        route: routePattern(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) logger.error(line, "request");
      else logger.info(line, "request");
    }
  };
}

/**
 * An unexpected error's line: its type, message and stack only. Driver errors carry more (PostgreSQL's `detail`
 * names the values of a failed row, an email among them), so the error object itself is never handed to the log.
 */
export function errorFields(err: unknown): { err: { type: string; message: string; stack?: string } } {
  if (err instanceof Error) {
    return { err: { type: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
  }
  return { err: { type: typeof err, message: "a value that is not an Error was thrown" } };
}
