/**
 * The database tables as Kysely sees them. Columns are portable between SQLite and PostgreSQL: text ids, integer
 * epoch-millisecond instants, integer grams, integer 0/1 booleans, JSON as text (DESIGN.md "Portable columns").
 */

import type { ColumnType, Kysely } from "kysely";

/** Registered accounts. */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: number;
  /** "admin" or "user" (migration 0011). */
  role: ColumnType<string, string | undefined, string>;
  /** When an admin disabled the account; null while it may log in. */
  disabled_at: number | null;
  /** The last login or use of a login session (hourly) or token. */
  last_active_at: number | null;
}

/** Instance-wide facts claimed once ("first-account": the admin's id). */
export interface InstanceClaimsTable {
  key: string;
  user_id: string;
  created_at: number;
}

/** Single-use registration invites; only the token's hash is stored. */
export interface InvitesTable {
  id: string;
  token_hash: string;
  /** When set, only this email may register with the invite. */
  email: string | null;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by: string | null;
}

/** Password reset links made by an admin or the CLI; single use. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

/** Login sessions (cookie auth); only a hash of the secret is stored. */
export interface LoginSessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

/** Personal API tokens (bearer auth); only a hash of the secret is stored. */
export interface TokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}

/** One profile per user, as JSON. */
export interface ProfilesTable {
  user_id: string;
  data: string;
  updated_at: number;
}

/** Daily check-ins, one per user and local day. */
export interface CheckinsTable {
  id: string;
  user_id: string;
  client_id: string;
  date: string;
  pain_now: number;
  everyday_pain: string;
  data: string;
  created_at: number;
  updated_at: number;
}

/** Training sessions. */
export interface TrainingSessionsTable {
  id: string;
  user_id: string;
  client_id: string;
  date: string;
  started_at: number;
  finished_at: number | null;
  pain_before: number | null;
  pain_after: number | null;
  note: string | null;
  title: string | null;
  recovery: number;
  source: string;
  /** JSON object exercise id -> note (migration 0011). */
  exercise_notes: string | null;
  created_at: number;
  updated_at: number;
  /** The import run that wrote the session (see SetsTable.import_id). */
  import_id?: string | null;
}

/** Logged sets. */
export interface SetsTable {
  id: string;
  user_id: string;
  session_id: string;
  client_id: string;
  exercise_id: string;
  set_index: number;
  warmup: number;
  set_type: string;
  reps: number | null;
  load_g: number | null;
  seconds: number | null;
  distance_m: number | null;
  rir: number | null;
  rpe: number | null;
  belt: number;
  pain: number | null;
  pain_kind: string | null;
  flagged: number;
  /** "kg" or "lb": the unit the set was lifted in (migration 0011). */
  unit: string | null;
  note: string | null;
  superset_id: string | null;
  created_at: number;
  updated_at: number;
  /** The exercise name as the imported file wrote it (X1 identity), null for sets logged in Spotter. */
  source_name?: string | null;
  /** The import run that wrote the set (null for sets logged in Spotter or restored from a backup). */
  import_id?: string | null;
}

/** Custom exercises, per user, as JSON definitions. */
export interface CustomExercisesTable {
  id: string;
  user_id: string;
  name: string;
  data: string;
  created_at: number;
  /** The import run that made the custom exercise (see SetsTable.import_id). */
  import_id?: string | null;
}

/** Professional clearances. */
export interface ClearancesTable {
  id: string;
  user_id: string;
  date: string;
  by_whom: string;
  restrictions: string | null;
  recorded_at: number;
  /** X5: `{rules, lifts}` as JSON text, null when the clearance holds none. */
  rules: string | null;
}

/** R7: screening answers, one row per answer (the latest of a kind counts). */
export interface ScreensTable {
  id: string;
  user_id: string;
  kind: string;
  date: string;
  /** The answers as JSON text. */
  answers: string;
  created_at: number;
}

