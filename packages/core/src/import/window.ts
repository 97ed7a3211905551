/**
 * The date window (records/dates.ts) applied to imported and restored data: a workout, check-in, daily entry or
 * clearance dated outside 1900-01-01 .. the user's tomorrow is not stored; it is reported as skipped instead, so an
 * import never brings in a date the API itself would refuse.
 */
import type { BackupInput } from "../records/backup.js";
import { type DayWindow, dayOutsideWindow } from "../records/dates.js";
import type { ImportedWorkout, ImportParse } from "./types.js";
import type { BlockSink } from "./workouts.js";

/** A skipped row: its 1-based line in a CSV file (0 for a backup, which has no lines) and why. */
export interface SkippedRow {
  line: number;
  reason: string;
}

type ParsedExport = Extract<ImportParse, { ok: true }>;

/**
 * Moves every set of a workout dated outside `window` from the parse into `skipped`, each with its own line, and
 * keeps the skipped list in line order.
 */
export function skipWorkoutsOutsideWindow(parsed: ParsedExport, window: DayWindow): ParsedExport {
  const skipped: SkippedRow[] = [...parsed.skipped];
  const workouts = parsed.workouts.filter((w) => {
    const problem = dayOutsideWindow(w.date, window);
    if (problem === null) return true;
    for (const s of w.sets) skipped.push({ line: s.line, reason: `The workout's date ${w.date} ${problem}.` });
    return false;
  });
  if (workouts.length === parsed.workouts.length) return parsed;
  skipped.sort((a, b) => a.line - b.line);
  return { ...parsed, workouts, skipped };
}

/**
 * A sink that passes on only the blocks of workouts dated inside `window`; every set of a workout outside it is
 * reported to `skip` with its own line (as `skipWorkoutsOutsideWindow` does for a whole parse).
 */
export function windowedSink(
  sink: BlockSink,
  window: DayWindow,
  skip: (line: number, reason: string) => void,
): BlockSink & { inside(w: ImportedWorkout): boolean } {
  const inside = (w: ImportedWorkout): boolean => dayOutsideWindow(w.date, window) === null;
  return {
    inside,
    block(w, sets) {
      const problem = dayOutsideWindow(w.date, window);
      if (problem === null) sink.block(w, sets);
      else for (const s of sets) skip(s.line, `The workout's date ${w.date} ${problem}.`);
    },
    noteLater(w, set) {
      if (inside(w)) sink.noteLater?.(w, set);
    },
  };
}

/**
 * Drops the sessions, check-ins, daily entries and clearances of a backup dated outside `window`, naming each one
 * in `skipped` by its place in the file (line 0: a backup is JSON, without lines).
 */
export function skipBackupRowsOutsideWindow(
  backup: BackupInput,
  window: DayWindow,
): { backup: BackupInput; skipped: SkippedRow[] } {
  const skipped: SkippedRow[] = [];
  const keep = <T extends { date: string }>(rows: readonly T[], list: string): T[] =>
    rows.filter((row, i) => {
      const problem = dayOutsideWindow(row.date, window);
      if (problem !== null) skipped.push({ line: 0, reason: `${list}.${i}.date: ${row.date} ${problem}.` });
      return problem === null;
    });
  const next: BackupInput = {
    ...backup,
    sessions: keep(backup.sessions, "sessions"),
    checkins: keep(backup.checkins, "checkins"),
    daily: keep(backup.daily, "daily"),
    clearances: keep(backup.clearances, "clearances"),
  };
  return { backup: skipped.length === 0 ? backup : next, skipped };
}
