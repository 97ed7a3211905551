/**
 * Importing a file into a user's log (SPEC X1, X2): parse it (core), work out what is new against what the user has
 * (core), and store it: a CSV import in chunked commits revealed whole at the end (rolled back on an error), a
 * backup in one transaction; nothing on a dry run.
 */
import {
  backupIdProblem,
  backupSchema,
  type DistanceUnit,
  type ExerciseDef,
  exerciseById,
  type ImportFormat,
  type IngestIds,
  type IngestResult,
  ingestBackup,
  type ReasonSummary,
  recordDayWindow,
  skipBackupRowsOutsideWindow,
} from "@spotter/core";
import {
  existingRecords,
  getProfile,
  type ImportRunWriter,
  importMappings,
  insertDayRecords,
  saveImportMappings,
  startImportRun,
  takenCustomExerciseIds,
  uuidv7,
} from "@spotter/db";
import type { Deps } from "../context.js";
import { ApiError, invalidField } from "../errors.js";
import { runCsvImport } from "../offload/pool.js";
import { uuidForKey } from "../offload/tasks.js";
import { parseWith } from "../validate.js";
import { todayIn } from "./today.js";

/** What `POST /import` answers. */
export interface ImportAnswer {
  format: ImportFormat | "spotter";
  unit: "kg" | "lb" | null;
  unitFrom: "file" | "request" | null;
  /** The unit the user's profile shows weights in (they are stored exactly whatever the file's unit). */
  profileUnit: "kg" | "lb";
  /** Data rows read from a CSV file (0 for a backup). */
  rows: number;
  /** Workouts that gained something: new sessions plus earlier imports that gained sets. */
  workouts: number;
  sets: number;
  alreadyImported: number;
  checkins: number;
  daily: number;
  clearances: number;
  plans: number;
  profileRestored: boolean;
  customExercises: { id: string; name: string }[];
  mapping: {
    name: string;
    exerciseId: string;
    exerciseName: string;
    custom: boolean;
    created: boolean;
    overridden?: boolean;
  }[];
  skipped: { line: number; reason: string }[];
  /** Every skip reason with its count and first lines (a CSV import). */
  skippedRows?: number;
  skippedSummary?: ReasonSummary[];
  /** Rows stored with a change: control characters removed, a name or note cut to its limit (a CSV import). */
  changed?: { line: number; reason: string }[];
  changedRows?: number;
  changedSummary?: ReasonSummary[];
  /** Where the distance unit came from (null when the file has no distances to read). */
  distanceUnitFrom?: "file" | "request" | "export" | null;
  dryRun: boolean;
}

export { uuidForKey };

function ingestIds(deps: Deps): IngestIds {
  return { newId: deps.newId, idForKey: uuidForKey, nowIso: new Date(deps.now()).toISOString() };
}

function answerOf(
  r: IngestResult,
  head: Pick<ImportAnswer, "format" | "unit" | "unitFrom" | "profileUnit" | "rows" | "skipped" | "dryRun">,
): ImportAnswer {
  return {
    ...head,
    workouts: r.sessions.length + r.sessionsExtended,
    sets: r.sets.length,
    alreadyImported: r.alreadyImported,
    checkins: r.checkins.length,
    daily: r.daily.length,
    clearances: r.clearances.length,
    plans: r.plans.length,
    profileRestored: r.profile !== undefined,
    customExercises: r.customExercises.map((d) => ({ id: d.id, name: d.name })),
    mapping: r.mapping,
  };
}

/**
 * Stores a restored backup without one long transaction: its custom exercises, sessions and sets go in chunked
 * commits of an import run (so SQLite's one connection and the event loop serve others between them), and the
 * rest (check-ins, daily entries, clearances, plans, the profile, remembered mappings) in the last commit, which
 * reveals the whole. A failure midway deletes what the run wrote, so the restore is all or nothing.
 */
