/**
 * Who is calling: a session cookie from register or login, or `Authorization: Bearer <token>`. Login sessions live
 * in the database, so any number of servers can share them.
 */
import { findLoginSession, findTokenByHash, touchLoginSession, touchUserActivity } from "@spotter/db";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv, Deps } from "../context.js";
import { ApiError } from "../errors.js";
import { secretHash } from "./secrets.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "spotter_session";
/** A login session lasts this long after its last use. */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
// Extend the expiry at most once an hour, so reads do not turn into writes.
const TOUCH_EVERY_MS = 3600 * 1000;

function isHttps(c: Context): boolean {
  return c.req.url.startsWith("https:") || c.req.header("x-forwarded-proto") === "https";
}

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS). */
export function setSessionCookie(c: Context, secret: string): void {
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c),
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

/** True when the request names a bearer token (valid or not): such a call never relies on the cookie. */
export function hasBearerToken(c: Context): boolean {
  return c.req.header("authorization")?.toLowerCase().startsWith("bearer ") ?? false;
}

/** The answer to a disabled account, at login and on every request of its sessions and tokens. */
export function accountDisabled(): ApiError {
  return new ApiError(
    "ACCOUNT_DISABLED",
    "This account is turned off for now. The person who runs this Spotter can turn it back on.",
  );
}

/**
 * Requires a valid cookie or bearer token of an account that is not disabled; sets `userId`, `loginSessionId`,
 * `role` and `logVersion` (one query: the login and the log version together). Answers 401 without one, 403 `ACCOUNT_DISABLED` for a disabled account. Records activity at most hourly.
 */
export function requireUser(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const db = deps.db.kysely;
    const now = deps.now();
    let who: {
      userId: string;
      role: "admin" | "user";
      disabledAt: number | null;
      lastActiveAt: number | null;
      logVersion: number;
    };
    if (hasBearerToken(c)) {
      const token = await findTokenByHash(db, secretHash((c.req.header("authorization") ?? "").slice(7).trim()));
      if (!token) throw new ApiError("UNAUTHENTICATED", "The token is not valid or was revoked.");
      who = token;
      c.set("loginSessionId", null);
    } else {
      const secret = getCookie(c, SESSION_COOKIE);
      if (!secret) throw new ApiError("UNAUTHENTICATED", "Please log in.");
      const s = await findLoginSession(db, secretHash(secret));
      if (!s || s.expiresAt <= now) {
        throw new ApiError("UNAUTHENTICATED", "Your session has ended. Please log in again.");
      }
      if (now - s.lastSeenAt > TOUCH_EVERY_MS) await touchLoginSession(db, s.id, now, now + SESSION_TTL_MS);
      who = s;
      c.set("loginSessionId", s.id);
    }
    if (who.disabledAt !== null) throw accountDisabled();
    if (who.lastActiveAt === null || now - who.lastActiveAt > TOUCH_EVERY_MS) {
      await touchUserActivity(db, who.userId, now);
    }
    c.set("userId", who.userId);
    c.set("role", who.role);
    c.set("logVersion", who.logVersion);
    return next();
  };
}
