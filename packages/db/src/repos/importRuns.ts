/**
 * Writing a large import in chunks (issue 18: one import never blocks the server): each chunk of at most
 * `rowsPerCommit` rows is its own short transaction, and the event loop turns between chunks, so other users'
 * requests (which share SQLite's one connection) are served while a 30 MB file is stored.
 *
 * Nothing half-written: every row the import writes carries its run id (`import_id`), and the run is recorded in
 * `import_runs` before the first chunk. The last step removes the run and bumps the log version in one
 * transaction; a failure midway deletes every row of the run (and the client ids they claimed) and bumps the
 * version, so caches reload the log as it was. A run a dead server left behind (untouched for `STALE_MS`) is
 * rolled back the same way before the user's next import and by `rollbackStaleImports` at start-up.
 */
import type { ExerciseDef, TrainingSession } from "@spotter/core";
import { withLogChange } from "../logVersion.js";
import type { SpotterKysely } from "../schema.js";
import type { NewRecords } from "./bulk.js";
import { recordClientIds } from "./clientIds.js";
import { sessionRow, setRow } from "./sessions.js";

/** Rows per INSERT statement (bound values stay far below SQLite's limit). */
const STATEMENT_ROWS = 200;

/** Rows per commit unless the caller says otherwise: small enough that one commit takes milliseconds. */
export const ROWS_PER_COMMIT = 500;

/** A run not touched for this long belongs to a server that stopped midway. */
export const STALE_MS = 10 * 60_000;

/** What a chunked write needs besides the records. */
export interface ChunkedWrite {
  /** The run id (a fresh UUID), tagged on every row. */
  runId: string;
  /** Epoch ms, stamped on the custom exercises and the run. */
  now: number;
  /** Rows per transaction (default ROWS_PER_COMMIT). */
  rowsPerCommit?: number;
  /** Called after each commit: the server yields the event loop here. */
  between?: () => Promise<void>;
  /** Called with the number of transactions committed so far (tests count them). */
  onCommit?: (commits: number) => void;
}

function parts<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** A run being written: lists go in as they come, then `reveal` makes the import visible, or `rollback` undoes it. */
export interface ImportRunWriter {
  /** Writes part of a list (sessions before the sets that point at them), in commits of `rowsPerCommit` rows. */
  write(list: "customExercises" | "sessions" | "sets", items: readonly unknown[]): Promise<void>;
  /** Updates sessions this run wrote (their title, note, finish and exercise notes), in commits of `rowsPerCommit`. */
  updateSessions(updates: readonly SessionFieldsUpdate[]): Promise<void>;
  /**
   * The last commit: removes the run and bumps the log version in one transaction, with `last`'s writes (a
   * restore's check-ins, daily entries, plans and profile) in it.
   */
  reveal(last?: (trx: SpotterKysely) => Promise<void>): Promise<void>;
  /** Deletes every row of the run (after a failure). */
  rollback(): Promise<void>;
}

/** New values for the fields of a session this run wrote that a later part of the file changed. */
export interface SessionFieldsUpdate {
  id: string;
  title: string | null;
  note: string | null;
  finishedAt: string | null;
  exerciseNotes: Record<string, string> | null;
}

/**
 * Starts a chunked import run (see the file comment): rolls back the user's stale runs, records the run, and answers
 * a writer that commits each part in chunks. The server feeds it the worker's parts as they arrive, so the sets of
 * a large file are never all held on the main thread at once.
 */
