/**
 * From a parsed Strong, Hevy or FitNotes export to the records to store (SPEC X1, C6). A set's identity is (app,
 * workout start, exercise name, set order): its client id is derived from that key, so re-importing a file adds
 * nothing and a newer export adds only its new sets, also into workouts imported before.
 */

import { customExerciseToDef, exerciseById, resolveExerciseName } from "../catalog/index.js";
import {
  type CustomExerciseHint,
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
 * The notes of each exercise in a workout (a Strong "Note" row, Hevy's exercise_notes), from its sets that carry one: exercise id -> note, at
 * most 100 exercises, each note cut to the note limit. Null when there are none.
 */
function exerciseNotesOf(
  sets: readonly ImportedSet[],
  exerciseOf: (s: ImportedSet) => string,
): Record<string, string> | null {
  const notes: Record<string, string> = {};
  let n = 0;
  for (const s of sets) {
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
  hints: ReadonlyMap<string, CustomExerciseHint>,
  existing: ExistingKeys,
  ids: IngestIds,
  overrides: ReadonlyMap<string, string>,
): { byName: Map<string, string>; mapping: NameMapping[]; created: ExerciseDef[]; customs: ExerciseDef[] } {
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

/** A session stored earlier in this import whose title, note, finish or exercise notes changed after it was sent. */
export interface SessionUpdate {
  id: string;
  title: string | null;
  note: string | null;
  finishedAt: string | null;
  exerciseNotes: Record<string, string> | null;
}

/** What the ingest of an export answers once every block went by (the sessions and sets went out block by block). */
export type IngestSummary = Omit<IngestResult, "sessions" | "sets"> & {
  /** Sessions sent before a later block of the same workout changed them (two workouts in one minute). */
  sessionUpdates: SessionUpdate[];
};

/** What the ingest keeps per workout between its blocks: a few ids and counters, never its sets. */
interface WorkoutPlace {
  sessionId: string;
  clientId: string;
  storedId: string | undefined;
  /** Sets of a Spotter-logged workout seen so far per exercise (see `fresh`). */
  seen: Map<string, number>;
  /** Sets carrying an exercise note, in file order. */
  noted: ImportedSet[];
  extended: boolean;
  /** The session as sent (its changeable fields as JSON), when this import made it. */
  sent: string | null;
}

/** The options of `exportIngester`. */
export interface IngesterOptions {
  existing: ExistingKeys;
  ids: IngestIds;
  /** File name -> exercise the user chose (the preview's corrections and the remembered ones). */
  overrides?: ReadonlyMap<string, string>;
  /** Every exercise name the import will meet, with its hint (`exerciseHintsOf`, `exerciseHintCollector`). */
  hints: ReadonlyMap<string, CustomExerciseHint>;
  /** The file's weight unit: history shows each set in the unit it was lifted in. */
  unit: "kg" | "lb";
  /** At least the number of sets to come: new sets are stamped one millisecond apart ending now. */
  total: number;
}

/**
 * Works out what an export adds, one block of a workout at a time (the import streams the file): a session for a
 * workout not stored yet, and the sets the user does not have. Nothing already stored is added twice; memory holds
 * a few ids per workout, never the sets.
 */
export function exportIngester(o: IngesterOptions): {
  block(
    w: ImportedWorkout,
    sets: readonly ImportedSet[],
  ): { session: TrainingSession | null; sets: ImportedLoggedSet[] };
  /** An exercise note joined a set of an earlier block (see `BlockSink.noteLater`). */
  noteLater(w: ImportedWorkout, set: ImportedSet): void;
  /** The custom exercises used, the name mapping and the counts; `workouts` are every workout that had a block. */
  finish(workouts: readonly ImportedWorkout[]): IngestSummary;
} {
  const { existing, ids } = o;
  const { byName, mapping, created, customs } = mapNames(o.hints, existing, ids, o.overrides ?? new Map());
  // A row of our own export logged in Spotter names its exercise by id: that id wins over the name when it exists.
  const exerciseOf = (s: ImportedSet): string =>
    (s.sourceName !== s.exerciseName && exerciseById(s.sourceName, customs)?.id) ||
    (byName.get(s.exerciseName) ?? s.exerciseName);
  const places = new Map<ImportedWorkout, WorkoutPlace>();
  const used = new Set<string>();
  const nowMs = Date.parse(ids.nowIso);
  let added = 0;
  let alreadyImported = 0;
  const fields = (w: ImportedWorkout, p: WorkoutPlace) => ({
    finishedAt: w.finishedAtMs === null ? null : new Date(w.finishedAtMs).toISOString(),
    note: clip(w.note, TEXT_LIMITS.note),
    title: clip(w.title, TEXT_LIMITS.title),
    exerciseNotes: exerciseNotesOf(p.noted, exerciseOf),
  });
  const placeOf = (w: ImportedWorkout): WorkoutPlace => {
    const known = places.get(w);
    if (known) return known;
    const clientId = ids.idForKey(`session|${w.key}`);
    let storedId = existing.sessionsByClientId.get(clientId);
    // A set logged in Spotter has no file identity: its session is the one that started in the same second.
    if (w.app === "spotter") storedId ??= existing.sessionsByStartSecond?.get(Math.floor(w.startedAtMs / 1000));
    const p: WorkoutPlace = {
      sessionId: storedId ?? ids.newId(),
      clientId,
      storedId,
      seen: new Map(),
      noted: [],
      extended: false,
      sent: null,
    };
    places.set(w, p);
    return p;
  };
  /** Whether a set is new to the user; for a Spotter-logged set, the k-th of an exercise is stored when its session holds k + 1 (our export writes them in order). */
  const isFresh = (w: ImportedWorkout, p: WorkoutPlace, s: ImportedSet, clientId: string): boolean => {
    if (existing.setClientIds.has(clientId)) return false;
    if (w.app !== "spotter") return true;
    const exerciseId = exerciseOf(s);
    const k = p.seen.get(exerciseId) ?? 0;
    p.seen.set(exerciseId, k + 1);
    return p.storedId === undefined || k >= (existing.setCounts?.get(`${p.storedId}|${exerciseId}`) ?? 0);
  };
  return {
    block(w, blockSets) {
      const p = placeOf(w);
      for (const s of blockSets) if (s.exerciseNote) p.noted.push(s);
      let session: TrainingSession | null = null;
      if (!p.storedId && p.sent === null) {
        const f = fields(w, p);
        p.sent = JSON.stringify(f);
        session = {
          id: p.sessionId,
          clientId: p.clientId,
          date: w.date,
          startedAt: new Date(w.startedAtMs).toISOString(),
          finishedAt: f.finishedAt,
          // Other apps record no pain: these sessions count toward progress, never as pain evidence (T1).
          painBefore: null,
          painAfter: null,
          note: f.note,
          title: f.title,
          ...(f.exerciseNotes === null ? {} : { exerciseNotes: f.exerciseNotes }),
          recovery: false,
          source: w.app,
          createdAt: ids.nowIso,
          updatedAt: ids.nowIso,
        };
      }
      const sets: ImportedLoggedSet[] = [];
      for (const s of blockSets) {
        const clientId = ids.idForKey(`set|${s.key}`);
        if (!isFresh(w, p, s, clientId)) {
          alreadyImported++;
          continue;
        }
        if (p.storedId) p.extended = true;
        const exerciseId = exerciseOf(s);
        used.add(exerciseId);
        // Sets are read back in created_at order: one millisecond apart, ending now, they keep the file's order of
        // exercises within a workout.
        const createdAt = new Date(nowMs - (o.total - added++)).toISOString();
        sets.push({
          id: ids.newId(),
          clientId,
          sessionId: p.sessionId,
          exerciseId,
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
          unit: o.unit,
          // One id per workout and file group, derived like the set's client id, so a re-import gives the same one.
          supersetId: s.supersetKey ? ids.idForKey(`superset|${w.key}|${s.supersetKey}`) : null,
          createdAt,
          updatedAt: ids.nowIso,
          sourceName: s.sourceName.slice(0, TEXT_LIMITS.name),
          ...(s.note === null ? {} : { note: clip(s.note, TEXT_LIMITS.shortNote) }),
        });
      }
      return { session, sets };
    },
    noteLater(w, set) {
      const p = places.get(w);
      if (!p || p.noted.includes(set)) return;
      p.noted.push(set);
      p.noted.sort((a, b) => a.line - b.line);
    },
    finish(workouts) {
      const sessionUpdates: SessionUpdate[] = [];
      let sessionsExtended = 0;
      for (const w of workouts) {
        const p = places.get(w);
        if (!p) continue;
        if (p.extended) sessionsExtended++;
        if (p.sent === null) continue;
        const f = fields(w, p);
        if (JSON.stringify(f) !== p.sent) sessionUpdates.push({ id: p.sessionId, ...f });
      }
      // Only custom exercises that a new set uses are kept: a re-import makes none.
      return {
        customExercises: created.filter((d) => used.has(d.id)),
        checkins: [],
        daily: [],
        clearances: [],
        plans: [],
        mapping: mapping.map((m) => (m.created && !used.has(m.exerciseId) ? { ...m, created: false } : m)),
        alreadyImported,
        sessionsExtended,
        changed: [],
        sessionUpdates,
      };
    },
  };
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
  const ingester = exportIngester({
    existing,
    ids,
    overrides,
    hints: exerciseHintsOf(parsed.workouts),
    unit: parsed.unit,
    total: parsed.workouts.reduce((n, w) => n + w.sets.length, 0),
  });
  const sessions: TrainingSession[] = [];
  const sets: ImportedLoggedSet[] = [];
  for (const w of parsed.workouts) {
    const r = ingester.block(w, w.sets);
    if (r.session) sessions.push(r.session);
    for (const s of r.sets) sets.push(s);
  }
  const { sessionUpdates: _none, ...summary } = ingester.finish(parsed.workouts);
  return { ...summary, sessions, sets };
}
