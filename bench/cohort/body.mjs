// The hidden body of a simulated lifter: how an exercise provokes pain (by its catalog load profile and relative
// intensity), how pain carries to the next morning and flares, and how latent strength grows and fades. Coaches
// never read this module's state; they see only what the lifter reports. Assumptions are in README.md.
import { hashUnit } from "./streams.mjs";

/** Relative intensity (load / current 1RM) of a planned working set: about 10 reps at 2 in reserve (Epley). */
export const PLANNED_INTENSITY = 1 / (1 + 12 / 30);
/** Nominal relative intensity of an exercise without external load (bodyweight, holds, mobility). */
export const UNLOADED_INTENSITY = 0.55;
/** How much of the spine's load each kind of support leaves (C1 support). */
export const SUPPORT_FACTOR = { free: 1, braced: 0.9, guided: 0.75, supported: 0.6 };
/** Share of a session's provocation that is still felt the next morning. */
export const CARRY = 0.6;
/** Flare-up: provocation above this adds to a slow-decaying flare state. */
export const FLARE_FROM = 1;
/** Flare-up gain per point of provocation above FLARE_FROM, and its daily decay. */
export const FLARE_GAIN = 0.5;
export const FLARE_DECAY = 0.7;
/** Pain of this much or more (hidden, in the morning) is a flare day. */
export const FLARE_DAY_PAIN = 6;
/** A true trigger's expected next-morning rise at planned working intensity (DESIGN "Added 2026-12"). */
export const TRUE_TRIGGER_RISE = 2;

const EQUIPMENT_FACTOR = {
  barbell: 1,
  "smith-machine": 1,
  "leg-press": 1.8,
  machines: 0.9,
  cable: 0.7,
  dumbbells: 0.4,
  kettlebell: 0.4,
};

/** Whether the simulated lifter puts external load on an exercise (the coaches get a load for these). */
export function isLoaded(exercise) {
  if (exercise.loaded === false || (exercise.measure ?? "reps") !== "reps") return false;
  return exercise.equipment.some((e) => e in EQUIPMENT_FACTOR);
}

/** The exercise's own factor: how much of its muscles' capacity shows as its 1RM in kg. */
export function exerciseFactor(exercise) {
  const eq = exercise.equipment.find((e) => e in EQUIPMENT_FACTOR);
  let f = eq ? EQUIPMENT_FACTOR[eq] : 0.5;
  if (exercise.laterality === "unilateral") f *= 0.5;
  if (exercise.pattern === "isolation" || exercise.primaryMuscles.length === 1) f *= 0.7;
  if (exercise.pattern === "hinge") f *= 1.15;
  // Each exercise keeps its own +-15%: two squats are not the same lift.
  return f * (0.85 + 0.3 * hashUnit("factor", exercise.id));
}

function muscleWeights(exercise) {
  const w = new Map();
  for (const m of exercise.primaryMuscles) w.set(m, 1);
  for (const m of exercise.secondaryMuscles) if (!w.has(m)) w.set(m, 0.3);
  return w;
}

/** The exercise's true 1RM in kg from the lifter's current capacities. */
export function trueOneRm(capacity, exercise) {
  let sum = 0;
  let weight = 0;
  for (const [m, w] of muscleWeights(exercise)) {
    if (capacity[m] === undefined) continue;
    sum += w * capacity[m];
    weight += w;
  }
  return weight > 0 ? (exerciseFactor(exercise) * sum) / weight : 0;
}

/** Provocation (pain points) of `sets` working sets of an exercise at a relative intensity, for one lifter. */
export function provocation(lifter, exercise, intensity, sets) {
  if (lifter.sensitivities.length === 0 || sets <= 0) return 0;
  const support = SUPPORT_FACTOR[exercise.load.support] ?? 1;
  const scale = intensity / PLANNED_INTENSITY;
  let p = 0;
  for (const s of lifter.sensitivities) {
    const x = exercise.load[s.direction] * support * scale;
    if (x > s.threshold) p += s.slope * (x - s.threshold);
  }
  return p * Math.sqrt(sets / 3);
}

