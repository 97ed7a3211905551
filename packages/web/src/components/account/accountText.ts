/** The account screen's checks and words: password rules, token names and dates, and the delete step. */

import type { PersonalToken } from "../../api/account.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { dateText } from "../data/shareText.js";

/** The server's bounds for a new password (API.md: at least 8 characters). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
/** The server's bound for a token's name. */
export const TOKEN_NAME_MAX = 100;

/** Field problems keyed by field, each a whole sentence that names its field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Checks the change-password form before it is sent. */
export function passwordChangeErrors(current: string, next: string): FieldErrors {
  const out: FieldErrors = {};
  if (!current) out.current = "Enter your current password.";
  if (next.length < PASSWORD_MIN) out.next = `The new password needs at least ${PASSWORD_MIN} characters.`;
  else if (next.length > PASSWORD_MAX) out.next = `The new password can be at most ${PASSWORD_MAX} characters.`;
  else if (current && next === current) out.next = "The new password is the same as the current one. Choose another.";
  return out;
}

/** Checks a new token's name. */
export function tokenNameError(name: string): string | undefined {
  const n = name.trim();
  if (!n) return "Give the token a name, so you know later which script uses it.";
  if (n.length > TOKEN_NAME_MAX) return `The token's name can be at most ${TOKEN_NAME_MAX} characters.`;
  return undefined;
}

/** Checks the delete-account step. */
export function deleteErrors(password: string, confirmed: boolean): FieldErrors {
  const out: FieldErrors = {};
  if (!password) out.password = "Enter your password to delete your account.";
  if (!confirmed) out.confirm = "Tick the box to confirm that everything is deleted for good.";
  return out;
}

/** Our own sentence for each field the server may name, so a message never shows a raw field path. */
const SERVER_FIELD: Record<string, { label: string; mismatch?: string }> = {
  current: { label: "Current password", mismatch: "The current password does not match the one you log in with." },
  next: { label: "New password" },
  password: { label: "Password", mismatch: "The password does not match the one you log in with." },
  name: { label: "Token name" },
};

/**
 * The server's field problems as sentences keyed by field, and whatever is left for the form as a whole. A wrong
 * password answers `{path: "current" | "password", message: "does not match"}`; other fields keep their message.
 */
export function serverErrors(e: unknown): { fields: FieldErrors; form: string | null } {
  if (!(e instanceof ApiError)) return { fields: {}, form: messageOf(e) };
  const fields: FieldErrors = {};
  for (const [key, message] of Object.entries(e.fieldErrors())) {
    const known = SERVER_FIELD[key];
    if (!known) continue;
    fields[key] = /match/i.test(message) && known.mismatch ? known.mismatch : `${known.label}: ${message}.`;
  }
  return { fields, form: Object.keys(fields).length ? null : messageOf(e) };
}

/** When a token was made and last used, in one line. */
export function tokenDates(t: Pick<PersonalToken, "createdAt" | "lastUsedAt">): string {
  const used = t.lastUsedAt ? `last used ${dateText(t.lastUsedAt)}` : "not used yet";
  return `Made ${dateText(t.createdAt)} · ${used}`;
}

/** Newest token first. */
export function sortTokens(list: readonly PersonalToken[]): PersonalToken[] {
  return [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
