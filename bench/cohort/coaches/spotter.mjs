// Spotter as the app runs it: only the coach facade of @spotter/core, called with the log the lifter has written
// (check-ins, sessions, sets), never the simulator's hidden state.
import {
  acceptStepUp,
  allExercises,
  coachReadiness,
  coachStatuses,
  coachToday,
  defaultProfile,
  newPlan,
  planDayOn,
  planForDay,
  RED_FLAG_KEYS,
  retestOffers,
  setGuidanceOf,
  statusLookup,
} from "@spotter/core";
import { isLoaded, provocation } from "../body.mjs";
import { dayOf, instantOf, isoOf } from "../day.mjs";
import { doSet, startingLoad } from "../lift.mjs";

const CATALOG = allExercises();
const NO_RED_FLAGS = Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false]));
/** Share of mornings a diligent user checks in. */
export const CHECKIN_SHARE = 0.9;
/** Days an R2 lock ("see a professional") lasts before the user has been seen and records the clearance. */
export const CLEARANCE_AFTER_DAYS = 7;

/** The profile the lifter fills in at onboarding. */
export function onboardingProfile(lifter) {
  return {
    ...defaultProfile(),
    ...lifter.profile,
    timeZone: "UTC",
    // A declared direction reaches the coach through the profile (P9); the lifter names no exercise or pattern.
    // See README "Onboarding".
    aggravating: lifter.declared ? [{ direction: lifter.declared }] : [],
  };
}

/** Reported pain: the hidden value with day-to-day noise, rounded to the 0-10 scale. */
function report(pain, rng) {
  return Math.max(0, Math.min(10, Math.round(pain + rng.normal(0.5))));
}

function everydayPain(pain, rng) {
  if (pain >= 6) return rng.chance(0.6) ? "persistent" : "some";
  if (pain >= 3) return rng.chance(0.5) ? "some" : "none";
  return "none";
}

