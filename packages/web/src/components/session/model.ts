/**
 * The live session's view logic, pure so it can be tested: the day's exercise list (plan, swaps and additions),
 * the sets logged so far with those still waiting to sync, warm-ups (G1), where each exercise stands, the next set's
 * prefill, and last time's numbers.
 */
import {
  type SetGuidance as CoreGuidance,
  type Exercise,
  fromUnit,
  type LoggedSet,
  type PainKind,
  replaySessionGuidance,
  type SetInput,
  type Unit,
  warmupSets,
} from "@spotter/core";
import type { OutboxEntry } from "../../api/outbox.js";
import type { BlockKind, PlanBlock, PlanItem } from "../../api/session.js";
import type { NextTarget, SessionListItem } from "../../api/types.js";
import { displayWeight } from "../../lib/format.js";

/** One exercise of today's session as the screen shows it. */
export interface SessionItem extends PlanItem {
  kind: BlockKind | "added";
  /** The exercise this one stands in for after a stop or a swap. */
  replaces?: string;
}

/** What the user added to the plan today (kept per session on the device). */
export interface AddedExercise {
  exerciseId: string;
  replaces?: string;
}

/** A set as the screen shows it: stored, or still in the outbox. */
export type ViewSet = LoggedSet & { pending?: boolean; syncError?: string };

const DEFAULT_ITEM: Omit<PlanItem, "exerciseId"> = { sets: 3, reps: [8, 12], targetRir: 2, restSeconds: 90 };

/** Words for a block kind. */
export const KIND_LABEL: Record<SessionItem["kind"], string> = {
  alignment: "Alignment",
  main: "Main work",
  "glute-core": "Glutes and core",
  recovery: "Recovery",
  cooldown: "Cool-down",
  added: "Added today",
};

/**
 * The day's exercises in order: planned items, a stand-in placed right after the exercise it replaces, other
 * additions at the end, and any exercise with logged sets that is in neither (logged from another device).
 */
export function buildItems(
  blocks: readonly PlanBlock[] | null | undefined,
  added: readonly AddedExercise[],
  sets: readonly { exerciseId: string }[],
  measureOf: (exerciseId: string) => "reps" | "seconds" | "distance" = () => "reps",
): SessionItem[] {
  const items: SessionItem[] = [];
  for (const b of blocks ?? []) for (const it of b.items) items.push({ ...it, kind: b.kind });
  const has = (id: string) => items.some((i) => i.exerciseId === id);
  const fresh = (exerciseId: string, replaces?: string): SessionItem => {
    const base = replaces ? items.find((i) => i.exerciseId === replaces) : undefined;
    const seconds = measureOf(exerciseId) === "seconds" ? (base?.seconds ?? 30) : undefined;
    return {
      ...DEFAULT_ITEM,
      ...(base ? { sets: base.sets, reps: base.reps, targetRir: base.targetRir, restSeconds: base.restSeconds } : {}),
      exerciseId,
      seconds,
      beltCue: undefined,
      kind: base?.kind ?? "added",
      replaces,
      why: undefined,
      loadKg: undefined,
    };
  };
  for (const a of added) {
    if (has(a.exerciseId)) continue;
    const at = a.replaces ? items.findIndex((i) => i.exerciseId === a.replaces) : -1;
    const item = fresh(a.exerciseId, a.replaces);
    if (at >= 0) items.splice(at + 1, 0, item);
    else items.push(item);
  }
  for (const s of sets) if (!has(s.exerciseId)) items.push(fresh(s.exerciseId));
  return items;
}

/** A set waiting in the outbox. */
export type WaitingSet = Extract<OutboxEntry, { kind: "set" }>;

/** A waiting outbox entry shown as a set (ids are the clientId until the server gives one). */
export function pendingAsSet(e: WaitingSet): ViewSet {
  const i = e.input;
  return {
    id: `pending-${i.clientId}`,
    clientId: i.clientId,
    sessionId: e.sessionRef,
    exerciseId: i.exerciseId,
    setIndex: i.setIndex,
    warmup: i.warmup,
    setType: i.setType ?? "normal",
    reps: i.reps ?? null,
    loadKg: i.loadKg ?? null,
    seconds: i.seconds ?? null,
    distanceM: i.distanceM ?? null,
    rir: i.rir ?? null,
    rpe: i.rpe ?? null,
    belt: i.belt,
    pain: i.pain,
    painKind: i.painKind,
    flagged: false,
    createdAt: e.queuedAt,
    updatedAt: e.queuedAt,
    pending: true,
    syncError: e.error,
  };
}

