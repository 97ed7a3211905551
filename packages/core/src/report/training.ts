/** X3 training done: sessions, sets, a per-exercise summary and the sessions that hurt. */
import type { Exercise } from "../records/exercise.js";
import type { SessionWithSets } from "../records/session.js";
import type { Unit } from "../records/vocab.js";
import { formatWeight } from "../units.js";
import { listText, num1, plural } from "./labels.js";
import type { ReportExerciseRow, ReportPainfulSession, ReportTraining } from "./types.js";

/** Pain during a set above this is a stop signal (G3), so a session with one is listed. */
const PAIN_STOP_ABOVE = 5;

const round1 = (n: number) => Math.round(n * 10) / 10;

interface Acc {
  sessions: Set<string>;
  workingSets: number;
  best: { kg: number; reps: number | null } | null;
  painSum: number;
  painCount: number;
  maxPain: number | null;
  sharp: number;
}

function isSharp(kind: string | null): boolean {
  return kind === "sharp" || kind === "radiating";
}

function painfulSession(s: SessionWithSets, names: (id: string) => string): ReportPainfulSession | null {
  let maxPain: number | null = null;
  const hurt = new Set<string>();
  let sharp = false;
  for (const set of s.sets) {
    if (set.pain !== null) maxPain = Math.max(maxPain ?? 0, set.pain);
    const high = set.pain !== null && set.pain > PAIN_STOP_ABOVE;
    if (high || isSharp(set.painKind)) hurt.add(names(set.exerciseId));
    if (isSharp(set.painKind)) sharp = true;
  }
  const after = s.painAfter !== null && s.painAfter > PAIN_STOP_ABOVE;
  const high = maxPain !== null && maxPain > PAIN_STOP_ABOVE;
  if (!high && !sharp && !after) return null;
  const why: string[] = [];
  if (high) why.push(`pain ${maxPain} during a set`);
  if (sharp) why.push("sharp or radiating pain during a set");
  if (after) why.push(`pain ${s.painAfter} after the session`);
  return {
    date: s.date,
    title: s.title,
    painBefore: s.painBefore,
    painAfter: s.painAfter,
    maxPain,
    why: listText(why),
    exercises: [...hurt],
    note: s.note && s.note.trim() !== "" ? s.note : null,
  };
}

/** Training over the range, with loads in the user's unit. */
export function trainingSection(
  sessions: readonly SessionWithSets[],
  exercises: ReadonlyMap<string, Exercise>,
  unit: Unit,
  from: string,
  to: string,
): ReportTraining {
  const inRange = sessions
    .filter((s) => s.date >= from && s.date <= to)
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
  const names = (id: string) => exercises.get(id)?.name ?? id.replace(/[-_]+/g, " ");
  const acc = new Map<string, Acc>();
  let workingSets = 0;
  let warmupSets = 0;
  let painSum = 0;
  let painCount = 0;
  for (const s of inRange) {
    for (const set of s.sets) {
      let a = acc.get(set.exerciseId);
      if (!a) {
        a = { sessions: new Set(), workingSets: 0, best: null, painSum: 0, painCount: 0, maxPain: null, sharp: 0 };
        acc.set(set.exerciseId, a);
      }
      a.sessions.add(s.id);
      if (set.pain !== null) {
        painSum += set.pain;
        painCount += 1;
        a.painSum += set.pain;
        a.painCount += 1;
        a.maxPain = Math.max(a.maxPain ?? 0, set.pain);
      }
      if (isSharp(set.painKind)) a.sharp += 1;
      if (set.warmup) {
        warmupSets += 1;
        continue;
      }
      workingSets += 1;
      a.workingSets += 1;
      const kg = set.loadKg;
      if (
        kg !== null &&
        kg > 0 &&
        (!a.best || kg > a.best.kg || (kg === a.best.kg && (set.reps ?? 0) > (a.best.reps ?? 0)))
      )
        a.best = { kg, reps: set.reps };
    }
  }
  const rows: ReportExerciseRow[] = [...acc].map(([id, a]) => ({
    exerciseId: id,
    name: names(id),
    sessions: a.sessions.size,
    workingSets: a.workingSets,
    bestLoadKg: a.best ? a.best.kg : null,
    bestLoadText: a.best
      ? `${formatWeight(a.best.kg, unit)}${a.best.reps !== null ? ` × ${a.best.reps}` : ""}`
      : "no load",
    meanPain: a.painCount ? round1(a.painSum / a.painCount) : null,
    maxPain: a.maxPain,
    sharpOrRadiating: a.sharp,
  }));
  rows.sort((x, y) => y.workingSets - x.workingSets || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const painful = inRange.map((s) => painfulSession(s, names)).filter((p): p is ReportPainfulSession => p !== null);
  const recoverySessions = inRange.filter((s) => s.recovery).length;
  const summary =
    inRange.length === 0
      ? "No training sessions were logged in this period."
      : `${plural(inRange.length, "session")} logged${recoverySessions ? ` (${recoverySessions} of them recovery sessions)` : ""}, with ${plural(workingSets, "working set")} across ${plural(rows.length, "exercise")}.` +
        ` ${painful.length === 0 ? "No session had pain above 5 or sharp or radiating pain." : `${plural(painful.length, "session")} had pain above 5, or sharp or radiating pain.`}` +
        (painCount
          ? ` Pain during sets averaged ${num1(painSum / painCount)} out of 10 over ${plural(painCount, "rated set")}.`
          : "");
  return { sessions: inRange.length, recoverySessions, workingSets, warmupSets, exercises: rows, painful, summary };
}

/** Working sets per exercise in the range (for "logged anyway" in training avoided). */
export function workingSetsByExercise(rows: readonly ReportExerciseRow[]): Map<string, number> {
  return new Map(rows.map((r) => [r.exerciseId, r.workingSets]));
}
