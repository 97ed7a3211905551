/**
 * From rows read one by one to workouts with stable identity keys (X1). A set's identity is (app, workout start,
 * exercise name, order), where order counts the rows of that name in the workout, so the same file always gives the
 * same keys and a newer export that appends sets keeps every older key.
 */
import { type WallTime, wallDate, wallLocal } from "./dates.js";
import type { ImportedSet, ImportedWorkout, ImportFormat, SourceApp } from "./types.js";
import type { SetValues } from "./units.js";

/** Where a row belongs: the workout it starts and the run of rows ("block") it was written in. */
interface RowPlace {
  line: number;
  /** What the file repeats on every row of one workout (Strong's date to the second, Hevy's start and title). */
  signature: string;
  start: WallTime;
  exerciseName: string;
  /** A Spotter export's Source App for the row, when it names one (else the file's app). */
  app?: SourceApp;
  /** A Spotter export's Source Name for the row (else the exercise name). */
  sourceName?: string;
}

/** A row that is a set. */
export interface SetRow extends RowPlace {
  kind: "set";
  finishedAtMs: number | null;
  title: string | null;
  workoutNote: string | null;
  warmup: boolean;
  setType: ImportedSet["setType"];
  values: SetValues;
  note: string | null;
  /** The file's superset group within the workout (Hevy's superset_id), when it has one. */
  superset?: string | null;
  /** The exercise's note (Hevy's exercise_notes), given on the first row of the exercise's run. */
  exerciseNote?: string | null;
  category?: string;
}

/** Strong's "Note" pseudo-row: a note on an exercise, not a set. */
export interface NoteRow extends RowPlace {
  kind: "note";
  text: string | null;
}

/** A row that is skipped, with its reason in plain words. */
export interface SkippedRow {
  kind: "skip";
  line: number;
  reason: string;
}

/** What reading one row gives. */
export type RowOutcome = SetRow | NoteRow | SkippedRow;

interface Draft {
  workout: ImportedWorkout;
  /** Next free order per exercise name. */
  nextOrder: Map<string, number>;
  /** Line of the set holding each key, to name it when a row repeats it. */
  keyLines: Map<string, number>;
  notes: NoteRow[];
}

interface Block {
  signature: string;
  draft: Draft;
  /** Orders this block counts from, per name: 0 for a workout's first block. */
  base: Map<string, number>;
  counts: Map<string, number>;
}

const textOrNull = (s: string | null | undefined): string | null => (s && s.trim() !== "" ? s.trim() : null);

function newDraft(app: SourceApp, start: WallTime, instant: (w: WallTime) => number): Draft {
  const startLocal = wallLocal(start);
  return {
    workout: {
      key: `${app}|${startLocal}`,
      app,
      startLocal,
      date: wallDate(start),
      startedAtMs: instant(start),
      finishedAtMs: null,
      title: null,
      note: null,
      sets: [],
    },
    nextOrder: new Map(),
    keyLines: new Map(),
    notes: [],
  };
}

/** Keeps a Strong exercise note with the first set of that exercise in the workout; the reason says what happened. */
function placeNote(draft: Draft, n: NoteRow): string {
  const text = textOrNull(n.text);
  if (text === null) return "an empty exercise note, not a set";
  const set = draft.workout.sets.find((s) => s.exerciseName === n.exerciseName);
  if (!set) return "an exercise note, not a set (no set of that exercise to keep it on)";
  if (!(set.exerciseNote ?? "").includes(text))
    set.exerciseNote = set.exerciseNote ? `${set.exerciseNote} ${text}` : text;
  return "an exercise note, not a set (kept as the exercise's note in that workout)";
}

/**
 * Groups rows, given one at a time (the import streams them), into workouts, numbers the sets and reports every row that is not a set. Rows of one workout are one
 * block in a real export. A block that starts in the same minute as an earlier workout joins it (two workouts
 * started within a minute are one to us); a block that repeats an earlier block's exact signature (the same
 * workout written twice, as in two exports pasted together) counts its orders afresh, so its rows meet their
 * earlier twins' keys and are skipped as repeats, while any sets it adds beyond them are kept.
 */