/** A coach that runs one lifter through the facade. */
export function spotterCoach(lifter) {
  const log = {
    profile: onboardingProfile(lifter),
    exercises: CATALOG,
    sessions: [],
    sets: [],
    checkins: [],
    clearances: [],
    retests: [],
  };
  const byId = new Map(CATALOG.map((e) => [e.id, e]));
  const plan = { plan: newPlan(log), createdAtMs: instantOf(0, 7) };
  const exposures = new Map();
  const detected = new Map();
  let seq = 0;
  let lockedDays = 0;
  const id = (kind) => `${kind}-${lifter.index}-${++seq}`;

  return {
    name: "spotter",
    plannedOn: (date) => planDayOn(plan.plan, date) !== undefined,
    detected,
    /** Sessions with a logged set of the exercise (T1 exposures). */
    exposuresOf: (exerciseId) => exposures.get(exerciseId) ?? 0,
    /** One day: check-in, today's session as the app shows it, the sets with their guidance. */
    day(n, body, hiddenPain, rng) {
      const date = dayOf(n);
      const painNow = report(hiddenPain, rng.morning);
      if (rng.morning.chance(CHECKIN_SHARE)) {
        const at = isoOf(n, 7);
        log.checkins.push({
          id: id("c"),
          clientId: id("cc"),
          date,
          painNow,
          everydayPain: everydayPain(hiddenPain, rng.morning),
          regions: painNow > 0 ? ["lower-back-centre"] : [],
          nerve: [],
          redFlags: NO_RED_FLAGS,
          sleep: null,
          habits: null,
          function: null,
          note: null,
          createdAt: at,
          updatedAt: at,
        });
      }
      let statuses = coachStatuses(log);
      // T6: the user says yes to every re-test offered (README, assumption 24).
      if ([...statuses.values()].includes("trigger")) {
        const offers = retestOffers(log, date, statuses);
        for (const o of offers) log.retests.push({ exerciseId: o.exerciseId, accept: true, date });
        if (offers.length > 0) statuses = coachStatuses(log);
      }
      for (const [exerciseId, status] of statuses) {
        if (status === "trigger" && !detected.has(exerciseId)) {
          detected.set(exerciseId, { day: n, exposures: exposures.get(exerciseId) ?? 0 });
        }
      }
      // P7: the plan is kept in step with the statuses, and renewed when its block is over (as GET /plans/current).
      const forDay = planForDay(plan, log, instantOf(n, 7), statuses);
      plan.plan = forDay.plan.plan;
      plan.createdAtMs = forDay.plan.createdAtMs;
      const planned = planDayOn(plan.plan, date) !== undefined;
      let readiness = coachReadiness(log, date);
      // Told to see a professional (R2), the diligent user books an appointment and records the clearance after
      // CLEARANCE_AFTER_DAYS days of the lock; until then the lock stands.
      lockedDays = readiness.tier === "R2" ? lockedDays + 1 : 0;
      if (lockedDays > CLEARANCE_AFTER_DAYS) {
        log.clearances.push({ id: id("k"), date, by: "GP", restrictions: null, recordedAt: isoOf(n, 9) });
        lockedDays = 0;
        readiness = coachReadiness(log, date);
      }
      const nowMs = instantOf(n, 17);
      let today = coachToday({ log, plan, date, readiness, nowMs, statuses });
      // P6: the user accepts every step up Today proposes (README, assumption 24), as the swap route takes it.
      const steps = (today.session?.blocks ?? []).flatMap((b) => b.items).filter((i) => i.proposal?.kind === "step-up");
      if (steps.length > 0) {
        const ctx = { profile: log.profile, exercises: log.exercises, statusOf: statusLookup(statuses) };
        for (const i of steps) plan.plan = acceptStepUp(plan.plan, i.exerciseId, i.proposal.exerciseId, ctx);
        today = coachToday({ log, plan, date, readiness, nowMs, statuses });
      }
      const out = { planned, rest: false, full: false, provocation: 0, trained: false, sets: [] };
      if (!today.session) {
        out.rest = planned;
        return out;
      }
      const started = isoOf(n, 17.5);
      const session = {
        id: id("s"),
        clientId: id("sc"),
        date,
        startedAt: started,
        finishedAt: null,
        painBefore: painNow,
        painAfter: null,
        note: null,
        title: today.session.title,
        recovery: painNow >= 6 || readiness.tier === "R2" || readiness.tier === "R3",
        source: "spotter",
        createdAt: started,
        updatedAt: started,
        sets: [],
      };
      log.sessions.push(session);
      // G3: a session started at pain 6 or more is the recovery session; the app shows it as such.
      if (session.recovery && !today.session.recovery)
        today = coachToday({ log, plan, date, readiness, nowMs, statuses });
      const recovery = today.session.recovery;
      out.rest = planned && recovery;
      let modified = recovery || readiness.tier !== "R5";
      let minute = 0;
      for (const block of today.session.blocks) {
        for (const item of block.items) {
          const exercise = byId.get(item.exerciseId);
          if (!exercise) continue;
          const loaded = isLoaded(exercise);
          let loadKg = loaded
            ? (item.loadKg ?? startingLoad(body.capacity, exercise, item.reps, item.targetRir))
            : null;
          let done = 0;
          let intensitySum = 0;
          for (let k = 0; k < item.sets; k++) {
            const r = doSet({
              lifter,
              body,
              exercise,
              loadKg,
              reps: item.reps,
              targetRir: item.targetRir,
              setIndex: k,
              painToday: hiddenPain,
              rng: rng.session,
            });
            const at = isoOf(n, 17.5 + ++minute / 60);
            const set = {
              id: id("x"),
              clientId: id("xc"),
              sessionId: session.id,
              exerciseId: exercise.id,
              setIndex: k,
              warmup: false,
              setType: "normal",
              reps: item.seconds ? null : r.reps,
              loadKg: loaded ? loadKg : null,
              seconds: item.seconds ?? null,
              distanceM: null,
              rir: item.seconds ? null : r.rir,
              rpe: null,
              belt: false,
              pain: r.pain,
              painKind: r.painKind,
              flagged: false,
              createdAt: at,
              updatedAt: at,
            };
            session.sets.push(set);
            const g = setGuidanceOf(log, {
              session,
              set,
              exercise,
              sessionReadiness: readiness,
              nowMs: instantOf(n, 18),
              tierToday: readiness.tier,
            });
            set.flagged = g.flagged;
            log.sets.push(set);
            done++;
            intensitySum += r.intensity;
            out.sets.push({ exercise, rir: r.rir, loaded: r.loaded });
            if (g.answer.action === "stop-exercise") {
              modified = true;
              break;
            }
            if (g.answer.action === "reduce") {
              modified = true;
              if (g.answer.next?.loadKg) loadKg = g.answer.next.loadKg;
            }
          }
          if (done > 0) {
            exposures.set(exercise.id, (exposures.get(exercise.id) ?? 0) + 1);
            out.provocation += provocation(lifter, exercise, intensitySum / done, done);
          }
        }
      }
      session.finishedAt = isoOf(n, 17.5 + (minute + 5) / 60);
      session.painAfter = report(hiddenPain + 0.4 * out.provocation, rng.session);
      out.trained = !recovery;
      out.full = planned && !modified;
      return out;
    },
  };
}
