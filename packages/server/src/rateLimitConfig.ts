/**
 * The rate limits and their configuration text (`--rate-limits` / `SPOTTER_RATE_LIMITS`, API.md "Server settings"):
 * comma-separated `name=count/window` pairs that replace the defaults they name, `name=off` to turn one off, or
 * `off` alone to turn every limit off. Parsing is pure; a bad text throws a message that names the part at fault.
 */

/** Every limit Spotter applies, by the name the configuration uses. */
export const LIMIT_NAMES = [
  "login",
  "login-address",
  "login-account",
  "register",
  "password",
  "share",
  "share-open",
  "import",
] as const;

/** One limit's name. */
export type LimitName = (typeof LIMIT_NAMES)[number];

/** At most `count` counted requests per `windowMs`. */
export interface Limit {
  count: number;
  windowMs: number;
}

/** Every limit; null turns that limit off. */
export type RateLimits = Readonly<Record<LimitName, Limit | null>>;

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * The defaults, chosen for a small self-hosted server (docs/SECURITY.md "Rate limits" explains each):
 * - `login`: failed logins per account and address; `login-address`: failed logins per address over all accounts
 *   (past it the address is locked for every account); `login-account`: failed logins per account over all
 *   addresses (past it only an address with no failure on the account may try: the guesser is locked, not the victim).
 * - `register`: registrations per address; `password`: wrong current passwords per user (password change, account
 *   deletion); `share`: share links made per user; `share-open`: share links opened per address; `import`: imports
 *   per user (a dry run counts).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { count: 10, windowMs: 15 * MIN },
  "login-address": { count: 30, windowMs: HOUR },
  "login-account": { count: 100, windowMs: HOUR },
  register: { count: 10, windowMs: HOUR },
  password: { count: 10, windowMs: 15 * MIN },
  share: { count: 30, windowMs: HOUR },
  "share-open": { count: 100, windowMs: HOUR },
  import: { count: 30, windowMs: HOUR },
};

/** Every limit off (`off`). */
export const NO_RATE_LIMITS: RateLimits = Object.fromEntries(LIMIT_NAMES.map((n) => [n, null])) as Record<
  LimitName,
  null
>;

/** A configuration text Spotter cannot use; the message names the part at fault and what would work. */
export class RateLimitConfigError extends Error {}

const UNIT_MS: Record<string, number> = { s: 1000, m: MIN, h: HOUR, d: 24 * HOUR };
const MAX_COUNT = 1_000_000_000;
const MAX_WINDOW_MS = 7 * 24 * HOUR;

function isLimitName(name: string): name is LimitName {
  return (LIMIT_NAMES as readonly string[]).includes(name);
}

/** Parses a window such as `30s`, `15m`, `1h` or `1d` into milliseconds; null when it is not one. */
export function parseWindow(text: string): number | null {
  const m = /^(\d{1,6})([smhd])$/.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const ms = Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
  return ms > 0 && ms <= MAX_WINDOW_MS ? ms : null;
}

function parsePart(part: string): [LimitName, Limit | null] {
  const eq = part.indexOf("=");
  if (eq < 0) throw new RateLimitConfigError(`"${part}": expected name=count/window, for example login=10/15m.`);
  const name = part.slice(0, eq).trim();
  const value = part.slice(eq + 1).trim();
  if (!isLimitName(name)) {
    throw new RateLimitConfigError(
      `"${part}": there is no limit called "${name}"; the names are ${LIMIT_NAMES.join(", ")}.`,
    );
  }
  if (value === "off") return [name, null];
  const slash = value.indexOf("/");
  const countText = slash < 0 ? value : value.slice(0, slash).trim();
  if (slash < 0 || !/^\d+$/.test(countText)) {
    throw new RateLimitConfigError(
      `"${part}": expected ${name}=count/window (for example ${name}=10/15m) or ${name}=off.`,
    );
  }
  const count = Number(countText);
  if (count < 1 || count > MAX_COUNT) {
    throw new RateLimitConfigError(`"${part}": the count must be a whole number from 1 to ${MAX_COUNT}.`);
  }
  const windowMs = parseWindow(value.slice(slash + 1).trim());
  if (windowMs === null) {
    throw new RateLimitConfigError(
      `"${part}": the window must be a number followed by s, m, h or d (for example 15m or 1h), at most 7 days.`,
    );
  }
  return [name, { count, windowMs }];
}

/**
 * Reads a configuration text into the limits: each named limit replaces its default, the others keep theirs. An
 * absent or blank text answers the defaults; `off` turns every limit off.
 */
export function parseRateLimits(text: string | undefined, defaults: RateLimits = DEFAULT_RATE_LIMITS): RateLimits {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return defaults;
  if (trimmed === "off") return NO_RATE_LIMITS;
  const limits: Record<LimitName, Limit | null> = { ...defaults };
  const seen = new Set<string>();
  for (const raw of trimmed.split(",")) {
    const part = raw.trim();
    if (part === "") continue;
    if (part === "off") {
      throw new RateLimitConfigError(`"off" turns every limit off and cannot be combined with other settings.`);
    }
    const [name, limit] = parsePart(part);
    if (seen.has(name)) throw new RateLimitConfigError(`"${name}" is given more than once.`);
    seen.add(name);
    limits[name] = limit;
  }
  return limits;
}

function windowText(ms: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    const size = UNIT_MS[unit] ?? 1;
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}

/** The limits as configuration text, every name included (for the start-up line and docs). */
export function formatRateLimits(limits: RateLimits): string {
  return LIMIT_NAMES.map((n) => {
    const l = limits[n];
    return `${n}=${l ? `${l.count}/${windowText(l.windowMs)}` : "off"}`;
  }).join(",");
}
