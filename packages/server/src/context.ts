/** What every handler gets: the database, the clock and the id maker, passed in so tests control them. */
import type { RegistrationMode } from "@spotter/core";
import type { Db } from "@spotter/db";
import type { Hono } from "hono";
import type { ZodType } from "zod";
import type { TrustedProxies } from "./clientAddress.js";
import type { Logger } from "./logging.js";
import type { RateLimits } from "./rateLimitConfig.js";

/** The app's dependencies. */
export interface Deps {
  db: Db;
  /** The current instant, epoch ms. */
  now: () => number;
  /** A new record id (UUIDv7). */
  newId: () => string;
  /**
   * Who may register (API.md "Server settings"): `open`, `invite` (the first account freely, later ones with an
   * invite) or `closed` (the first account only). `createApp` requires it (`AppDeps`), so no app is built with a
   * default nobody chose: test harnesses and benchmarks pass `open`, `spotter serve` reads `--registration` (default
   * `invite`). Services called outside an app (the CLI's import, export, report) need none.
   */
  registration?: RegistrationMode | undefined;
  /** Folder of the built web app; when absent the API runs alone. */
  webDir?: string | undefined;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimitBytes?: number | undefined;
  /** Largest accepted import file in bytes (default 64 MiB). */
  importLimitBytes?: number | undefined;
  /** The rate limits (`parseRateLimits`); absent means the defaults. Test harnesses raise `register`. */
  rateLimits?: RateLimits | undefined;
  /**
   * Proxies whose forwarded headers are believed (`parseTrustProxy`): X-Forwarded-For names the client, and
   * X-Forwarded-Proto and X-Forwarded-Host the scheme and host the browser used. Absent: the socket's peer is the client.
   */
  trustProxy?: TrustedProxies | null | undefined;
  /**
   * The address users open (`SPOTTER_PUBLIC_URL`), when a proxy in front changes the Host or the scheme: its origin
   * counts as the server's own for the cross-site check, and an https address turns HSTS on.
   */
  publicUrl?: string | undefined;
  /**
   * Where the request lines and unexpected errors go (`createLogger`). Absent: errors only, to standard error, so
   * tests and in-process clients stay quiet; `spotter serve` passes one at `SPOTTER_LOG_LEVEL`.
   */
  logger?: Logger | undefined;
  /** Check every success answer against core's route table (default: on under Vitest, never otherwise). */
  checkAnswers?: boolean | undefined;
}

/** What `createApp` needs: the dependencies with the registration mode chosen. */
export type AppDeps = Deps & { registration: RegistrationMode };

/** Per-request values set by the auth middleware. */
export interface AppEnv {
  Variables: {
    userId: string;
    /** The login session behind a cookie request, null for bearer tokens. */
    loginSessionId: string | null;
    /** The caller's role: admin routes answer 404 unless it is "admin". */
    role: "admin" | "user";
    /**
     * The caller's log version as the login check read it (same query), before anything of the request was read:
     * `loadUserLog` may take it instead of reading the version again.
     */
    logVersion: number;
  };
}

/** The Hono app type of the API. */
export type App = Hono<AppEnv>;

/** One route as the OpenAPI document describes it. */
export interface RouteDoc {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Hono path below /api/v1, e.g. `/sessions/:id`. */
  path: string;
  summary: string;
  tag: string;
  body?: ZodType;
  query?: ZodType;
  /** True when no login is needed. */
  public?: boolean;
  /** Success status and its meaning. */
  ok?: [number, string];
  /** Error statuses beyond those every route may answer (400, 401, 404 on :id paths, 413 with a body). */
  errors?: (409 | 423 | 429)[];
  /** The success answer's schema when it is not the route table's (`API_ROUTES` in core); null: no JSON body. */
  response?: ZodType | null;
}