/** The expected next-morning rise after a session of this exercise alone. */
export function expectedRise(p) {
  return CARRY * p + FLARE_GAIN * Math.max(0, p - FLARE_FROM);
}

/** True triggers of a lifter: exercises whose expected next-morning rise at planned working intensity is 2+. */
export function trueTriggers(lifter, exercises) {
  const out = new Set();
  for (const e of exercises) {
    const intensity = isLoaded(e) ? PLANNED_INTENSITY : UNLOADED_INTENSITY;
    if (expectedRise(provocation(lifter, e, intensity, 3)) >= TRUE_TRIGGER_RISE) out.add(e.id);
  }
  return out;
}

/** A fresh hidden state for a lifter on day 0. */
export function newBody(lifter) {
  return {
    baseline: lifter.pain.base,
    target: lifter.pain.base,
    flare: 0,
    carry: 0,
    capacity: { ...lifter.capacity },
    start: { ...lifter.capacity },
    lastStimulus: {},
  };
}

/** The hidden pain this morning. */
export function morningPain(body) {
  return Math.min(10, Math.max(0, body.baseline + body.flare + body.carry));
}

/**
 * The night after a day: the day's provocation becomes tomorrow's carry-over and feeds the flare state; sensible
 * loading lowers the baseline's target, repeated provocation raises it; the baseline drifts toward its target with
 * day-to-day noise from the morning stream.
 */
export function overnight(lifter, body, dayProvocation, trained, rng) {
  body.carry = CARRY * dayProvocation;
  body.flare = FLARE_DECAY * body.flare + FLARE_GAIN * Math.max(0, dayProvocation - FLARE_FROM);
  if (trained && dayProvocation < 0.5) body.target = Math.max(lifter.pain.floor, body.target - 0.02);
  else if (dayProvocation > 1.5)
    body.target = Math.min(lifter.pain.base + 2, body.target + 0.03 * (dayProvocation - 1.5));
  else if (!trained) body.target += 0.005 * (lifter.pain.base - body.target);
  body.baseline += 0.15 * (body.target - body.baseline) + rng.normal(0.25);
  body.baseline = Math.min(9, Math.max(0, body.baseline));
}

/** Hard-set stimulus of one working set on its muscles (primary 1, secondary 0.5), added to a day's tally. */
export function addStimulus(tally, exercise, rir, loaded) {
  if (rir > 4) return;
  const effort = (rir <= 3 ? 1 : 0.5) * (loaded ? 1 : 0.5);
  for (const m of exercise.primaryMuscles) tally[m] = (tally[m] ?? 0) + effort;
  for (const m of exercise.secondaryMuscles) tally[m] = (tally[m] ?? 0) + 0.5 * effort;
}

/** Per-session growth per hard set, as a share of the starting capacity, before saturation. */
export const GROWTH_PER_SET = 0.004;
/** Hard sets per muscle per day beyond which more sets add nothing. */
export const SETS_PER_DAY_CAP = 6;

/** Strength after a day: growth from the day's hard sets (saturating toward the ceiling), detraining after a week off. */
export function adaptStrength(lifter, body, tally, day) {
  for (const m of Object.keys(body.capacity)) {
    const sets = Math.min(SETS_PER_DAY_CAP, tally[m] ?? 0);
    const start = body.start[m];
    const ceiling = start * (1 + lifter.headroom);
    if (sets > 0) {
      const room = Math.max(0, 1 - body.capacity[m] / ceiling);
      body.capacity[m] += GROWTH_PER_SET * sets * start * room * (1 / lifter.headroom);
      body.lastStimulus[m] = day;
    } else if (day - (body.lastStimulus[m] ?? 0) > 7) {
      body.capacity[m] = Math.max(0.9 * start, body.capacity[m] * (1 - 0.0025));
    }
  }
}
