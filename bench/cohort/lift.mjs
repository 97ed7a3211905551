// What happens in one set, for every coach alike: reps from the load and the lifter's true 1RM, an honest but noisy
// effort report, and pain during the set from the morning's pain plus the exercise's provocation.
import { isLoaded, PLANNED_INTENSITY, provocation, trueOneRm, UNLOADED_INTENSITY } from "./body.mjs";

/** A starting load a sensible lifter picks for an exercise with no target yet: the top of the range with room. */
export function startingLoad(capacity, exercise, reps, targetRir) {
  const oneRm = trueOneRm(capacity, exercise);
  const step = exercise.increment.kg > 0 ? exercise.increment.kg : 1;
  const load = oneRm / (1 + (reps[1] + targetRir + 1) / 30);
  return Math.max(step, Math.floor(load / step) * step);
}

/** Relative intensity of a load for the lifter today. */
export function intensityOf(capacity, exercise, loadKg) {
  if (!isLoaded(exercise) || !loadKg) return UNLOADED_INTENSITY;
  const oneRm = trueOneRm(capacity, exercise);
  return oneRm > 0 ? Math.min(1, loadKg / oneRm) : PLANNED_INTENSITY;
}

/**
 * One set. `painToday` is the hidden morning pain; `rng` the session stream. Answers what the lifter logs (reps,
 * rir, pain, painKind) and the set's relative intensity.
 */
export function doSet({ lifter, body, exercise, loadKg, reps, targetRir, setIndex, painToday, rng }) {
  const loaded = isLoaded(exercise) && loadKg > 0;
  const intensity = intensityOf(body.capacity, exercise, loaded ? loadKg : null);
  let done = reps[1];
  let rir = targetRir;
  if (loaded) {
    const oneRm = trueOneRm(body.capacity, exercise);
    const repsMax = 30 * (oneRm / loadKg - 1) - 0.7 * setIndex;
    done = Math.max(1, Math.min(reps[1], Math.floor(repsMax - targetRir)));
    rir = Math.max(0, Math.min(6, Math.round(repsMax - done + rng.normal(0.6))));
  }
  const perDose = provocation(lifter, exercise, intensity, 3);
  const acute = 0.8 * perDose * (0.5 + 0.25 * setIndex);
  const pain = Math.max(0, Math.min(10, Math.round(painToday + acute + rng.normal(0.5))));
  let painKind = pain === 0 ? "none" : "tightness";
  if (pain >= lifter.pain.sharpAt && acute >= 1 && rng.chance(0.5)) {
    painKind = lifter.pain.radiatingProne && rng.chance(0.5) ? "radiating" : "sharp";
  }
  return { reps: done, rir, pain, painKind, intensity, loaded };
}