export async function startImportRun(db: SpotterKysely, userId: string, w: ChunkedWrite): Promise<ImportRunWriter> {
  const size = Math.max(1, w.rowsPerCommit ?? ROWS_PER_COMMIT);
  let commits = 0;
  let customs = 0;
  const commit = async (write: (trx: SpotterKysely) => Promise<void>) => {
    await db.transaction().execute(async (trx) => {
      await write(trx);
      await trx.updateTable("import_runs").set({ touched_at: w.now }).where("id", "=", w.runId).execute();
    });
    w.onCommit?.(++commits);
    await w.between?.();
  };
  await rollbackStaleImports(db, w.now, userId);
  await db
    .insertInto("import_runs")
    .values({ id: w.runId, user_id: userId, state: "writing", touched_at: w.now })
    .execute();
  const writeCustoms = (part: readonly ExerciseDef[]) =>
    commit(async (trx) => {
      for (const rows of parts(part, STATEMENT_ROWS)) {
        await trx
          .insertInto("custom_exercises")
          .values(
            rows.map((d) => ({
              id: d.id,
              user_id: userId,
              name: d.name,
              data: JSON.stringify(d),
              // Consecutive created_at values keep the file's order when the list is read back oldest first.
              created_at: w.now + customs++,
              import_id: w.runId,
            })),
          )
          .execute();
      }
    });
  const writeSessions = (part: readonly TrainingSession[]) =>
    commit(async (trx) => {
      for (const rows of parts(part, STATEMENT_ROWS)) {
        await trx
          .insertInto("training_sessions")
          .values(rows.map((s) => ({ ...sessionRow(userId, s), import_id: w.runId })))
          .execute();
      }
      const claims = part.map((s) => ({ clientId: s.clientId, recordId: s.id }));
      await recordClientIds(trx, userId, "session", claims, w.now);
    });
  const writeSets = (part: readonly NewRecords["sets"][number][]) =>
    commit(async (trx) => {
      for (const rows of parts(part, STATEMENT_ROWS)) {
        await trx
          .insertInto("sets")
          .values(rows.map((s) => ({ ...setRow(userId, s), source_name: s.sourceName ?? null, import_id: w.runId })))
          .execute();
      }
      const claims = part.map((s) => ({ clientId: s.clientId, recordId: s.id }));
      await recordClientIds(trx, userId, "set", claims, w.now);
    });
  return {
    async write(list, items) {
      for (const part of parts(items, size)) {
        if (list === "customExercises") await writeCustoms(part as ExerciseDef[]);
        else if (list === "sessions") await writeSessions(part as TrainingSession[]);
        else await writeSets(part as NewRecords["sets"]);
      }
    },
    async updateSessions(updates) {
      for (const part of parts(updates, size)) {
        await commit(async (trx) => {
          for (const u of part) {
            await trx
              .updateTable("training_sessions")
              .set({
                title: u.title,
                note: u.note,
                finished_at: u.finishedAt === null ? null : Date.parse(u.finishedAt),
                exercise_notes:
                  u.exerciseNotes && Object.keys(u.exerciseNotes).length > 0 ? JSON.stringify(u.exerciseNotes) : null,
              })
              .where("user_id", "=", userId)
              .where("id", "=", u.id)
              .where("import_id", "=", w.runId)
              .execute();
          }
        });
      }
    },
    async reveal(last) {
      await withLogChange(db, userId, async (trx) => {
        await last?.(trx);
        await trx.deleteFrom("import_runs").where("id", "=", w.runId).execute();
      });
      w.onCommit?.(++commits);
    },
    rollback: () => rollbackImport(db, userId, w.runId),
  };
}

/**
 * Stores an import's custom exercises, sessions and sets in chunked commits, revealed as a whole by the last one
 * (see the file comment). Throws after rolling the run back when any chunk fails.
 */
export async function writeImportInChunks(
  db: SpotterKysely,
  userId: string,
  r: NewRecords,
  w: ChunkedWrite,
): Promise<void> {
  const run = await startImportRun(db, userId, w);
  try {
    await run.write("customExercises", r.customExercises);
    await run.write("sessions", r.sessions);
    await run.write("sets", r.sets);
    await run.reveal();
  } catch (e) {
    await run.rollback();
    throw e;
  }
}

/** Deletes every row a run wrote, the client ids they claimed and the run itself, and bumps the log version. */
export async function rollbackImport(db: SpotterKysely, userId: string, runId: string): Promise<void> {
  await withLogChange(db, userId, async (trx) => {
    for (const [kind, table] of [
      ["set", "sets"],
      ["session", "training_sessions"],
    ] as const) {
      await trx
        .deleteFrom("client_ids")
        .where("user_id", "=", userId)
        .where("kind", "=", kind)
        .where("record_id", "in", (eb) =>
          eb.selectFrom(table).select("id").where("user_id", "=", userId).where("import_id", "=", runId),
        )
        .execute();
    }
    await trx.deleteFrom("sets").where("user_id", "=", userId).where("import_id", "=", runId).execute();
    await trx.deleteFrom("training_sessions").where("user_id", "=", userId).where("import_id", "=", runId).execute();
    await trx.deleteFrom("custom_exercises").where("user_id", "=", userId).where("import_id", "=", runId).execute();
    await trx.deleteFrom("import_runs").where("id", "=", runId).execute();
  });
}

/**
 * Rolls back runs left `writing` by a server that stopped midway (untouched for STALE_MS), for one user or all.
 * Answers how many were rolled back.
 */
export async function rollbackStaleImports(db: SpotterKysely, now: number, userId?: string): Promise<number> {
  let q = db
    .selectFrom("import_runs")
    .select(["id", "user_id"])
    .where("touched_at", "<", now - STALE_MS);
  if (userId !== undefined) q = q.where("user_id", "=", userId);
  const stale = await q.execute();
  for (const run of stale) await rollbackImport(db, run.user_id, run.id);
  return stale.length;
}
