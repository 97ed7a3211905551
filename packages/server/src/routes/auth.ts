/** Accounts: register, log in and out, personal tokens, password change, account deletion. */
import { zTextField } from "@spotter/core";
import {
  consumeInvite,
  countUsers,
  deleteLoginSession,
  deleteOtherLoginSessions,
  deleteToken,
  deleteUser,
  deleteUserTokens,
  findLoginSession,
  findUserByEmail,
  findUserById,
  insertLoginSession,
  insertToken,
  insertUser,
  isUniqueViolation,
  listTokens,
  touchUserActivity,
  updatePasswordHash,
} from "@spotter/db";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import { useResetToken } from "../auth/links.js";
import {
  accountDisabled,
  clearSessionCookie,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  setSessionCookie,
} from "../auth/middleware.js";
import { dummyPasswordHash, hashPassword, newSecret, secretHash, verifyPassword } from "../auth/secrets.js";
import type { Deps } from "../context.js";
import { ApiError, notFound } from "../errors.js";
import { rateLimiterFor } from "../rateLimit.js";
import type { Routes } from "../routes.js";
import { jsonBody, pathParam } from "../validate.js";

const zEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be an email address" }));
const zPassword = z.string().min(8, "must be at least 8 characters").max(200, "must be at most 200 characters");

const zLinkToken = z.string().trim().min(1, "is required").max(200);
const credentialsSchema = z.strictObject({ email: zEmail, password: zPassword, invite: zLinkToken.optional() });
const resetSchema = z.strictObject({ token: zLinkToken, password: zPassword });
const loginSchema = z.strictObject({ email: zEmail, password: z.string().min(1).max(200) });
const tokenSchema = z.strictObject({ name: zTextField("name", { trim: true, min: 1 }) });
const passwordSchema = z.strictObject({ current: z.string().min(1).max(200), next: zPassword });
const deleteAccountSchema = z.strictObject({ password: z.string().min(1).max(200) });

async function startLoginSession(c: Context, deps: Deps, userId: string): Promise<void> {
  const secret = newSecret("");
  const now = deps.now();
  await insertLoginSession(deps.db.kysely, {
    id: deps.newId(),
    userId,
    tokenHash: secretHash(secret),
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
  });
  setSessionCookie(c, secret);
}

