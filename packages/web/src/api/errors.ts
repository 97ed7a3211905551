/** The API's error shape (API.md) mapped to one error class the screens can read field by field. */
import { API_ERROR_CODES, type ApiErrorCode } from "@spotter/core";

/**
 * The code of an error: one of the server's stable codes (core's contract lists them), `NETWORK` when the server
 * could not be reached, or `HTTP_<status>` when an answer carried no code of ours (a proxy's page, say).
 */
export type ErrorCode = ApiErrorCode | "NETWORK" | `HTTP_${number}`;

/** One field problem as the server reports it. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An error answered by the API, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: FieldProblem[];

  constructor(status: number, code: ErrorCode, message: string, details: FieldProblem[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field messages keyed by the first segment of their path ("painNow", "email"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      const key = d.path.split(/[.[]/)[0] ?? "";
      if (key && !out[key]) out[key] = d.message;
    }
    return out;
  }
}

/** Plain words for the status codes a user may meet when the server sent no message of its own. */
const FALLBACK: Record<number, string> = {
  0: "Spotter could not reach the server. Check your connection and try again.",
  400: "Some of what you entered could not be saved. Check the marked fields.",
  401: "Please log in to go on.",
  404: "That could not be found. It may have been deleted.",
  409: "This clashes with something already saved. Reload and try again.",
  413: "That is too large to send.",
  423: "Training is paused for now.",
  429: "Too many tries in a short time. Wait a minute and try again.",
};

/** True for one of the server's stable error codes (core's contract lists them). */
export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === "string" && (API_ERROR_CODES as readonly string[]).includes(value);
}

/** Builds an ApiError from a status and whatever body the server answered (JSON or not). */
export function toApiError(status: number, body: unknown): ApiError {
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  // Only the server's own codes count as codes: anything else (a proxy's body, a code no server sends) is its status.
  const code: ErrorCode = isApiErrorCode(err?.code) ? err.code : status === 0 ? "NETWORK" : `HTTP_${status}`;
  const message =
    typeof err?.message === "string" && err.message
      ? err.message
      : (FALLBACK[status] ?? "Something went wrong on our side. Try again in a moment.");
  const details: FieldProblem[] = Array.isArray(err?.details)
    ? err.details
        .filter((d): d is { path: unknown; message: unknown } => typeof d === "object" && d !== null)
        .map((d) => ({
          path: Array.isArray(d.path) ? d.path.join(".") : String(d.path ?? ""),
          message: String(d.message ?? ""),
        }))
    : [];
  return new ApiError(status, code, message, details);
}

/** A message fit to show the user for any thrown value. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return "Something went wrong. Try again in a moment.";
}
