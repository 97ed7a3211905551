/** @spotter/server: the HTTP API and the web app's host. */
export { createApp } from "./app.js";
export { INVITE_TTL_MS, makeInvite, makeResetLink, RESET_TTL_MS } from "./auth/links.js";
export { hashPassword } from "./auth/secrets.js";
export {
  addressKey,
  clientAddress,
  parseTrustProxy,
  type TrustedProxies,
  TrustProxyConfigError,
} from "./clientAddress.js";
export type { AppDeps, AppEnv, Deps } from "./context.js";
export { ApiError, ERROR_CODES, type ErrorCode } from "./errors.js";
export { createLogger, LOG_LEVELS, type Logger, type LogLevel, parseLogLevel } from "./logging.js";
export {
  DEFAULT_RATE_LIMITS,
  formatRateLimits,
  LIMIT_NAMES,
  type Limit,
  type LimitName,
  NO_RATE_LIMITS,
  parseRateLimits,
  RateLimitConfigError,
  type RateLimits,
} from "./rateLimitConfig.js";
export { reportHtml } from "./report/html.js";
export { reportPdf } from "./report/pdf.js";
export { type StartedServer, type StartOptions, startServer } from "./serve.js";
export { exportBackup, exportStrongCsv } from "./services/exportData.js";
export { type ImportAnswer, importBackup, importCsv } from "./services/importData.js";
export { clinicianReportFor } from "./services/report.js";