export function workoutAssembler(
  format: ImportFormat,
  instant: (w: WallTime) => number,
): {
  add(o: RowOutcome): void;
  finish(): { workouts: ImportedWorkout[]; skipped: { line: number; reason: string }[] };
} {
  const drafts = new Map<string, Draft>();
  const bases = new Map<string, Map<string, number>>();
  const skipped: { line: number; reason: string }[] = [];
  let block: Block | null = null;
  const add = (o: RowOutcome): void => {
    if (o.kind === "skip") {
      skipped.push({ line: o.line, reason: o.reason });
      return;
    }
    const app = o.app ?? format;
    const signature = `${app}|${o.signature}`;
    if (block === null || block.signature !== signature) {
      const local = `${app}|${wallLocal(o.start)}`;
      const draft = drafts.get(local) ?? newDraft(app, o.start, instant);
      drafts.set(local, draft);
      const base: Map<string, number> = bases.get(signature) ?? new Map(draft.nextOrder);
      bases.set(signature, base);
      block = { signature, draft, base, counts: new Map() };
    }
    const { draft } = block;
    if (o.kind === "note") {
      draft.notes.push(o);
      return;
    }
    const name = o.sourceName ?? o.exerciseName;
    const inBlock = block.counts.get(name) ?? 0;
    block.counts.set(name, inBlock + 1);
    const order = (block.base.get(name) ?? 0) + inBlock;
    const key = `${draft.workout.key}|${name}|${order}`;
    const twin = draft.keyLines.get(key);
    if (twin !== undefined) {
      skipped.push({ line: o.line, reason: `repeats the set on line ${twin} (same workout, exercise and position)` });
      return;
    }
    draft.keyLines.set(key, o.line);
    draft.nextOrder.set(name, Math.max(draft.nextOrder.get(name) ?? 0, order + 1));
    const w = draft.workout;
    w.title ??= textOrNull(o.title);
    w.note ??= textOrNull(o.workoutNote);
    if (w.finishedAtMs === null && o.finishedAtMs !== null && o.finishedAtMs > w.startedAtMs) {
      w.finishedAtMs = o.finishedAtMs;
    }
    const set: ImportedSet = {
      key,
      line: o.line,
      exerciseName: o.exerciseName,
      sourceName: name,
      setIndex: order,
      warmup: o.warmup,
      setType: o.setType,
      ...o.values,
      note: textOrNull(o.note),
      ...(o.superset ? { supersetKey: o.superset } : {}),
    };
    const exerciseNote = textOrNull(o.exerciseNote);
    if (exerciseNote !== null) set.exerciseNote = exerciseNote;
    if (o.category !== undefined && o.category.trim() !== "") set.category = o.category.trim();
    w.sets.push(set);
  };
  const finish = () => {
    for (const d of drafts.values()) {
      for (const n of d.notes) skipped.push({ line: n.line, reason: placeNote(d, n) });
    }
    const workouts = [...drafts.values()]
      .map((d) => d.workout)
      .filter((w) => w.sets.length > 0)
      .sort((a, b) => (a.startLocal < b.startLocal ? -1 : a.startLocal > b.startLocal ? 1 : 0));
    skipped.sort((a, b) => a.line - b.line);
    return { workouts, skipped };
  };
  return { add, finish };
}

/** Groups a list of row outcomes into workouts (see `workoutAssembler`). */
export function assembleWorkouts(
  format: ImportFormat,
  outcomes: readonly RowOutcome[],
  instant: (w: WallTime) => number,
): { workouts: ImportedWorkout[]; skipped: { line: number; reason: string }[] } {
  const assembler = workoutAssembler(format, instant);
  for (const o of outcomes) assembler.add(o);
  return assembler.finish();
}
