/**
 * The operator's calls (API.md "Added 2026-12", Operations): account facts for the admin, invites and reset links,
 * and the public registration and reset calls the sign-up and reset screens use.
 */
import type { ApiAnswer } from "@spotter/core";
import { request } from "./client.js";

/** One account as the admin sees it (facts only, never records). */
export type Account = ApiAnswer<"get /admin/users">[number];
/** An invite as listed. */
export type Invite = ApiAnswer<"get /admin/invites">[number];
/** A link to hand over, shown once. */
export type HandoverLink = ApiAnswer<"post /admin/users/:id/reset-link">;
/** A new invite with its link. */
export type NewInvite = ApiAnswer<"post /admin/invites">;
/** Whether registering needs an invite here. */
export type Registration = ApiAnswer<"get /auth/registration">;

const enc = encodeURIComponent;

/** The admin calls (each answers 404 to anyone but an admin). */
export const adminApi = {
  users: () => request<Account[]>("GET", "/admin/users"),
  disable: (id: string) => request<Account>("POST", `/admin/users/${enc(id)}/disable`),
  enable: (id: string) => request<Account>("POST", `/admin/users/${enc(id)}/enable`),
  resetLink: (id: string) => request<HandoverLink>("POST", `/admin/users/${enc(id)}/reset-link`),
  remove: (id: string) => request<void>("DELETE", `/admin/users/${enc(id)}`),
  invites: () => request<Invite[]>("GET", "/admin/invites"),
  invite: (email?: string) => request<NewInvite>("POST", "/admin/invites", email ? { email } : {}),
  withdraw: (id: string) => request<void>("DELETE", `/admin/invites/${enc(id)}`),
};

/** The public calls of the sign-up and reset screens. */
export const joinApi = {
  registration: () => request<Registration>("GET", "/auth/registration"),
  /** 204; every login session and token of the account ends. */
  reset: (token: string, password: string) => request<void>("POST", "/auth/reset", { token, password }),
};

/** A link the server answered from the root, made absolute with this page's origin so it can be sent. */
export function absoluteLink(url: string, origin: string): string {
  return /^https?:\/\//.test(url) ? url : `${origin}${url}`;
}

/** A value from this page's fragment (`#invite=...`, `#token=...`): tokens travel there so no server log sees them. */
export function fragmentValue(hash: string, key: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get(key);
}
