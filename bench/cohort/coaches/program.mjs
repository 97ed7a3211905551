// The comparison coaches: a usual program of the big barbell lifts with double progression. Pain-blind trains
// through everything; stop-only stops an exercise for the day when a set's pain passes 5 and never learns.
import { allExercises } from "@spotter/core";
import { provocation } from "../body.mjs";
import { dayOf } from "../day.mjs";
import { doSet, startingLoad } from "../lift.mjs";

const byId = new Map(allExercises().map((e) => [e.id, e]));
/** Two alternating sessions of the big lifts, 3 working sets each. */
export const PROGRAM = [
  ["back-squat", "bench-press", "barbell-bent-over-row"],
  ["conventional-deadlift", "overhead-press", "lat-pulldown"],
];
const REPS = [6, 10];
const TARGET_RIR = 2;
const SETS = 3;

/** A program coach: `stopAbove` is the set pain above which the exercise stops for the day (null: never). */
export function programCoach(lifter, { name, stopAbove, plannedOn }) {
  const loads = new Map();
  let sessionCount = 0;
  return {
    name,
    plannedOn,
    day(n, body, hiddenPain, rng) {
      const out = { planned: plannedOn(dayOf(n)), rest: false, full: false, provocation: 0, trained: false, sets: [] };
      if (!out.planned) return out;
      const exercises = PROGRAM[sessionCount++ % PROGRAM.length].map((id) => byId.get(id));
      let stopped = false;
      for (const exercise of exercises) {
        const load = loads.get(exercise.id) ?? startingLoad(body.capacity, exercise, REPS, TARGET_RIR);
        let done = 0;
        let topAll = true;
        let intensitySum = 0;
        for (let k = 0; k < SETS; k++) {
          const r = doSet({
            lifter,
            body,
            exercise,
            loadKg: load,
            reps: REPS,
            targetRir: TARGET_RIR,
            setIndex: k,
            painToday: hiddenPain,
            rng: rng.session,
          });
          done++;
          intensitySum += r.intensity;
          out.sets.push({ exercise, rir: r.rir, loaded: r.loaded });
          if (r.reps < REPS[1]) topAll = false;
          if (stopAbove !== null && r.pain > stopAbove) {
            stopped = true;
            topAll = false;
            break;
          }
        }
        // Double progression: every set at the top of the range at the target effort adds one barbell step.
        const step = exercise.increment.kg > 0 ? exercise.increment.kg : 2.5;
        loads.set(exercise.id, topAll ? load + step : load);
        out.provocation += provocation(lifter, exercise, intensitySum / done, done);
      }
      out.trained = true;
      out.full = !stopped;
      return out;
    },
  };
}
