/**
 * Links handed from one person to another: invites (an admin to a new member) and password resets (an admin to a
 * member who is locked out). The token travels in the fragment (`#invite=...`), which browsers never send, so it
 * reaches no proxy log or Referer; only its SHA-256 hash is stored, and each link works once.
 */
import { consumePasswordReset, insertInvite, insertPasswordReset } from "@spotter/db";
import type { Deps } from "../context.js";
import { newSecret, secretHash } from "./secrets.js";

/** How long an invite stays usable. */
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;
/** How long a password reset link stays usable. */
export const RESET_TTL_MS = 24 * 3600 * 1000;

/** The web app's page for a link, absolute when `SPOTTER_PUBLIC_URL` is set (`publicUrl`), else from the root. */
export function linkUrl(publicUrl: string | undefined, page: "register" | "reset-password", token: string): string {
  const key = page === "register" ? "invite" : "token";
  const base = publicUrl ? publicUrl.replace(/\/+$/, "") : "";
  return `${base}/${page}#${key}=${token}`;
}

/** A new token and its hash. */
export function newLinkToken(): { token: string; hash: string } {
  const token = newSecret("");
  return { token, hash: secretHash(token) };
}

/** Makes a password reset link for a user (earlier unused links end); answers the url and its expiry. */
export async function makeResetLink(
  deps: Pick<Deps, "db" | "now" | "newId" | "publicUrl">,
  userId: string,
): Promise<{ url: string; expiresAt: number }> {
  const { token, hash } = newLinkToken();
  const now = deps.now();
  const expiresAt = now + RESET_TTL_MS;
  await insertPasswordReset(deps.db.kysely, { id: deps.newId(), userId, tokenHash: hash, createdAt: now, expiresAt });
  return { url: linkUrl(deps.publicUrl, "reset-password", token), expiresAt };
}

/** Uses a reset token; answers the user's id, or undefined when it is unknown, used or expired. */
export function useResetToken(
  db: Parameters<typeof consumePasswordReset>[0],
  token: string,
  now: number,
): Promise<string | undefined> {
  return consumePasswordReset(db, secretHash(token), now);
}

/** Makes a single-use invite (for one email when given); answers its id, url (shown once) and expiry. */
export async function makeInvite(
  deps: Pick<Deps, "db" | "now" | "newId" | "publicUrl">,
  email: string | null,
  createdBy: string | null,
): Promise<{ id: string; url: string; expiresAt: number }> {
  const { token, hash } = newLinkToken();
  const now = deps.now();
  const id = deps.newId();
  const expiresAt = now + INVITE_TTL_MS;
  await insertInvite(deps.db.kysely, { id, tokenHash: hash, email, createdBy, createdAt: now, expiresAt });
  return { id, url: linkUrl(deps.publicUrl, "register", token), expiresAt };
}