/** T6: answers to re-test offers; the latest per exercise counts. */
export interface RetestDecisionsTable {
  id: string;
  user_id: string;
  exercise_id: string;
  /** 1 accepted, 0 declined. */
  accept: number;
  /** The user's local day of the answer. */
  date: string;
  created_at: number;
}

/** Weekly plans; the newest is the current one. */
export interface PlansTable {
  id: string;
  user_id: string;
  data: string;
  created_at: number;
}

/** Daily support entries (water, supplements, blood-flow work, breaks, support pillow). */
export interface DailyEntriesTable {
  id: string;
  user_id: string;
  client_id: string;
  date: string;
  kind: string;
  data: string;
  created_at: number;
}

/** Per-user log version, bumped by every write to the user's log. */
export interface LogVersionsTable {
  user_id: string;
  version: number;
}

/** Read-only share links (X4); only a hash of the token is stored. Days are the report's range, or null. */
export interface SharesTable {
  id: string;
  user_id: string;
  token_hash: string;
  label: string | null;
  from_day: string | null;
  to_day: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  /** How often the link was opened, and when last (0005). */
  opened_count: number;
  last_opened_at: number | null;
}

/** Rate-limit counters shared by every server on the database (0006); keys are hashed, never an email or address. */
export interface RateLimitsTable {
  key: string;
  hits: number;
  window_start: number;
  expires_at: number;
}

/** Every client id applied per user and record kind, deleted records included (0007). */
export interface ClientIdsTable {
  user_id: string;
  /** `checkin`, `session`, `set` or `daily`. */
  kind: string;
  client_id: string;
  /** The record the client id made or changed. */
  record_id: string;
  /** 1 once that record was deleted. */
  deleted: number;
  created_at: number;
}

/** The whole database. */
export interface Database {
  users: UsersTable;
  instance_claims: InstanceClaimsTable;
  invites: InvitesTable;
  password_resets: PasswordResetsTable;
  login_sessions: LoginSessionsTable;
  tokens: TokensTable;
  profiles: ProfilesTable;
  checkins: CheckinsTable;
  training_sessions: TrainingSessionsTable;
  sets: SetsTable;
  custom_exercises: CustomExercisesTable;
  clearances: ClearancesTable;
  screens: ScreensTable;
  retest_decisions: RetestDecisionsTable;
  plans: PlansTable;
  daily_entries: DailyEntriesTable;
  log_versions: LogVersionsTable;
  shares: SharesTable;
  client_ids: ClientIdsTable;
  rate_limits: RateLimitsTable;
  import_runs: ImportRunsTable;
  import_mappings: ImportMappingsTable;
  derived_answers: DerivedAnswersTable;
}

/**
 * Answers derived from a user's log, kept so the first request after a restart need not recompute them: one row
 * per user and kind, answered only while its key (what it was computed from) matches and before `valid_until`.
 */
export interface DerivedAnswersTable {
  user_id: string;
  kind: string;
  key: string;
  /** The answer as JSON text. */
  data: string;
  /** Epoch ms after which the answer may change with no write (null: only a write or a new day changes it). */
  valid_until: number | null;
  updated_at: number;
}

/**
 * Imports being written in chunks: `writing` until the last chunk commits, then the row is removed. `touched_at`
 * moves with every chunk, so a run untouched for long belongs to a server that died and is rolled back.
 */
export interface ImportRunsTable {
  id: string;
  user_id: string;
  state: string;
  touched_at: number;
}

/** Mapping overrides chosen in an import preview, remembered per user, source app and file name. */
export interface ImportMappingsTable {
  user_id: string;
  app: string;
  name: string;
  exercise_id: string;
  updated_at: number;
}

/**
 * A query builder over Spotter's schema: an open connection's `kysely` or a transaction. Repositories take this;
 * `Db` (connect.ts) is only the open handle (`kysely`, dialect, close).
 */
export type SpotterKysely = Kysely<Database>;
