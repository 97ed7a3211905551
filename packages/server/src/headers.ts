/**
 * The security headers every answer carries. The app's pages get a strict Content-Security-Policy (the built
 * index.html has no inline script: Vite emits module scripts and vite-plugin-pwa registers the service worker from
 * /registerSW.js), API answers one that allows nothing, and pages that set their own (the report and share pages)
 * keep theirs. Nothing may frame any of it.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { ServerAddress } from "./auth/csrf.js";
import { fromTrustedProxy } from "./clientAddress.js";
import type { AppEnv } from "./context.js";

/**
 * The web app's policy. Scripts, styles, the service worker and the manifest come from this origin only; React sets
 * style properties through the DOM, which style-src does not govern, so no 'unsafe-inline' is needed. The service
 * worker script gets this policy too, and it needs only 'self' (it imports its Workbox runtime and fetches the app
 * shell from here).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** JSON, CSV and PDF answers of the API run nothing and load nothing, even when opened as a page. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Referrer-Policy `same-origin`: no other site learns the page or even the server a user came from (a self-hosted
 * address can tell that someone trains around back pain), which `strict-origin-when-cross-origin` would still send.
 * Not `no-referrer`: under it the Fetch standard has a browser send `Origin: null` on a same-origin write that is not
 * a CORS request, which the cross-site check refuses (Chromium keeps the origin on fetch(), the rule does not promise
 * it). Report and share pages, which make no writes and carry a share token in their address, keep `no-referrer`.
 */
export const REFERRER_POLICY = "same-origin";

/** HSTS for a year. Subdomains are left out: the operator may serve other things there. */
export const HSTS = "max-age=31536000";

/**
 * True when the browser reached this request over HTTPS, as far as the server can know it: TLS ended here, the public
 * address is https, or a proxy the operator named says `X-Forwarded-Proto: https`.
 */
export function servedOverHttps(c: Context, where: ServerAddress): boolean {
  if (c.req.url.startsWith("https:")) return true;
  if (where.publicUrl?.toLowerCase().startsWith("https:")) return true;
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https" && fromTrustedProxy(c, where.trustProxy);
}

/** Adds the security headers to every answer, after the handler (and any error handler) has made it. */
export function securityHeaders(where: ServerAddress): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    const isApi = c.req.path.startsWith("/api/");
    if (!h.has("Content-Security-Policy")) h.set("Content-Security-Policy", isApi ? API_CSP : APP_CSP);
    if (!h.has("Referrer-Policy")) h.set("Referrer-Policy", REFERRER_POLICY);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    if (servedOverHttps(c, where)) h.set("Strict-Transport-Security", HSTS);
  };
}
