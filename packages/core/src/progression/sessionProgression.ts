/**
 * The next targets of every exercise of a finished session, in one call (what `POST /sessions/:id/finish` answers
 * as `progression`). It only gathers inputs for `nextTargets`; the rules live there.
 */
import type { Exercise } from "../records/exercise.js";
import type { Settings } from "../records/profile.js";
import type { Unit } from "../records/vocab.js";
import { type NextTargets, type NextTargetsInput, nextTargets } from "./doubleProgression.js";
import type { CheckinPain, ProgressionTriggerStatus, SessionLog } from "./types.js";

/** What the session-wide progression reads. */
export interface SessionProgressionInput {
  /** The session just finished (it must also be in `history` or it is added). */
  session: SessionLog;
  /** The user's sessions with their sets. */
  history: ReadonlyArray<SessionLog>;
  exercisesById: ReadonlyMap<string, NextTargetsInput["exercise"]>;
  checkins: ReadonlyArray<CheckinPain>;
  settings?: Pick<Settings, "targetRir">;
  unit: Unit;
  nowMs: number;
  timeZone?: string;
  /** T2 status of an exercise (default "unknown"). */
  statusOf?: (exerciseId: string) => ProgressionTriggerStatus;
  /** O4: what an exercise stands in for, when the plan swapped it in. */
  replacesOf?: (exerciseId: string) => NextTargetsInput["replaces"] | undefined;
  /** Rep range per exercise (default 8-12). */
  repRangeOf?: (exerciseId: string) => readonly [number, number] | undefined;
  deload?: boolean;
}

/** O1-O5, M1: next targets for each exercise with working sets in the session, in the order first logged. */
export function sessionProgression(input: SessionProgressionInput): NextTargets[] {
  const history = input.history.some((s) => s.id === input.session.id)
    ? input.history
    : [...input.history, input.session];
  const ids: string[] = [];
  for (const s of input.session.sets) if (!s.warmup && !ids.includes(s.exerciseId)) ids.push(s.exerciseId);
  const out: NextTargets[] = [];
  for (const id of ids) {
    const exercise: Pick<Exercise, "id" | "name" | "increment" | "easier" | "harder" | "measure"> =
      input.exercisesById.get(id) ?? { id, name: id, increment: { kg: 0, lb: 0 } };
    const replaces = input.replacesOf?.(id);
    const repRange = input.repRangeOf?.(id);
    out.push(
      nextTargets({
        exercise,
        history,
        checkins: input.checkins,
        unit: input.unit,
        nowMs: input.nowMs,
        status: input.statusOf?.(id) ?? "unknown",
        ...(input.settings ? { settings: input.settings } : {}),
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
        ...(replaces ? { replaces } : {}),
        ...(repRange ? { repRange } : {}),
        ...(input.deload ? { deload: true } : {}),
      }),
    );
  }
  return out;
}
