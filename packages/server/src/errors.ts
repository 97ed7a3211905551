/**
 * The one error type of the API and its catalog of stable codes (API.md "Errors"). Every failure a client can see
 * is an `ApiError`; anything else becomes a 500 without a stack trace.
 */

/** Stable error codes and the HTTP status each answers with. */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  /** Registration needs an invite (or is closed) on this server. */
  INVITE_REQUIRED: 403,
  /** An admin disabled this account. */
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TRAINING_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** The database cannot be reached or is busy; sent with Retry-After (see `unavailable.ts`). */
  UNAVAILABLE: 503,
} as const;

/** One of the stable error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** A field-level problem: the path of the field at fault and what is wrong with it. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** The error every handler throws; the app turns it into `{error: {code, message, details?}}`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(message);
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }

  /** The JSON body of this error. */
  toBody(): { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/** A 404 that reads the same for a missing record and another user's record. */
export function notFound(what: string): ApiError {
  return new ApiError("NOT_FOUND", `No ${what} with that id.`);
}

/** A 400 naming one field. */
export function invalidField(path: string, message: string): ApiError {
  return new ApiError("VALIDATION_FAILED", `${path}: ${message}`, [{ path, message }]);
}