/** Registers the account routes. */
export function registerAuthRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;
  const limits = rateLimiterFor(deps);

  r.route(
    {
      method: "post",
      path: "/auth/register",
      summary: "Create an account",
      tag: "accounts",
      errors: [409, 429],
      body: credentialsSchema,
      public: true,
      ok: [201, "the user, with a session cookie"],
    },
    async (c) => {
      // Every try counts, so the register limit also bounds how many emails one address can probe.
      await limits.hit(c, "register", limits.address(c));
      const { email, password, invite } = await jsonBody(c, credentialsSchema);
      if (await findUserByEmail(db, email)) {
        throw new ApiError("EMAIL_TAKEN", "An account with this email already exists.", [
          { path: "email", message: "is already registered" },
        ]);
      }
      const now = deps.now();
      const user = { id: deps.newId(), email, passwordHash: await hashPassword(password), createdAt: now };
      let admin = false;
      try {
        // The mode is checked in the account's own transaction: the first account always passes (and becomes the
        // admin); an invite is used up only when the account is stored.
        ({ admin } = await insertUser(db, user, async (trx, first) => {
          if (first || deps.registration === "open") return;
          if (deps.registration === "closed") {
            throw new ApiError(
              "INVITE_REQUIRED",
              "This Spotter is not taking new accounts. The person who runs it can make one for you.",
            );
          }
          if (!invite) {
            throw new ApiError("INVITE_REQUIRED", "Joining this Spotter needs an invite from the person who runs it.", [
              { path: "invite", message: "is required" },
            ]);
          }
          const refused = await consumeInvite(trx, secretHash(invite), email, user.id, now);
          if (refused === "email") {
            throw new ApiError("INVITE_REQUIRED", "This invite was made for another email address.", [
              { path: "email", message: "is not the one the invite was made for" },
            ]);
          }
          if (refused) {
            throw new ApiError("INVITE_REQUIRED", "This invite has been used or has expired. Ask for a new one.", [
              { path: "invite", message: "is used or expired" },
            ]);
          }
        }));
      } catch (e) {
        if (isUniqueViolation(e)) {
          throw new ApiError("EMAIL_TAKEN", "An account with this email already exists.", [
            { path: "email", message: "is already registered" },
          ]);
        }
        throw e;
      }
      await startLoginSession(c, deps, user.id);
      await touchUserActivity(db, user.id, now);
      return c.json({ user: { id: user.id, email, role: admin ? "admin" : "user" } }, 201);
    },
  );

  r.route(
    {
      method: "post",
      path: "/auth/login",
      summary: "Log in",
      tag: "accounts",
      errors: [429],
      body: loginSchema,
      public: true,
      ok: [200, "the user, with a session cookie"],
    },
    async (c) => {
      const { email, password } = await jsonBody(c, loginSchema);
      const attempt = await limits.login(c, email);
      const user = await findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      // One message for both cases: a failed login never says which part was wrong.
      if (!user || !ok) throw new ApiError("INVALID_CREDENTIALS", "That email and password do not match an account.");
      await attempt.giveBack();
      // Said only to whoever knows the password: a disabled account is not revealed to a guesser.
      if (user.disabledAt) throw accountDisabled();
      await startLoginSession(c, deps, user.id);
      await touchUserActivity(db, user.id, deps.now());
      return c.json({ user: { id: user.id, email: user.email, role: user.role ?? "user" } });
    },
  );

  r.route(
    {
      method: "post",
      path: "/auth/logout",
      summary: "Log out (ends this login session)",
      tag: "accounts",
      public: true,
      ok: [204, "logged out"],
    },
    async (c) => {
      const secret = getCookie(c, SESSION_COOKIE);
      if (secret) {
        const s = await findLoginSession(db, secretHash(secret));
        if (s) await deleteLoginSession(db, s.id);
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  r.route(
    { method: "get", path: "/auth/me", summary: "The logged-in user", tag: "accounts", ok: [200, "{user}"] },
    async (c) => {
      const user = await findUserById(db, c.get("userId"));
      if (!user) throw new ApiError("UNAUTHENTICATED", "Please log in.");
      return c.json({ user: { id: user.id, email: user.email, role: user.role ?? "user" } });
    },
  );

  r.route(
    {
      method: "post",
      path: "/auth/tokens",
      summary: "Create a personal token (shown once)",
      tag: "accounts",
      body: tokenSchema,
      ok: [201, "{id, token}"],
    },
    async (c) => {
      const { name } = await jsonBody(c, tokenSchema);
      const token = newSecret("spt_");
      const id = deps.newId();
      await insertToken(db, { id, userId: c.get("userId"), name, tokenHash: secretHash(token), createdAt: deps.now() });
      return c.json({ id, name, token }, 201);
    },
  );

  r.route(
    {
      method: "get",
      path: "/auth/tokens",
      summary: "List personal tokens (without secrets)",
      tag: "accounts",
      ok: [200, "tokens"],
    },
    async (c) => {
      const rows = await listTokens(db, c.get("userId"));
      return c.json(
        rows.map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: new Date(t.createdAt).toISOString(),
          lastUsedAt: t.lastUsedAt ? new Date(t.lastUsedAt).toISOString() : null,
        })),
      );
    },
  );

  r.route(
    {
      method: "delete",
      path: "/auth/tokens/:id",
      summary: "Revoke a personal token",
      tag: "accounts",
      ok: [204, "revoked"],
    },
    async (c) => {
      if (!(await deleteToken(db, c.get("userId"), pathParam(c, "id")))) throw notFound("token");
      return c.body(null, 204);
    },
  );

  r.route(
    {
      method: "post",
      path: "/auth/password",
      summary: "Change the password; other sessions and every personal token end",
      tag: "accounts",
      errors: [429],
      body: passwordSchema,
      ok: [204, "changed"],
    },
    async (c) => {
      const { current, next } = await jsonBody(c, passwordSchema);
      const userId = c.get("userId");
      const attempt = await limits.hit(c, "password", userId);
      const user = await findUserById(db, userId);
      if (!user || !(await verifyPassword(user.passwordHash, current))) {
        throw new ApiError("VALIDATION_FAILED", "The current password is not right.", [
          { path: "current", message: "does not match" },
        ]);
      }
      // Only wrong guesses count toward the limit: a user who knows the password is never locked out by changes.
      await attempt.giveBack();
      const hash = await hashPassword(next);
      // A new password is what a user does who fears someone else got in: every other way in ends with the old
      // password, in one transaction. The login session making the change stays; a token making it ends too.
      await db.transaction().execute(async (trx) => {
        await updatePasswordHash(trx, userId, hash);
        await deleteOtherLoginSessions(trx, userId, c.get("loginSessionId"));
        await deleteUserTokens(trx, userId);
      });
      return c.body(null, 204);
    },
  );

  r.route(
    {
      method: "delete",
      path: "/account",
      summary: "Delete the account and every record of it",
      tag: "accounts",
      errors: [429],
      body: deleteAccountSchema,
      ok: [204, "deleted"],
    },
    async (c) => {
      const { password } = await jsonBody(c, deleteAccountSchema);
      const userId = c.get("userId");
      // The same guess limit as a password change: a stolen session must not become a password oracle.
      await limits.hit(c, "password", userId);
      const user = await findUserById(db, userId);
      if (!user || !(await verifyPassword(user.passwordHash, password))) {
        throw new ApiError("VALIDATION_FAILED", "The password is not right.", [
          { path: "password", message: "does not match" },
        ]);
      }
      await deleteUser(db, userId);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  r.route(
    {
      method: "get",
      path: "/auth/registration",
      summary: "Whether registering needs an invite here",
      tag: "accounts",
      public: true,
      ok: [200, "{mode, inviteRequired}"],
    },
    async (c) => {
      const mode = deps.registration ?? "invite";
      const inviteRequired = mode !== "open" && (await countUsers(db)) > 0;
      return c.json({ mode, inviteRequired });
    },
  );

  r.route(
    {
      method: "post",
      path: "/auth/reset",
      summary: "Set a new password with a reset link's token; every login session and token of the account ends",
      tag: "accounts",
      errors: [429],
      body: resetSchema,
      public: true,
      ok: [204, "the password is set; log in with it"],
    },
    async (c) => {
      // Counted like registration: a token cannot be guessed, but tries still cost the caller.
      await limits.hit(c, "register", limits.address(c));
      const { token, password } = await jsonBody(c, resetSchema);
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const userId = await useResetToken(trx, token, deps.now());
        if (!userId) {
          throw new ApiError("VALIDATION_FAILED", "This link has been used or has expired. Ask for a new one.", [
            { path: "token", message: "is used or expired" },
          ]);
        }
        await updatePasswordHash(trx, userId, hash);
        await deleteOtherLoginSessions(trx, userId, null);
        await deleteUserTokens(trx, userId);
      });
      return c.body(null, 204);
    },
  );
}
