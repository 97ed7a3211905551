/**
 * The admin's routes (API.md "Added 2026-12", Operations): account facts, disable and enable, a password reset
 * link, deletion with self-deletion's guarantees, and invites. Every route answers 404 to anyone but an admin, as if
 * it did not exist. Nothing here reads a user's training or health records: the only figure is a count of rows.
 */
import {
  type AccountFacts,
  countActiveAdmins,
  deleteInvite,
  deleteUser,
  findAccount,
  listAccounts,
  listInvites,
  setAccountDisabled,
} from "@spotter/db";
import type { Context } from "hono";
import { z } from "zod";
import { makeInvite, makeResetLink } from "../auth/links.js";
import type { AppEnv, Deps, RouteDoc } from "../context.js";
import { ApiError, notFound } from "../errors.js";
import type { Routes } from "../routes.js";
import { jsonBody, pathParam } from "../validate.js";

const inviteSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: "must be an email address" }))
    .optional(),
});

const iso = (ms: number) => new Date(ms).toISOString();

/** An account as the admin route answers it. */
export function accountView(a: AccountFacts) {
  return {
    id: a.id,
    email: a.email,
    role: a.role,
    createdAt: iso(a.createdAt),
    lastActiveAt: a.lastActiveAt === null ? null : iso(a.lastActiveAt),
    disabled: a.disabledAt !== null,
    records: a.records,
  };
}

/** Lets only admins through; anyone else meets the same 404 as an unknown endpoint. */
export function assertAdmin(c: Context<AppEnv>): void {
  if (c.get("role") !== "admin") throw new ApiError("NOT_FOUND", "There is no such endpoint.");
}

/** Refuses an admin action on the admin's own account, which goes through the account screen instead. */
function notSelf(c: Context<AppEnv>, id: string, what: string): void {
  if (id === c.get("userId")) {
    throw new ApiError("CONFLICT", `You cannot ${what} your own account here; use your account page.`);
  }
}

/** Registers the admin routes. */
export function registerAdminRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;
  // After the login check the registrar puts in front of every non-public route.
  const admin = (doc: RouteDoc, handler: (c: Context<AppEnv>) => Promise<Response>) =>
    r.route(doc, async (c) => {
      assertAdmin(c);
      return handler(c);
    });

  const account = async (id: string) => {
    const a = await findAccount(db, id);
    if (!a) throw notFound("account");
    return a;
  };

  admin(
    { method: "get", path: "/admin/users", summary: "Accounts (admin only; facts, never data)", tag: "admin" },
    async (c) => c.json((await listAccounts(db)).map(accountView)),
  );

  for (const [action, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    admin(
      {
        method: "post",
        path: `/admin/users/:id/${action}`,
        summary: disabled
          ? "Turn an account off (its sessions and tokens stop working; nothing is deleted)"
          : "Turn an account back on",
        tag: "admin",
        errors: [409],
      },
      async (c) => {
        const id = pathParam(c, "id");
        if (disabled) notSelf(c, id, "turn off");
        await account(id);
        await setAccountDisabled(db, id, disabled ? deps.now() : null);
        return c.json(accountView(await account(id)));
      },
    );
  }

  admin(
    {
      method: "post",
      path: "/admin/users/:id/reset-link",
      summary: "A single-use link that lets the account set a new password (no password is ever shown)",
      tag: "admin",
    },
    async (c) => {
      const a = await account(pathParam(c, "id"));
      const link = await makeResetLink(deps, a.id);
      return c.json({ url: link.url, expiresAt: iso(link.expiresAt) });
    },
  );

  admin(
    {
      method: "delete",
      path: "/admin/users/:id",
      summary: "Delete an account and every record of it",
      tag: "admin",
      errors: [409],
      ok: [204, "deleted"],
    },
    async (c) => {
      const id = pathParam(c, "id");
      notSelf(c, id, "delete");
      const a = await account(id);
      if (a.role === "admin" && a.disabledAt === null && (await countActiveAdmins(db)) <= 1) {
        throw new ApiError("CONFLICT", "This is the only admin account; it cannot be deleted.");
      }
      await deleteUser(db, id);
      return c.body(null, 204);
    },
  );

  admin(
    {
      method: "post",
      path: "/admin/invites",
      summary: "A single-use invite link (shown once), for one email when given",
      tag: "admin",
      body: inviteSchema,
      errors: [409],
      ok: [201, "{id, url, email, expiresAt}"],
    },
    async (c) => {
      const { email } = await jsonBody(c, inviteSchema);
      if (deps.registration === "closed") {
        throw new ApiError(
          "CONFLICT",
          "This Spotter is closed to new accounts, so an invite would not let anyone in. Run it with --registration " +
            "invite to use invites, or make the account with spotter user add.",
        );
      }
      const { id, url, expiresAt } = await makeInvite(deps, email ?? null, c.get("userId"));
      return c.json({ id, url, email: email ?? null, expiresAt: iso(expiresAt) }, 201);
    },
  );

  admin(
    { method: "get", path: "/admin/invites", summary: "Invites, newest first (never their links)", tag: "admin" },
    async (c) => {
      const now = deps.now();
      return c.json(
        (await listInvites(db)).map((i) => ({
          id: i.id,
          email: i.email,
          createdAt: iso(i.createdAt),
          expiresAt: iso(i.expiresAt),
          usedAt: i.usedAt === null ? null : iso(i.usedAt),
          status: i.usedAt !== null ? "used" : i.expiresAt <= now ? "expired" : "open",
        })),
      );
    },
  );

  admin(
    {
      method: "delete",
      path: "/admin/invites/:id",
      summary: "Withdraw an invite not used yet",
      tag: "admin",
      ok: [204, "withdrawn"],
    },
    async (c) => {
      if (!(await deleteInvite(db, pathParam(c, "id")))) throw notFound("unused invite");
      return c.body(null, 204);
    },
  );
}
