/**
 * From a parsed Strong, Hevy or FitNotes export to the records to store (SPEC X1, C6). A set's identity is (app,
 * workout start, exercise name, set order): its client id is derived from that key, so re-importing a file adds
 * nothing and a newer export adds only its new sets, also into workouts imported before.
 */

import { customExerciseToDef, exerciseById, resolveExerciseName } from "../catalog/index.js";
import { customExerciseFromName, exerciseHintsOf, type ImportedWorkout, type ImportParse } from "../import/index.js";
import type { ExerciseDef } from "../records/exercise.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";
import { TEXT_LIMITS } from "../records/text.js";
import type { ExistingKeys, IngestIds, IngestResult, NameMapping } from "./types.js";

type ParsedExport = Extract<ImportParse, { ok: true }>;

/** A file's title or note cut to the field's limit (the API's own limit), so an import stores what the API would. */
function clip(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  // Never cut a character in half: a lone surrogate is text neither engine stores as sent.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** Maps every distinct exercise name of the file to a catalog or custom exercise, making customs for the rest. */
function mapNames(
  workouts: readonly ImportedWorkout[],
  existing: ExistingKeys,
  ids: IngestIds,
): { byName: Map<string, string>; mapping: NameMapping[]; created: ExerciseDef[] } {
  const hints = exerciseHintsOf(workouts);
  const customs: ExerciseDef[] = [...existing.customExercises];
  const created: ExerciseDef[] = [];
  const byName = new Map<string, string>();
  const mapping: NameMapping[] = [];
  for (const [name, hint] of [...hints].sort(([a], [b]) => a.localeCompare(b))) {
    let id = resolveExerciseName(name, customs);
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
    });
  }
  return { byName, mapping, created };
}

/** The records a parsed export adds to the user's log; nothing already stored is added twice. */
export function ingestExport(parsed: ParsedExport, existing: ExistingKeys, ids: IngestIds): IngestResult {
  const { byName, mapping, created } = mapNames(parsed.workouts, existing, ids);
  const sessions: TrainingSession[] = [];
  const sets: LoggedSet[] = [];
  let alreadyImported = 0;
  let sessionsExtended = 0;
  for (const w of parsed.workouts) {
    const clientId = ids.idForKey(`session|${w.key}`);
    const storedId = existing.sessionsByClientId.get(clientId);
    const sessionId = storedId ?? ids.newId();
    const fresh = w.sets
      .map((s) => ({ s, clientId: ids.idForKey(`set|${s.key}`) }))
      .filter((x) => !existing.setClientIds.has(x.clientId));
    alreadyImported += w.sets.length - fresh.length;
    if (storedId && fresh.length > 0) sessionsExtended++;
    if (!storedId) {
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
        recovery: false,
        source: parsed.format,
        createdAt: ids.nowIso,
        updatedAt: ids.nowIso,
      });
    }
    for (const { s, clientId: setClientId } of fresh) {
      sets.push({
        id: ids.newId(),
        clientId: setClientId,
        sessionId,
        exerciseId: byName.get(s.exerciseName) ?? s.exerciseName,
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
        createdAt: ids.nowIso,
        updatedAt: ids.nowIso,
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
  };
}
