/**
 * Account calls (API.md "Accounts"): change the password, personal tokens for scripts, and deleting the account.
 * Built on the shared `request`, so every failure arrives as an ApiError with its field details.
 */
import { request } from "./client.js";
import type { User } from "./types.js";

/** A personal token as the list answers it: never its secret. */
export interface PersonalToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** `POST /auth/tokens` answer: the secret, answered this once and never again. */
export interface CreatedToken {
  id: string;
  name?: string;
  token: string;
}

/** Lists may come bare or wrapped (`{tokens: [...]}`); accept both. */
function listOf<T>(v: unknown): T[] {
  if (Array.isArray(v)) return v as T[];
  if (v && typeof v === "object") {
    for (const inner of Object.values(v as Record<string, unknown>)) if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

const enc = encodeURIComponent;

/** The account calls. */
export const accountApi = {
  me: () => request<{ user: User }>("GET", "/auth/me").then((v) => v.user),
  /** 204; other login sessions of the user end, this one stays. */
  changePassword: (current: string, next: string) => request<void>("POST", "/auth/password", { current, next }),
  listTokens: () => request<unknown>("GET", "/auth/tokens").then((v) => listOf<PersonalToken>(v)),
  createToken: (name: string) => request<CreatedToken>("POST", "/auth/tokens", { name }),
  revokeToken: (id: string) => request<void>("DELETE", `/auth/tokens/${enc(id)}`),
  /** 204; every record of the user is gone and the session cookie is cleared. */
  deleteAccount: (password: string) => request<void>("DELETE", "/account", { password }),
};

/** Query keys of the account screen. */
export const accountKeys = {
  me: ["account", "me"] as const,
  tokens: ["account", "tokens"] as const,
};