/** G6: stored sets plus waiting ones, each clientId once (a set the server already has is never shown twice). */
export function mergeSets(stored: readonly LoggedSet[], waiting: readonly OutboxEntry[]): ViewSet[] {
  const known = new Set(stored.map((s) => s.clientId));
  const out: ViewSet[] = [...stored];
  for (const e of waiting) if (e.kind === "set" && !known.has(e.input.clientId)) out.push(pendingAsSet(e));
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** G3 replayed over the view's sets: the exercises stopped today and the last guidance of each exercise. */
export function replay(
  sets: readonly ViewSet[],
  painBefore: number | null,
  exercisesById: ReadonlyMap<string, Exercise>,
  unit: Unit,
  recoveryExerciseIds?: readonly string[],
): { stopped: string[]; last: Map<string, CoreGuidance> } {
  const r = replaySessionGuidance({
    sets,
    sessionPainBefore: painBefore,
    exercisesById,
    unit,
    recoveryExerciseIds: recoveryExerciseIds ? [...recoveryExerciseIds] : undefined,
  });
  const last = new Map<string, CoreGuidance>();
  for (const step of r.steps) last.set(step.set.exerciseId, step.guidance);
  return { stopped: r.stoppedExerciseIds, last };
}

/** The working load the day aims at: the plan's load, else the next target's, else last time's top working set. */
export function workingLoadKg(
  item: Pick<PlanItem, "loadKg">,
  next: Pick<NextTarget, "loadKg"> | undefined,
  lastTime: readonly LoggedSet[] | undefined,
): number | null {
  if (item.loadKg) return item.loadKg;
  if (next?.loadKg) return next.loadKg;
  const loads = (lastTime ?? []).filter((s) => !s.warmup && s.loadKg).map((s) => s.loadKg as number);
  return loads.length ? Math.max(...loads) : null;
}

/** G1: warm-ups for loaded main lifts (ramp to the working load), never belted; none for other blocks. */
export function plannedWarmups(
  item: SessionItem,
  exercise: Exercise | undefined,
  loadKg: number | null,
  unit: Unit,
): { loadKg: number; reps: number }[] {
  if (!exercise || loadKg === null) return [];
  if (item.kind !== "main" && item.kind !== "added") return [];
  return warmupSets({ workingLoadKg: loadKg, reps: item.reps[1], exercise, unit }).map((w) => ({
    loadKg: w.loadKg,
    reps: w.reps,
  }));
}

/** Where an exercise stands today. */
export interface ItemProgress {
  warmupsDone: number;
  workingDone: number;
  stopped: boolean;
  done: boolean;
}

/** Counts of logged warm-ups and working sets against the plan. */
export function progressOf(
  item: SessionItem,
  sets: readonly ViewSet[],
  warmups: number,
  stopped: readonly string[],
): ItemProgress {
  const mine = sets.filter((s) => s.exerciseId === item.exerciseId);
  const workingDone = mine.filter((s) => !s.warmup).length;
  const isStopped = stopped.includes(item.exerciseId);
  return {
    warmupsDone: Math.min(warmups, mine.filter((s) => s.warmup).length),
    workingDone,
    stopped: isStopped,
    done: isStopped || workingDone >= item.sets,
  };
}

/** The first exercise still to do, else the last one. */
export function firstOpenIndex(progress: readonly ItemProgress[]): number {
  const i = progress.findIndex((p) => !p.done);
  return i >= 0 ? i : Math.max(0, progress.length - 1);
}

/** Effort (RIR or RPE) is asked of sets worked near a limit: not of holds, rolling, stretches or warm-ups. */
export function effortCounts(item: Pick<PlanItem, "targetRir" | "seconds">): boolean {
  return item.targetRir < 5 && !item.seconds;
}

/** What the set form holds; load and seconds in the user's unit. */
export interface Draft {
  reps: number;
  load: number;
  seconds: number;
  warmup: boolean;
  effortMode: "rir" | "rpe";
  rir: number | null;
  rpe: number | null;
  belt: boolean;
  /** Back pain during the set: null until the user taps a value (UX.md: a pain value is always the user's choice). */
  pain: number | null;
  /** True while `pain` is the session's last set's value, shown as "Same as your last set". */
  painFromLast: boolean;
  painKind: PainKind;
}

/** The next set's prefill: the next warm-up, else the guidance's next set, else the day's target. */
export function nextDraft(opts: {
  item: SessionItem;
  progress: ItemProgress;
  warmups: readonly { loadKg: number; reps: number }[];
  sets: readonly ViewSet[];
  guidance: Pick<CoreGuidance, "next" | "beltCue"> | undefined;
  targetLoadKg: number | null;
  lastTime: readonly LoggedSet[] | undefined;
  unit: Unit;
}): Draft {
  const { item, progress, unit } = opts;
  // The session's first set waits for a pain tap; after that the last set's value is offered as a visible choice.
  // The session's starting pain never carries into a set (UX.md "Added 2026-12").
  const lastOfSession = opts.sets.at(-1);
  const pain = lastOfSession?.pain ?? null;
  const painKind: PainKind = lastOfSession?.painKind === "tightness" ? "tightness" : "none";
  const base = {
    seconds: item.seconds ?? 30,
    effortMode: "rir" as const,
    rpe: null,
    pain,
    painFromLast: pain !== null,
    painKind,
  };
  const w = opts.warmups[progress.warmupsDone];
  if (w && progress.workingDone === 0) {
    return { ...base, reps: w.reps, load: displayWeight(w.loadKg, unit), warmup: true, rir: null, belt: false };
  }
  const mine = opts.sets.filter((s) => s.exerciseId === item.exerciseId && !s.warmup);
  const prev = mine.at(-1);
  const lastWorking = (opts.lastTime ?? []).filter((s) => !s.warmup);
  let loadKg = opts.targetLoadKg;
  let reps = lastWorking[0]?.reps ?? item.reps[1];
  if (prev) {
    loadKg = prev.loadKg;
    reps = prev.reps ?? reps;
    if (prev.seconds) base.seconds = prev.seconds;
    if (opts.guidance?.next) {
      if (opts.guidance.next.loadKg !== null) loadKg = opts.guidance.next.loadKg;
      if (opts.guidance.next.reps !== null) reps = opts.guidance.next.reps;
    }
  }
  // G4: the plan names the one cued working set by its 1-based number; after a set, the guidance decides.
  const isCued = item.beltCue !== undefined && progress.workingDone + 1 === item.beltCue;
  const belt = prev ? Boolean(opts.guidance?.beltCue) : isCued;
  return {
    ...base,
    reps: Math.max(0, reps),
    load: loadKg ? displayWeight(loadKg, unit) : 0,
    warmup: false,
    rir: effortCounts(item) ? Math.min(4, item.targetRir) : null,
    belt,
  };
}

/** The POST body of a draft; null while its pain is not chosen (a set is never sent with a pain nobody chose). */
export function draftToInput(
  d: Draft,
  opts: { clientId: string; exerciseId: string; setIndex: number; unit: Unit; measure: string },
): SetInput | null {
  if (d.pain === null || !Number.isInteger(d.pain) || d.pain < 0 || d.pain > 10) return null;
  const timed = opts.measure === "seconds";
  return {
    clientId: opts.clientId,
    exerciseId: opts.exerciseId,
    setIndex: opts.setIndex,
    warmup: d.warmup,
    reps: timed ? null : d.reps,
    seconds: timed ? d.seconds : null,
    loadKg: d.load > 0 ? fromUnit(d.load, opts.unit) : null,
    rir: d.warmup ? null : d.effortMode === "rir" ? d.rir : null,
    rpe: d.warmup ? null : d.effortMode === "rpe" ? d.rpe : null,
    belt: d.warmup ? false : d.belt,
    pain: d.pain,
    painKind: d.painKind,
  };
}

/** The working sets of the most recent earlier session that holds this exercise, with that session's day. */
export function lastTimeOf(
  history: readonly SessionListItem[],
  exerciseId: string,
  currentSessionId: string,
): { date: string; sets: LoggedSet[] } | null {
  const sorted = [...history]
    .filter((s) => s.id !== currentSessionId)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.startedAt < b.startedAt ? 1 : -1));
  for (const s of sorted) {
    const sets = (s.sets ?? []).filter((x) => x.exerciseId === exerciseId);
    if (sets.length) return { date: s.date, sets: [...sets].sort((a, b) => a.setIndex - b.setIndex) };
  }
  return null;
}
