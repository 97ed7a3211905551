/**
 * Account calls (API.md "Accounts"): change the password, personal tokens for scripts, and deleting the account.
 * Built on the shared `request`, so every failure arrives as an ApiError with its field details.
 */
import type { ApiAnswer } from "@spotter/core";
import { request } from "./client.js";
import type { User } from "./types.js";

/** A personal token as the list answers it: never its secret. */
export type PersonalToken = ApiAnswer<"get /auth/tokens">[number];

/** `POST /auth/tokens` answer: the secret, answered this once and never again. */
export type CreatedToken = ApiAnswer<"post /auth/tokens">;

const enc = encodeURIComponent;

/** The account calls. */
export const accountApi = {
  me: () => request<{ user: User }>("GET", "/auth/me").then((v) => v.user),
  /** 204; other login sessions of the user end, this one stays. */
  changePassword: (current: string, next: string) => request<void>("POST", "/auth/password", { current, next }),
  listTokens: () => request<PersonalToken[]>("GET", "/auth/tokens"),
  createToken: (name: string) => request<CreatedToken>("POST", "/auth/tokens", { name }),
  revokeToken: (id: string) => request<void>("DELETE", `/auth/tokens/${enc(id)}`),
  /** 204; every record of the user is gone and the session cookie is cleared. */
  deleteAccount: (password: string) => request<void>("DELETE", "/account", { password }),
};