async function storeBackup(deps: Deps, userId: string, r: IngestResult): Promise<void> {
  const db = deps.db.kysely;
  const now = deps.now();
  // Remembered import mappings come back too (the user's earlier choices win over the backup's).
  const byApp = new Map<string, Record<string, string>>();
  for (const m of r.importMappings ?? []) byApp.set(m.app, { ...byApp.get(m.app), [m.name]: m.exerciseId });
  const run = await startImportRun(db, userId, { runId: uuidv7(now), now, between: nextTurn });
  try {
    await run.write("customExercises", r.customExercises);
    await run.write("sessions", r.sessions);
    await run.write("sets", r.sets);
    await run.reveal(async (trx) => {
      await insertDayRecords(trx, userId, r, now);
      for (const [app, mapping] of byApp) {
        const mine = await importMappings(trx, userId, app);
        const fresh = Object.fromEntries(Object.entries(mapping).filter(([name]) => mine[name] === undefined));
        if (Object.keys(fresh).length > 0) await saveImportMappings(trx, userId, app, fresh, now);
      }
    });
  } catch (e) {
    await run.rollback();
    throw e;
  }
}

/** A turn of the event loop: requests that arrived meanwhile are served before the next chunk. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Imports a Strong, Hevy or FitNotes CSV export; on a dry run nothing is stored. Reading the file and working out
 * what is new run on the worker thread (offload/), so a large file does not hold the event loop; the answer still
 * comes when everything is stored.
 */
export async function importCsv(
  deps: Deps,
  userId: string,
  body: string | Uint8Array,
  format: ImportFormat,
  opts: CsvImportOptions,
): Promise<ImportAnswer> {
  const { unit, dryRun } = opts;
  const db = deps.db.kysely;
  const profile = await getProfile(db, userId);
  const existing = await existingRecords(db, userId);
  const requested = opts.mapping ?? {};
  checkMapping(requested, existing.customExercises);
  // The user's earlier choices for this app apply again; this request's choices win over them.
  const remembered = await importMappings(db, userId, format);
  const overrides = { ...validOnly(remembered, existing.customExercises), ...requested };
  const window = recordDayWindow(todayIn(deps, profile.timeZone));
  const nowIso = new Date(deps.now()).toISOString();
  const input = {
    // Bytes go to the worker as they are (transferred, decoded there): the main thread never holds the file as text.
    ...(typeof body === "string" ? { text: body } : { bytes: body }),
    format,
    unit,
    distanceUnit: opts.distanceUnit,
    timeZone: profile.timeZone,
    window,
    existing,
    nowIso,
    overrides,
  };
  // The worker hands over sessions and sets in parts; a real import writes each part as it comes (chunked
  // commits of a run, revealed at the end), a dry run only counts them. Either way they are never all held here.
  // The run starts with the first row to write, so a refused file or an import adding nothing writes nothing.
  const now = deps.now();
  let run: ImportRunWriter | null = null;
  const writer = async (): Promise<ImportRunWriter> => {
    run ??= await startImportRun(db, userId, { runId: uuidv7(now), now, between: nextTurn });
    return run;
  };
  let read: Awaited<ReturnType<typeof runCsvImport>>;
  try {
    read = await runCsvImport(input, deps, async (list, items) => {
      if (dryRun || items.length === 0 || (list !== "sessions" && list !== "sets")) return;
      await (await writer()).write(list, items);
    });
    if (!dryRun && read.ok && read.result.customExercises.length > 0) {
      await (await writer()).write("customExercises", read.result.customExercises);
    }
    // Sessions a later block of the same workout changed after they were written (two workouts in one minute).
    if (!dryRun && read.ok && read.result.sessionUpdates.length > 0) {
      await (await writer()).updateSessions(read.result.sessionUpdates);
    }
    if (read.ok) await (run as ImportRunWriter | null)?.reveal();
  } catch (e) {
    await (run as ImportRunWriter | null)?.rollback();
    throw e;
  }
  if (!read.ok) {
    if (read.error === "unit-required") throw invalidField("unit", read.message);
    if (read.error === "distance-unit-required") throw invalidField("distanceUnit", read.message);
    if (read.error === "empty" || read.error === "missing-column" || read.error === "structure") {
      throw invalidField("(body)", read.message);
    }
    throw invalidField("format", read.message);
  }
  const r = read.result;
  if (!dryRun && Object.keys(requested).length > 0) await saveImportMappings(db, userId, format, requested, deps.now());
  return {
    ...answerOf(
      // The lists went by in parts: the answer counts them.
      { ...r, sessions: new Array(read.counts.sessions ?? 0), sets: new Array(read.counts.sets ?? 0) },
      {
        format,
        unit: read.unit,
        unitFrom: read.unitFrom === "file" ? "file" : "request",
        profileUnit: profile.unit,
        rows: read.rows,
        skipped: read.skipped.listed,
        dryRun,
      },
    ),
    distanceUnitFrom: read.distanceUnitFrom === "option" ? "request" : read.distanceUnitFrom,
    skippedRows: read.skipped.total,
    skippedSummary: read.skipped.summary,
    changed: read.changed.listed,
    changedRows: read.changed.total,
    changedSummary: read.changed.summary,
  };
}

