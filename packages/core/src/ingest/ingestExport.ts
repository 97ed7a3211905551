/**
 * From a parsed Strong, Hevy or FitNotes export to the records to store (SPEC X1, C6). A set's identity is (app,
 * workout start, exercise name, set order): its client id is derived from that key, so re-importing a file adds
 * nothing and a newer export adds only its new sets, also into workouts imported before.
 */

import { customExerciseToDef, exerciseById, resolveExerciseName } from "../catalog/index.js";
import {
  customExerciseFromName,
  exerciseHintsOf,
  type ImportedSet,
  type ImportedWorkout,
  type ImportParse,
} from "../import/index.js";
import type { ExerciseDef } from "../records/exercise.js";
import type { TrainingSession } from "../records/session.js";
import { TEXT_LIMITS } from "../records/text.js";
import type { ExistingKeys, ImportedLoggedSet, IngestIds, IngestResult, NameMapping } from "./types.js";

type ParsedExport = Extract<ImportParse, { ok: true }>;

/** A file's title or note cut to the field's limit (the API's own limit), so an import stores what the API would. */
function clip(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  // Never cut a character in half: a lone surrogate is text neither engine stores as sent.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * The notes of each exercise in a workout (a Strong "Note" row, Hevy's exercise_notes): exercise id -> note, at
 * most 100 exercises, each note cut to the note limit. Null when there are none.
 */
function exerciseNotesOf(w: ImportedWorkout, exerciseOf: (s: ImportedSet) => string): Record<string, string> | null {
  const notes: Record<string, string> = {};
  let n = 0;
  for (const s of w.sets) {
    if (!s.exerciseNote) continue;
    const id = exerciseOf(s);
    const before = notes[id];
    if (before === undefined && n >= 100) continue;
    if (before === undefined) n++;
    // One line: an exercise's note is a single-line field (records/text.ts), so two notes join with a space.
    notes[id] = clip(before ? `${before} ${s.exerciseNote}` : s.exerciseNote, TEXT_LIMITS.shortNote) ?? "";
  }
  return n === 0 ? null : notes;
}

/** Maps every distinct exercise name of the file to a catalog or custom exercise, making customs for the rest. */
function mapNames(
  workouts: readonly ImportedWorkout[],
  existing: ExistingKeys,
  ids: IngestIds,
  overrides: ReadonlyMap<string, string>,
): { byName: Map<string, string>; mapping: NameMapping[]; created: ExerciseDef[]; customs: ExerciseDef[] } {
  const hints = exerciseHintsOf(workouts);
  const customs: ExerciseDef[] = [...existing.customExercises];
  const created: ExerciseDef[] = [];
  const byName = new Map<string, string>();
  const mapping: NameMapping[] = [];
  for (const [name, hint] of [...hints].sort(([a], [b]) => a.localeCompare(b))) {
    const chosen = overrides.get(name);
    const overridden = chosen !== undefined && exerciseById(chosen, customs) !== undefined;
    let id = overridden ? chosen : resolveExerciseName(name, customs);
    let made = false;
    if (id === null) {
      const input = customExerciseFromName(name.slice(0, 100), hint);
      const def = customExerciseToDef(
        { ...input, aliases: [...new Set([...(input.aliases ?? []), name])] },
        `custom-${ids.newId()}`,
      );
      customs.push(def);
      created.push(def);
      id = def.id;
      made = true;
    }
    const def = exerciseById(id, customs);
    byName.set(name, id);
    mapping.push({
      name,
      exerciseId: id,
      exerciseName: def?.name ?? name,
      custom: def?.custom ?? true,
      created: made,
      ...(overridden ? { overridden: true } : {}),
    });
  }
  return { byName, mapping, created, customs };
}

/** Where a workout's sets go: its stored session (when any) and which of its sets are already stored. */
function placeWorkout(
  w: ImportedWorkout,
  existing: ExistingKeys,
  ids: IngestIds,
  exerciseOf: (s: ImportedSet) => string,
): { clientId: string; storedId: string | undefined; fresh: { s: ImportedSet; clientId: string }[] } {
  const clientId = ids.idForKey(`session|${w.key}`);
  let storedId = existing.sessionsByClientId.get(clientId);
  const keyed = w.sets.map((s) => ({ s, clientId: ids.idForKey(`set|${s.key}`) }));
  if (w.app !== "spotter") {
    return { clientId, storedId, fresh: keyed.filter((x) => !existing.setClientIds.has(x.clientId)) };
  }
  // A set logged in Spotter has no file identity: its session is the one that started in the same second, and the
  // k-th row of an exercise is stored when that session already holds k + 1 sets of it (our export writes them in
  // order).
  storedId ??= existing.sessionsByStartSecond?.get(Math.floor(w.startedAtMs / 1000));
  const seen = new Map<string, number>();
  const fresh = keyed.filter((x) => {
    if (existing.setClientIds.has(x.clientId)) return false;
    const exerciseId = exerciseOf(x.s);
    const k = seen.get(exerciseId) ?? 0;
    seen.set(exerciseId, k + 1);
    return storedId === undefined || k >= (existing.setCounts?.get(`${storedId}|${exerciseId}`) ?? 0);
  });
  return { clientId, storedId, fresh };
}

/**
 * The records a parsed export adds to the user's log; nothing already stored is added twice. `overrides` maps file
 * names to the exercise the user chose for them (the preview's corrections and the remembered ones).
 */
export function ingestExport(
  parsed: ParsedExport,
  existing: ExistingKeys,
  ids: IngestIds,
  overrides: ReadonlyMap<string, string> = new Map(),
): IngestResult {
  const { byName, mapping, created, customs } = mapNames(parsed.workouts, existing, ids, overrides);
  // A row of our own export logged in Spotter names its exercise by id: that id wins over the name when it exists.
  const exerciseOf = (s: ImportedSet): string =>
    (s.sourceName !== s.exerciseName && exerciseById(s.sourceName, customs)?.id) ||
    (byName.get(s.exerciseName) ?? s.exerciseName);
  const sessions: TrainingSession[] = [];
  const sets: ImportedLoggedSet[] = [];
  let alreadyImported = 0;
  let sessionsExtended = 0;
  const changed: { line: number; reason: string }[] = [];
  const total = parsed.workouts.reduce((n, w) => n + w.sets.length, 0);
  const nowMs = Date.parse(ids.nowIso);
  for (const w of parsed.workouts) {
    const { clientId, storedId, fresh } = placeWorkout(w, existing, ids, exerciseOf);
    const sessionId = storedId ?? ids.newId();
    alreadyImported += w.sets.length - fresh.length;
    if (storedId && fresh.length > 0) sessionsExtended++;
    if (!storedId) {
      const exerciseNotes = exerciseNotesOf(w, exerciseOf);
      sessions.push({
        id: sessionId,
        clientId,
        date: w.date,
        startedAt: new Date(w.startedAtMs).toISOString(),
        finishedAt: w.finishedAtMs === null ? null : new Date(w.finishedAtMs).toISOString(),
        // Other apps record no pain: these sessions count toward progress, never as pain evidence (T1).
        painBefore: null,
        painAfter: null,
        note: clip(w.note, TEXT_LIMITS.note),
        title: clip(w.title, TEXT_LIMITS.title),
        ...(exerciseNotes === null ? {} : { exerciseNotes }),
        recovery: false,
        source: w.app,
        createdAt: ids.nowIso,
        updatedAt: ids.nowIso,
      });
    }
    for (const { s, clientId: setClientId } of fresh) {
      // Sets are read back in created_at order: one millisecond apart, ending now, they keep the file's order of
      // exercises within a workout.
      const createdAt = new Date(nowMs - (total - sets.length)).toISOString();
      sets.push({
        id: ids.newId(),
        clientId: setClientId,
        sessionId,
        exerciseId: exerciseOf(s),
        setIndex: Math.min(s.setIndex, 200),
        warmup: s.warmup,
        setType: s.setType,
        reps: s.reps,
        loadKg: s.loadKg,
        seconds: s.seconds,
        distanceM: s.distanceM,
        rir: null,
        rpe: s.rpe,
        belt: false,
        pain: null,
        painKind: null,
        flagged: false,
        // History shows each set in the unit it was lifted in (a pound file's sets read as pounds).
        unit: parsed.unit,
        // One id per workout and file group, derived like the set's client id, so a re-import gives the same one.
        supersetId: s.supersetKey ? ids.idForKey(`superset|${w.key}|${s.supersetKey}`) : null,
        createdAt,
        updatedAt: ids.nowIso,
        sourceName: s.sourceName.slice(0, TEXT_LIMITS.name),
        ...(s.note === null ? {} : { note: clip(s.note, TEXT_LIMITS.shortNote) }),
      });
    }
  }
  // Only custom exercises that a new set uses are kept: a re-import makes none.
  const used = new Set(sets.map((s) => s.exerciseId));
  const customExercises = created.filter((d) => used.has(d.id));
  return {
    customExercises,
    sessions,
    sets,
    checkins: [],
    daily: [],
    clearances: [],
    plans: [],
    mapping: mapping.map((m) => (m.created && !used.has(m.exerciseId) ? { ...m, created: false } : m)),
    alreadyImported,
    sessionsExtended,
    changed,
  };
}
