/**
 * The one place the web app talks HTTP. Every call goes through `request`, which adds the base path, sends JSON,
 * and turns any failure into an ApiError; a 401 also tells the app to show the login screen.
 */
import type {
  ApiAnswer,
  CheckinInput,
  ClearanceInput,
  Profile,
  ProfileUpdate,
  SessionFinish,
  SessionInput,
  SetInput,
  SetPatch,
} from "@spotter/core";
import { ApiError, toApiError } from "./errors.js";
import type {
  Checkin,
  CheckinAnswer,
  Exercise,
  LoggedSet,
  NextTarget,
  Readiness,
  SessionListItem,
  SessionWithSets,
  SetAnswer,
  User,
} from "./types.js";

/** Base path of the HTTP API (API.md). */
export const API_BASE = "/api/v1";

type Fetch = typeof fetch;
let fetchImpl: Fetch = (...args) => fetch(...args);
let onUnauthorized: (() => void) | null = null;

/** Sets what happens when any call answers 401 (the app sends the user to the login screen). */
export function setUnauthorizedHandler(fn: (() => void) | null): void {
  onUnauthorized = fn;
}

/** Replaces fetch (tests). */
export function setFetch(fn: Fetch): void {
  fetchImpl = fn;
}

/**
 * Sends one request and answers the parsed JSON body (undefined for 204). With a `contentType` the body is sent
 * as it is (a file being imported), otherwise as JSON.
 */
export async function request<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  let res: Response;
  const raw = contentType !== undefined && body !== undefined;
  try {
    res = await fetchImpl(`${API_BASE}${path}`, {
      method,
      credentials: "same-origin",
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { "content-type": contentType ?? "application/json", accept: "application/json" },
      body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
    });
  } catch {
    throw toApiError(0, null);
  }
  const text = res.status === 204 ? "" : await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!res.ok) {
    const err = toApiError(res.status, parsed);
    // Wrong credentials on the login form also answer 401; that is a form error, not a lost session.
    if (res.status === 401 && path !== "/auth/login" && path !== "/auth/register" && path !== "/auth/reset") {
      onUnauthorized?.();
    }
    throw err;
  }
  return (text ? parsed : undefined) as T;
}

/** Builds a query string from the defined values. */
function qs(params: Record<string, string | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** Typed helpers, one per endpoint the web app uses. */
export const api = {
  register: (email: string, password: string, invite?: string) =>
    request<{ user: User }>("POST", "/auth/register", { email, password, ...(invite ? { invite } : {}) }),
  login: (email: string, password: string) => request<{ user: User }>("POST", "/auth/login", { email, password }),
  logout: () => request<void>("POST", "/auth/logout"),

  getProfile: () => request<Profile>("GET", "/profile"),
  putProfile: (update: ProfileUpdate) => request<Profile>("PUT", "/profile", update),
  acceptNotice: () => request<void>("POST", "/profile/notice", { accepted: true }),

  listCheckins: (from?: string, to?: string) => request<Checkin[]>("GET", `/checkins${qs({ from, to })}`),
  postCheckin: (input: CheckinInput) => request<CheckinAnswer>("POST", "/checkins", input),
  getReadiness: (date: string) => request<Readiness>("GET", `/readiness${qs({ date })}`),
  postClearance: (input: ClearanceInput) => request<ApiAnswer<"post /clearance">>("POST", "/clearance", input),

  listExercises: (q?: string) => request<Exercise[]>("GET", `/exercises${qs({ q })}`),
  getExercise: (id: string) => request<Exercise>("GET", `/exercises/${encodeURIComponent(id)}`),
  nextTarget: (id: string) => request<NextTarget>("GET", `/exercises/${encodeURIComponent(id)}/next`),

  listSessions: (from?: string, to?: string, limit?: number) =>
    request<SessionListItem[]>(
      "GET",
      `/sessions${qs({ from, to, limit: limit === undefined ? undefined : String(limit) })}`,
    ),
  getSession: (id: string) => request<SessionWithSets>("GET", `/sessions/${encodeURIComponent(id)}`),
  startSession: (input: SessionInput) => request<ApiAnswer<"post /sessions">>("POST", "/sessions", input),
  finishSession: (id: string, input: SessionFinish) =>
    request<ApiAnswer<"post /sessions/:id/finish">>("POST", `/sessions/${encodeURIComponent(id)}/finish`, input),
  deleteSession: (id: string) => request<void>("DELETE", `/sessions/${encodeURIComponent(id)}`),
  logSet: (sessionId: string, input: SetInput) =>
    request<SetAnswer>("POST", `/sessions/${encodeURIComponent(sessionId)}/sets`, input),
  patchSet: (sessionId: string, setId: string, patch: SetPatch) =>
    request<LoggedSet>("PATCH", `/sessions/${encodeURIComponent(sessionId)}/sets/${encodeURIComponent(setId)}`, patch),
  deleteSet: (sessionId: string, setId: string) =>
    request<void>("DELETE", `/sessions/${encodeURIComponent(sessionId)}/sets/${encodeURIComponent(setId)}`),
};

/** True when the error is the 423 training lock. */
export function isTrainingLocked(e: unknown): boolean {
  return e instanceof ApiError && (e.status === 423 || e.code === "TRAINING_LOCKED");
}

export { ApiError };
