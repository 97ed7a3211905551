/**
 * Every query key of the web app, one factory per endpoint, so two screens reading the same answer share one cache
 * entry and a write invalidates every screen's copy at once. No other file writes a key as a literal
 * (`keys.test.ts` fails when one does); which write refreshes what is `api/refresh.ts`.
 *
 * Key families (the first part) are what invalidation and the offline copy (`lib/persistCache.ts`) work on: a
 * family's `all` is the prefix of each of its keys.
 */

/** `GET /profile`. */
export const profileKeys = {
  all: ["profile"] as const,
};

/** `GET /exercises` (the whole catalog, and a search) and `GET /exercises/:id` with what hangs under it. */
export const exerciseKeys = {
  /** The whole catalog (no paging). */
  catalog: ["exercises"] as const,
  /** A search of the catalog (`?q=`). */
  search: (q: string) => ["exercises", "q", q] as const,
  /** One exercise, and the prefix of everything about it (alternatives, modifications, history). */
  of: (exerciseId: string) => ["exercise", exerciseId] as const,
  /** `GET /exercises/:id/modifications`. */
  modifications: (exerciseId: string) => ["exercise", exerciseId, "modifications"] as const,
  /** `GET /exercises/:id/history?limit=`. */
  history: (exerciseId: string, limit: number) => ["exercise", exerciseId, "history", limit] as const,
};

/**
 * `GET /exercises/:id/next`, read by the exercise page, the trigger list and the live session: all three share
 * `nextTargetKeys.of(id)`, and finishing a session (which changes next targets) invalidates `nextTargetKeys.all`.
 */
export const nextTargetKeys = {
  /** Every exercise's next target. */
  all: ["next-target"] as const,
  /** One exercise's next target. */
  of: (exerciseId: string) => ["next-target", exerciseId] as const,
};

/**
 * `GET /exercises/:id/alternatives` for the default reason (pain), read by the exercise page, the plan's swap
 * sheet and the stop banner. It sits under `exerciseKeys.of(id)`, so whatever refreshes an exercise refreshes it.
 */
export const alternativeKeys = {
  of: (exerciseId: string) => ["exercise", exerciseId, "alternatives"] as const,
};

/**
 * `GET /insights/triggers`, read raw by Insights, the Library and the exercise page, and as a status map (a
 * `select`) by the plan's swap sheet: one entry, so a write that changes a status refreshes them all.
 */
export const triggerKeys = {
  all: ["insights", "triggers"] as const,
};

/** The Insights screen's own answers; all start with "insights" (the trigger list too) so one prefix refreshes it. */
export const insightKeys = {
  all: ["insights"] as const,
  /** `GET /insights/habits`. */
  habits: ["insights", "habits"] as const,
  /** `GET /insights/trends?from&to`. */
  trends: (from: string, to: string) => ["insights", "trends", from, to] as const,
};

/**
 * `GET /checkins?from&to`: Today, the check-in form, the red-flag screen and the reminders read a day or a short
 * window, Insights the whole list (no range). Lists are `[family, "list", from, to]`, which the offline copy reads.
 */
export const checkinKeys = {
  all: ["checkins"] as const,
  list: (from?: string, to?: string) => ["checkins", "list", from ?? null, to ?? null] as const,
};

/** `GET /readiness?date=`. */
export const readinessKeys = {
  all: ["readiness"] as const,
  of: (date: string) => ["readiness", date] as const,
};

/**
 * Sessions: `GET /sessions?from&to` (Today's day, the live session's last 120 days, Insights' range), the history
 * screen's pages walking back from a day, one session with its sets, and the next targets its finish answered.
 */
export const sessionKeys = {
  /** Every list of sessions (not the single sessions, which writes update in place). */
  all: ["sessions"] as const,
  /** `GET /sessions?from&to`. */
  list: (from: string, to: string) => ["sessions", "list", from, to] as const,
  /** The history screen's pages (`GET /sessions?to&limit`, an infinite query) walking back from `upTo`. */
  pages: (upTo: string) => ["sessions", "pages", upTo] as const,
  /** `GET /sessions/:id`. */
  one: (sessionId: string) => ["session", sessionId] as const,
  /** The next targets `POST /sessions/:id/finish` answered (no GET: kept from the finish's answer). */
  progression: (sessionId: string) => ["session-progression", sessionId] as const,
};

/** `GET /today?date=`, shared by the Today card and the live session. */
export const todayKeys = {
  all: ["today"] as const,
  of: (date: string) => ["today", date] as const,
};

/** `GET /plans/current`. */
export const planKeys = {
  all: ["plan"] as const,
  current: ["plan", "current"] as const,
};

/** `GET /daily?date=`: one day's daily support. */
export const dailyKeys = {
  all: ["daily"] as const,
  of: (date: string) => ["daily", date] as const,
};

/** The account screen: `GET /auth/me` (who is signed in) and `GET /auth/tokens`. */
export const accountKeys = {
  me: ["account", "me"] as const,
  tokens: ["account", "tokens"] as const,
};

/** `GET /auth/registration`: whether sign-up is open. */
export const registrationKeys = {
  all: ["registration"] as const,
};

/** The admin screen: `GET /admin/users` and `GET /admin/invites`. */
export const adminKeys = {
  users: ["admin", "users"] as const,
  invites: ["admin", "invites"] as const,
};

/** Share links (`GET /shares`) and an import's dry run (`POST /import?dryRun=true`, cached by file and choices). */
export const dataKeys = {
  shares: ["shares"] as const,
  /** Every dry run; removed when the import is sent. */
  previews: ["import-preview"] as const,
  preview: (fileKey: string, format: string, unit: string, distanceUnit = "", mapping = "") =>
    ["import-preview", fileKey, format, unit, distanceUnit, mapping] as const,
};
