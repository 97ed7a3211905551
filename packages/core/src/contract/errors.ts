/**
 * The stable error codes the API answers (API.md "Errors"), for clients that branch on them. The server's catalog
 * (`packages/server/src/errors.ts`, code -> status) must hold exactly these; a server test compares the two.
 */
export const API_ERROR_CODES = [
  "VALIDATION_FAILED",
  "UNAUTHENTICATED",
  "INVALID_CREDENTIALS",
  "FORBIDDEN",
  "INVITE_REQUIRED",
  "ACCOUNT_DISABLED",
  "NOT_FOUND",
  "CONFLICT",
  "EMAIL_TAKEN",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "TRAINING_LOCKED",
  "RATE_LIMITED",
  "INTERNAL",
  "UNAVAILABLE",
] as const;

/** One of the API's stable error codes. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
