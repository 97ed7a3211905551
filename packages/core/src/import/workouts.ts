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
  /** Next free order per exercise name: the orders taken are always 0 .. next - 1 (see `add`). */
  nextOrder: Map<string, number>;
  /** The line of the set holding each order, per name, to name it when a row repeats it. */
  lines: Map<string, number[]>;
  /** The first set of each exercise name as the file gives it, and the block that holds it. */
  first: Map<string, { set: ImportedSet; block: number }>;
  /** Note rows still waiting for a set of their exercise. */
  notes: NoteRow[];
  sets: number;
}

interface Block {
  /** A serial number: sets of earlier blocks are already handed over. */
  serial: number;
  signature: string;
  draft: Draft;
  /** Orders this block counts from, per name: 0 for a workout's first block. */
  base: Map<string, number>;
  counts: Map<string, number>;
  sets: ImportedSet[];
}

/** Where the assembler hands its sets, one run of rows ("block") at a time. */
export interface BlockSink {
  /**
   * The sets of one block, in file order. The workout object is the same for every block of a workout; the
   * assembler never fills its `sets` (a collecting sink may), and its title, note and finish may still change.
   */
  block(workout: ImportedWorkout, sets: ImportedSet[]): void;
  /** An exercise note joined a set that an earlier block handed over (its `exerciseNote` is now the full text). */
  noteLater?(workout: ImportedWorkout, set: ImportedSet): void;
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
    lines: new Map(),
    first: new Map(),
    notes: [],
    sets: 0,
  };
}

/** Joins a note to a set's exercise note unless it holds it already; answers whether it changed. */
function joinNote(set: ImportedSet, text: string): boolean {
  if ((set.exerciseNote ?? "").includes(text)) return false;
  set.exerciseNote = set.exerciseNote ? `${set.exerciseNote} ${text}` : text;
  return true;
}

const KEPT = "an exercise note, not a set (kept as the exercise's note in that workout)";

/**
 * Groups rows, given one at a time (the import streams them), into workouts, numbers the sets and reports every
 * row that is not a set; each run of rows ("block") goes to `sink` when the next begins, so no more than one
 * workout's sets are held. Rows of one workout are one block in a real export. A block that starts in the same
 * minute as an earlier workout joins it (two workouts started within a minute are one to us); a block that repeats
 * an earlier block's exact signature (the same workout written twice, as in two exports pasted together) counts
 * its orders afresh, so its rows meet their earlier twins' keys and are skipped as repeats, while any sets it adds
 * beyond them are kept. A Strong exercise note is kept with the first set of that exercise in the workout.
 * `finish` answers every workout with sets (their `sets` as the sink left them), oldest first.
 */
export function streamWorkouts(
  format: ImportFormat,
  instant: (w: WallTime) => number,
  sink: BlockSink,
  skip: (line: number, reason: string) => void,
): { add(o: RowOutcome): void; finish(): ImportedWorkout[] } {
  const drafts = new Map<string, Draft>();
  const bases = new Map<string, Map<string, number>>();
  let block: Block | null = null;
  let serial = 0;
  /** Places the draft's waiting notes whose exercise now has a set; a set handed over already is told to the sink. */
  const placeNotes = (draft: Draft, current: number): void => {
    draft.notes = draft.notes.filter((n) => {
      const first = draft.first.get(n.exerciseName);
      if (!first) return true;
      if (joinNote(first.set, n.text ?? "") && first.block !== current) sink.noteLater?.(draft.workout, first.set);
      skip(n.line, KEPT);
      return false;
    });
  };
  const flush = (): void => {
    if (block === null) return;
    const b = block;
    placeNotes(b.draft, b.serial);
    if (b.sets.length > 0) sink.block(b.draft.workout, b.sets);
    block = null;
  };
  const add = (o: RowOutcome): void => {
    if (o.kind === "skip") {
      skip(o.line, o.reason);
      return;
    }
    const app = o.app ?? format;
    const signature = `${app}|${o.signature}`;
    if (block === null || block.signature !== signature) {
      flush();
      const local = `${app}|${wallLocal(o.start)}`;
      const draft = drafts.get(local) ?? newDraft(app, o.start, instant);
      drafts.set(local, draft);
      const base: Map<string, number> = bases.get(signature) ?? new Map(draft.nextOrder);
      bases.set(signature, base);
      block = { serial: ++serial, signature, draft, base, counts: new Map(), sets: [] };
    }
    const { draft } = block;
    if (o.kind === "note") {
      if (textOrNull(o.text) === null) skip(o.line, "an empty exercise note, not a set");
      else draft.notes.push({ ...o, text: textOrNull(o.text) });
      return;
    }
    const name = o.sourceName ?? o.exerciseName;
    const inBlock = block.counts.get(name) ?? 0;
    block.counts.set(name, inBlock + 1);
    const order = (block.base.get(name) ?? 0) + inBlock;
    // Every block counts from a base no higher than the next free order, one up per row, so the orders taken are
    // always 0 .. next - 1: an order below it is a repeat, and a new one is exactly the next.
    const next = draft.nextOrder.get(name) ?? 0;
    const lines = draft.lines.get(name) ?? [];
    draft.lines.set(name, lines);
    if (order < next) {
      skip(o.line, `repeats the set on line ${lines[order]} (same workout, exercise and position)`);
      return;
    }
    lines.push(o.line);
    draft.nextOrder.set(name, order + 1);
    const w = draft.workout;
    w.title ??= textOrNull(o.title);
    w.note ??= textOrNull(o.workoutNote);
    if (w.finishedAtMs === null && o.finishedAtMs !== null && o.finishedAtMs > w.startedAtMs) {
      w.finishedAtMs = o.finishedAtMs;
    }
    const set: ImportedSet = {
      key: `${w.key}|${name}|${order}`,
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
    if (!draft.first.has(o.exerciseName)) draft.first.set(o.exerciseName, { set, block: block.serial });
    draft.sets++;
    block.sets.push(set);
  };
  const finish = (): ImportedWorkout[] => {
    flush();
    for (const d of drafts.values()) {
      for (const n of d.notes) skip(n.line, "an exercise note, not a set (no set of that exercise to keep it on)");
    }
    return [...drafts.values()]
      .filter((d) => d.sets > 0)
      .map((d) => d.workout)
      .sort((a, b) => (a.startLocal < b.startLocal ? -1 : a.startLocal > b.startLocal ? 1 : 0));
  };
  return { add, finish };
}

/**
 * Groups rows, given one at a time, into workouts holding all their sets (see `streamWorkouts`); the skipped rows
 * in line order.
 */
export function workoutAssembler(
  format: ImportFormat,
  instant: (w: WallTime) => number,
): {
  add(o: RowOutcome): void;
  finish(): { workouts: ImportedWorkout[]; skipped: { line: number; reason: string }[] };
} {
  const skipped: { line: number; reason: string }[] = [];
  const stream = streamWorkouts(
    format,
    instant,
    {
      block(workout, sets) {
        for (const s of sets) workout.sets.push(s);
      },
    },
    (line, reason) => skipped.push({ line, reason }),
  );
  return {
    add: stream.add,
    finish() {
      const workouts = stream.finish();
      skipped.sort((a, b) => a.line - b.line);
      return { workouts, skipped };
    },
  };
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
