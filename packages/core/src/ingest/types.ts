/** Shared shapes of the ingest step: what the user already has, how ids are made, and what an import adds. */

import type { BackupScreen } from "../records/backup.js";
import type { Checkin } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { DailyEntry } from "../records/daily.js";
import type { ExerciseDef } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";

/** The keys of what the user already stored, so that importing the same data twice adds nothing (X1, X2). */
export interface ExistingKeys {
  /** Session client id -> stored session id. */
  sessionsByClientId: ReadonlyMap<string, string>;
  setClientIds: ReadonlySet<string>;
  checkinDates: ReadonlySet<string>;
  dailyClientIds: ReadonlySet<string>;
  customExercises: readonly ExerciseDef[];
  /** `date|by|recordedAt(ms)` of each clearance. */
  clearanceKeys: ReadonlySet<string>;
  /** `exerciseId|date|accept(0/1)` of each T6 re-test answer (absent: none stored). */
  retestKeys?: ReadonlySet<string>;
  /** `kind|date|createdAt(ms)` of each R7 screen answer (absent: none stored). */
  screenKeys?: ReadonlySet<string>;
  planCreatedAts: ReadonlySet<number>;
  /**
   * For rows of Spotter's own export whose Source App is Spotter (sets logged here, restored, or imported before
   * source names were kept): session id by its start to the second, and how many sets each session holds per
   * exercise (`sessionId|exerciseId`). Such a row is already stored when its session holds that many sets of it.
   */
  sessionsByStartSecond?: ReadonlyMap<number, string>;
  setCounts?: ReadonlyMap<string, number>;
}

/** A set an import adds: the stored set plus the name its source file gave it (kept for the identity). */
export type ImportedLoggedSet = LoggedSet & { sourceName?: string | null };

/** Ids and time, passed in so the ingest stays pure. */
export interface IngestIds {
  /** A fresh record id. */
  newId: () => string;
  /** A stable UUID for an identity key (the same key always gives the same id). */
  idForKey: (key: string) => string;
  /** The current instant, ISO. */
  nowIso: string;
}

/** How one name in a file maps to an exercise. */
export interface NameMapping {
  name: string;
  exerciseId: string;
  exerciseName: string;
  /** True when the exercise is one of the user's own (made now or earlier). */
  custom: boolean;
  /** True when this import creates the custom exercise. */
  created: boolean;
  /** True when the user chose the exercise (a mapping override in the request or remembered from before). */
  overridden?: boolean;
}

/** What an import adds, and what it found already there. */
export interface IngestResult {
  customExercises: ExerciseDef[];
  sessions: TrainingSession[];
  sets: ImportedLoggedSet[];
  checkins: Checkin[];
  daily: DailyEntry[];
  clearances: Clearance[];
  /** T6 re-test answers to add (a backup's). */
  retests?: { exerciseId: string; accept: boolean; date: string }[];
  /** R7 screen answers to add (a backup's). */
  screens?: BackupScreen[];
  plans: { id: string; createdAt: number; plan: unknown }[];
  /** The profile to store in place of the current one (a backup restored into an empty account). */
  profile?: Profile | undefined;
  mapping: NameMapping[];
  /** Sets (and for backups, other records) that were already stored and so were not added again. */
  alreadyImported: number;
  /** Remembered import mappings to keep (a backup's), their exercise ids in the user's own space. */
  importMappings?: { app: string; name: string; exerciseId: string }[];
  /** Sessions that existed and received new sets. */
  sessionsExtended: number;
  /** Rows stored with a change the ingest made (a workout's notes cut to the note limit). */
  changed?: { line: number; reason: string }[];
}
