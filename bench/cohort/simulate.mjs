// The cohort run: every lifter under every coach, the same lifters and the same random streams, and the figures of
// issue 11 from the hidden state (flare days, strength) and from what the coaches concluded (triggers).
import { allExercises } from "@spotter/core";
import { adaptStrength, addStimulus, FLARE_DAY_PAIN, morningPain, newBody, overnight, trueTriggers } from "./body.mjs";
import { programCoach } from "./coaches/program.mjs";
import { spotterCoach } from "./coaches/spotter.mjs";
import { MAJOR_MUSCLES, makeLifter } from "./lifters.mjs";
import { stream } from "./streams.mjs";

const CATALOG = allExercises();
/** The coaches in the order the table prints them. */
export const COACHES = ["spotter", "painBlind", "stopOnly"];

function makeCoaches(lifter) {
  const spotter = spotterCoach(lifter);
  // The program trains on the same weekdays as Spotter's plan, so every coach has the same planned days.
  const plannedOn = spotter.plannedOn;
  return {
    spotter,
    painBlind: programCoach(lifter, { name: "painBlind", stopAbove: null, plannedOn }),
    stopOnly: programCoach(lifter, { name: "stopOnly", stopAbove: 5, plannedOn }),
  };
}

/** One lifter under one coach for `days` days: the per-lifter figures. */
function runLifter(seed, lifter, coach, days) {
  const body = newBody(lifter);
  const tally = { flareDays: 0, restDays: 0, fullDays: 0 };
  for (let n = 0; n < days; n++) {
    const rng = {
      morning: stream(seed, lifter.index, n, "morning"),
      session: stream(seed, lifter.index, n, "session"),
    };
    const pain = morningPain(body);
    if (pain >= FLARE_DAY_PAIN) tally.flareDays++;
    const r = coach.day(n, body, pain, rng);
    if (r.rest) tally.restDays++;
    if (r.full) tally.fullDays++;
    const stimulus = {};
    for (const s of r.sets) addStimulus(stimulus, s.exercise, s.rir ?? 2, s.loaded);
    adaptStrength(lifter, body, stimulus, n);
    overnight(lifter, body, r.provocation, r.trained, stream(seed, lifter.index, n, "night"));
  }
  const gains = MAJOR_MUSCLES.map((m) => body.capacity[m] / body.start[m] - 1);
  tally.strengthGainPct = (100 * gains.reduce((a, b) => a + b, 0)) / gains.length;
  return tally;
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (x, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** Runs the cohort and answers the one JSON object of issue 11. */
export function runCohort({ lifters, weeks, seed }) {
  const days = weeks * 7;
  const sums = Object.fromEntries(COACHES.map((c) => [c, { flareDays: 0, restDays: 0, fullDays: 0, gain: 0 }]));
  const detection = { trueExposed: 0, truePositive: 0, detected: 0, exposuresToDetect: [] };
  for (let i = 0; i < lifters; i++) {
    const lifter = makeLifter(seed, i);
    const coaches = makeCoaches(lifter);
    for (const name of COACHES) {
      const t = runLifter(seed, lifter, coaches[name], days);
      const s = sums[name];
      s.flareDays += t.flareDays;
      s.restDays += t.restDays;
      s.fullDays += t.fullDays;
      s.gain += t.strengthGainPct;
    }
    const truth = trueTriggers(lifter, CATALOG);
    const spotter = coaches.spotter;
    for (const id of truth) if (spotter.exposuresOf(id) > 0) detection.trueExposed++;
    for (const [id, d] of spotter.detected) {
      detection.detected++;
      if (truth.has(id)) {
        detection.truePositive++;
        detection.exposuresToDetect.push(d.exposures);
      }
    }
  }
  const coaches = {};
  for (const name of COACHES) {
    const s = sums[name];
    coaches[name] = {
      flareDaysPerLifter: round(s.flareDays / lifters),
      restDaysPerLifter: round(s.restDays / lifters),
      fullTrainingDaysPerLifter: round(s.fullDays / lifters),
      strengthGainPct: round(s.gain / lifters),
    };
  }
  coaches.spotter.triggerRecall = round(
    detection.trueExposed ? detection.truePositive / detection.trueExposed : null,
    3,
  );
  coaches.spotter.triggerPrecision = round(detection.detected ? detection.truePositive / detection.detected : null, 3);
  coaches.spotter.medianExposuresToDetect = median(detection.exposuresToDetect);
  // The denominators, so a recall or precision over a handful of cases reads as such.
  coaches.spotter.trueTriggersExposed = detection.trueExposed;
  coaches.spotter.triggersFlagged = detection.detected;
  return { lifters, weeks, seed, coaches };
}
