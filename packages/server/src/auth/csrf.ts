/**
 * Cross-site request forgery (API.md "Added 2026-12"). A browser attaches the session cookie to a write that a page
 * on another port or subdomain of the same site sends (SameSite=Lax stops only other sites), so a write that relies
 * on the cookie must show it comes from Spotter's own page:
 * - `Origin`, when present, is the server's own origin;
 * - `Sec-Fetch-Site`, when present, is `same-origin` or `none` (typed into the address bar, a bookmark);
 * - a body is `application/json` (`POST /import` also takes `text/csv` and a multipart upload), which no HTML form
 *   can send and which another origin's script cannot send without a CORS preflight that Spotter never answers.
 * A write with neither header is accepted: non-browser clients send neither, and every current browser sends at least
 * one of them on a write. Bearer-token calls are exempt: a page cannot make a browser attach a token.
 * The rule covers every write that does not carry a bearer token, login and register included: a forged login would
 * sign the victim into the attacker's account, where whatever they record is the attacker's to read.
 */
import type { Context, MiddlewareHandler } from "hono";
import { fromTrustedProxy, type TrustedProxies } from "../clientAddress.js";
import type { AppEnv } from "../context.js";
import { ApiError } from "../errors.js";
import { hasBearerToken } from "./middleware.js";

/** Methods that change something and so fall under the rule. */
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `Sec-Fetch-Site` values of a request the user's own page (or the user) made. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/** Media types a body may have, by route; every other write takes JSON only. */
const IMPORT_TYPES = new Set(["application/json", "text/csv", "multipart/form-data"]);
const JSON_ONLY = new Set(["application/json"]);

/** What the decision needs to know about where the server is reached, for one request. */
export interface OriginSettings {
  /** `SPOTTER_PUBLIC_URL`: the address users open, when a proxy in front changes the Host or the scheme. */
  publicUrl?: string | undefined;
  /** True when this request came from a proxy the operator named, so its X-Forwarded-Proto and -Host are believed. */
  viaTrustedProxy?: boolean | undefined;
}

/** Where the server is reached, as the app is configured. */
export interface ServerAddress {
  publicUrl?: string | undefined;
  /** The proxies named with `--trust-proxy`. */
  trustProxy?: TrustedProxies | null | undefined;
}

/** The parts of a request the decision reads (header names lower-case). */
export interface WriteRequest {
  method: string;
  /** The route below /api/v1, e.g. `/import`. */
  path: string;
  /** The request URL as the server saw it (its scheme is https only when TLS ends at this process). */
  url: string;
  header(name: string): string | undefined;
}

/** Why a write was refused, or null when it may go on. */
export type Verdict = null | { code: "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE"; message: string };

/** The origin (`scheme://host[:port]`, lower-case, default port dropped) of a URL, or null when it has none. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The origins a page of this server can have: the one the request itself names (Host header and scheme, the
 * forwarded ones only from a trusted proxy), its https form (a TLS proxy in front that was not named still serves
 * the same host; the reverse, an http page writing to an https server, stays refused), and the public URL's origin.
 */
export function ownOrigins(req: Pick<WriteRequest, "url" | "header">, settings: OriginSettings): Set<string> {
  const own = new Set<string>();
  const url = new URL(req.url);
  let scheme = url.protocol.replace(":", "");
  let host = req.header("host") ?? url.host;
  if (settings.viaTrustedProxy) {
    const proto = req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    if (proto === "https" || proto === "http") scheme = proto;
    const fwdHost = req.header("x-forwarded-host")?.split(",")[0]?.trim();
    if (fwdHost) host = fwdHost;
  }
  for (const s of new Set([scheme, "https"])) {
    const o = originOf(`${s}://${host}`);
    if (o) own.add(o);
  }
  const pub = settings.publicUrl ? originOf(settings.publicUrl) : null;
  if (pub) own.add(pub);
  return own;
}

/** The media type of a Content-Type header: lower-case, without parameters. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** True when the request carries a body (a length above zero or a chunked stream). */
function hasBody(req: Pick<WriteRequest, "header">): boolean {
  const length = req.header("content-length");
  if (length !== undefined) return Number(length) > 0;
  return req.header("transfer-encoding") !== undefined;
}

/**
 * Decides whether a browser-style write (no bearer token) may go on. Pure: everything it reads is in `req` and
 * `settings`, so the whole matrix is tested without a server.
 */
export function crossSiteVerdict(req: WriteRequest, settings: OriginSettings): Verdict {
  if (!WRITE_METHODS.has(req.method.toUpperCase())) return null;
  const origin = req.header("origin");
  if (origin !== undefined) {
    const own = ownOrigins(req, settings);
    // "null" (a sandboxed frame, a page that hides its referrer) is no origin of ours either.
    if (!own.has(origin.trim().toLowerCase())) {
      return {
        code: "FORBIDDEN",
        message: "This change came from another site's page, so Spotter did not make it.",
      };
    }
  }
  const site = req.header("sec-fetch-site");
  if (site !== undefined && !OWN_FETCH_SITES.has(site.trim().toLowerCase())) {
    return {
      code: "FORBIDDEN",
      message: "This change came from another site's page, so Spotter did not make it.",
    };
  }
  if (hasBody(req)) {
    const allowed = req.path === "/import" ? IMPORT_TYPES : JSON_ONLY;
    const type = mediaType(req.header("content-type"));
    if (!allowed.has(type)) {
      return {
        code: "UNSUPPORTED_MEDIA_TYPE",
        message:
          req.path === "/import"
            ? "Send the file as text/csv or application/json (or as a multipart upload)."
            : "Send the body as JSON, with Content-Type: application/json.",
      };
    }
  }
  return null;
}

/** The route below /api/v1 of a request path. */
function apiRoute(c: Context): string {
  const p = c.req.path;
  const i = p.indexOf("/api/v1");
  return i === -1 ? p : p.slice(i + "/api/v1".length) || "/";
}

/**
 * The guard in front of every API route: refuses a forged write before any handler reads its body. A refusal by
 * `Origin` against `Sec-Fetch-Site: same-origin` means the server does not know its own address (a proxy changed the
 * Host or the scheme): that is logged once, naming `SPOTTER_PUBLIC_URL`, so the operator can fix it.
 */
export function crossSiteGuard(where: ServerAddress): MiddlewareHandler<AppEnv> {
  let hinted = false;
  return async (c, next) => {
    if (hasBearerToken(c)) return next();
    const verdict = crossSiteVerdict(
      { method: c.req.method, path: apiRoute(c), url: c.req.url, header: (n) => c.req.header(n) },
      { publicUrl: where.publicUrl, viaTrustedProxy: fromTrustedProxy(c, where.trustProxy) },
    );
    if (verdict) {
      if (!hinted && verdict.code === "FORBIDDEN" && c.req.header("sec-fetch-site") === "same-origin") {
        hinted = true;
        console.warn(
          `Refused a write from ${c.req.header("origin")}, which the browser calls same-origin: if that is this ` +
            "server's public address, set SPOTTER_PUBLIC_URL to it (or name the proxy with --trust-proxy).",
        );
      }
      throw new ApiError(verdict.code, verdict.message);
    }
    return next();
  };
}