/** A mapping override that names no exercise the user can use is a 400 naming the file's name. */
function checkMapping(mapping: Readonly<Record<string, string>>, customs: readonly ExerciseDef[]): void {
  for (const [name, id] of Object.entries(mapping)) {
    if (!exerciseById(id, customs)) {
      throw invalidField(`mapping.${name}`, `is not an exercise in the catalog or among your own: "${id}"`);
    }
  }
}

/** Remembered overrides whose exercise still exists (a custom exercise may have been deleted since). */
function validOnly(mapping: Readonly<Record<string, string>>, customs: readonly ExerciseDef[]): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, id]) => exerciseById(id, customs) !== undefined));
}

/** The choices of a CSV import beyond the file: units, mapping overrides, and whether to store. */
export interface CsvImportOptions {
  unit: "kg" | "lb" | undefined;
  distanceUnit?: DistanceUnit | undefined;
  /** File name -> exercise id, chosen in the preview (API.md `mapping`); remembered once stored. */
  mapping?: Record<string, string> | undefined;
  dryRun: boolean;
}

/** Restores a Spotter backup (JSON text); on a dry run nothing is stored. */
export async function importBackup(deps: Deps, userId: string, text: string, dryRun: boolean): Promise<ImportAnswer> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidField("(body)", "is not valid JSON: a Spotter backup is the .json file that Export gives you");
  }
  const db = deps.db.kysely;
  const [existing, profile] = await Promise.all([existingRecords(db, userId), getProfile(db, userId)]);
  // Rows dated outside 1900-01-01 .. tomorrow are reported as skipped, never stored.
  const window = recordDayWindow(todayIn(deps, profile.timeZone));
  const { backup, skipped } = skipBackupRowsOutsideWindow(parseWith(backupSchema, json), window);
  // Exercise ids in the user's own space: never a catalog id, never an id of someone else's (trust issue).
  const problem = backupIdProblem(backup, existing.customExercises);
  if (problem) throw invalidField(problem.path, problem.message);
  const taken = await takenCustomExerciseIds(
    db,
    backup.exercises.map((e) => e.id),
  );
  // The user's own customs are "taken" only by themselves; those are matched by name before ids matter.
  const r = ingestBackup(backup, existing, taken, ingestIds(deps));
  if (!dryRun) await storeBackup(deps, userId, r);
  return answerOf(r, {
    format: "spotter",
    unit: null,
    unitFrom: null,
    profileUnit: r.profile?.unit ?? profile.unit,
    rows: 0,
    skipped,
    dryRun,
  });
}

/** Refuses a body that cannot be an export at all, before any parsing. */
export function assertImportBody(text: string): void {
  if (text.trim() === "")
    throw new ApiError("VALIDATION_FAILED", "The file is empty.", [{ path: "(body)", message: "is empty" }]);
}
