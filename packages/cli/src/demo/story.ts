/**
 * The demo user's 12 weeks, as a list of API requests in time order. The story: a lifter with a cranky lower back
 * trains three days a week; reclined leg presses hurt twice and become a trigger, the upright pad takes over; the
 * knee pillow goes with calmer mornings; loads climb on the lifts the back tolerates.
 */
import { addDays, FUNCTION_ITEM_IDS, RED_FLAG_KEYS, seededRandom, weekdayOf } from "@spotter/core";
import { uuidFrom } from "./random.js";

/** One request of the story. `session` marks a body whose `{session}` placeholder is the last session's id. */
export interface DemoRequest {
  method: "POST" | "PUT";
  path: string;
  body: unknown;
}

interface PlannedLift {
  id: string;
  startKg: number;
  stepKg: number;
  reps: [number, number];
  sets: number;
  seconds?: boolean;
}

const DAYS: Record<"mon" | "wed" | "fri", PlannedLift[]> = {
  mon: [
    { id: "leg-press-reclined", startKg: 120, stepKg: 10, reps: [6, 10], sets: 3 },
    { id: "bulgarian-split-squat", startKg: 12, stepKg: 2, reps: [8, 12], sets: 3 },
    { id: "chest-supported-row", startKg: 40, stepKg: 5, reps: [6, 10], sets: 3 },
    { id: "hip-thrust", startKg: 60, stepKg: 5, reps: [6, 10], sets: 3 },
    { id: "side-plank", startKg: 0, stepKg: 0, reps: [30, 45], sets: 2, seconds: true },
  ],
  wed: [
    { id: "dumbbell-bench-press", startKg: 22, stepKg: 2, reps: [8, 12], sets: 3 },
    { id: "lat-pulldown", startKg: 50, stepKg: 5, reps: [8, 12], sets: 3 },
    { id: "dumbbell-shoulder-press", startKg: 14, stepKg: 2, reps: [8, 12], sets: 3 },
    { id: "glute-bridge", startKg: 40, stepKg: 5, reps: [10, 15], sets: 3 },
    { id: "pallof-press", startKg: 10, stepKg: 2.5, reps: [10, 12], sets: 2 },
  ],
  fri: [
    { id: "smith-machine-squat", startKg: 60, stepKg: 5, reps: [6, 10], sets: 3 },
    { id: "romanian-deadlift", startKg: 60, stepKg: 5, reps: [6, 10], sets: 3 },
    { id: "single-leg-rdl-supported", startKg: 16, stepKg: 2, reps: [8, 12], sets: 3 },
    { id: "cable-kickback", startKg: 10, stepKg: 2.5, reps: [10, 15], sets: 2 },
    { id: "bird-dog", startKg: 0, stepKg: 0, reps: [8, 10], sets: 2 },
  ],
};

/** Function-check answers (0 = no difficulty .. 4 = cannot) that improve over the 12 weeks. */
function functionAnswers(day: number, rand: () => number): Record<string, number> {
  const base = Math.max(0, 2 - day / 35);
  return Object.fromEntries(
    FUNCTION_ITEM_IDS.map((id) => [id, Math.max(0, Math.min(4, Math.round(base + rand() - 0.4)))]),
  );
}

/** Builds the story ending on `today` (the user's local day). */
export function demoStory(today: string, timeZoneOffsetIso = "Z"): DemoRequest[] {
  const rand = seededRandom(20261125);
  const out: DemoRequest[] = [];
  const first = addDays(today, -83);
  const reps = new Map<string, number>();
  const load = new Map<string, number>();
  let reclinedHurts = 0;
  let reclinedSessions = 0;
  let pain = 3;
  const at = (day: string, hh: string) => `${day}T${hh}:00${timeZoneOffsetIso}`;

  for (let i = 0; i < 84; i++) {
    const day = addDays(first, i);
    const wd = weekdayOf(day);
    const pillow = rand() < 0.6;
    const trained = wd === "mon" || wd === "wed" || wd === "fri";
    // A slow drift down over 12 weeks, a calmer morning after a pillow night, a worse one after a reclined press.
    const base = Math.max(0, 3 - i / 40);
    const morning = Math.max(0, Math.min(10, Math.round(base + (pillow ? -0.6 : 0.6) + pain - 3 + (rand() - 0.5))));
    pain = 3;
    const redFlags = i % 7 === 0 ? Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) : undefined;
    out.push({
      method: "POST",
      path: "/checkins",
      body: {
        clientId: uuidFrom(rand),
        date: day,
        painNow: morning,
        everydayPain: morning >= 3 ? "some" : "none",
        regions: morning >= 2 ? ["lower-back-centre"] : [],
        sleep: {
          hours: 6 + Math.round(rand() * 4 * 2) / 2,
          quality: 3 + Math.round(rand() * 2),
          position: "side",
          supportUsed: pillow,
        },
        habits: { lumbarSupport: rand() < 0.7, sittingHours: 5 + Math.round(rand() * 4), foamRolling: rand() < 0.4 },
        ...(redFlags ? { redFlags } : {}),
        // A weekly function check that eases as the weeks go by.
        ...(i % 7 === 0 ? { function: functionAnswers(i, rand) } : {}),
      },
    });
    out.push({
      method: "POST",
      path: "/daily",
      body: { clientId: uuidFrom(rand), date: day, kind: "water", amountMl: 1500 + Math.round(rand() * 8) * 250 },
    });
    if (i % 2 === 0) {
      out.push({
        method: "POST",
        path: "/daily",
        body: { clientId: uuidFrom(rand), date: day, kind: "supplement", name: "Vitamin D3", amount: 1000, unit: "IU" },
      });
    }
    if (!trained) {
      if (rand() < 0.5) {
        out.push({
          method: "POST",
          path: "/daily",
          body: { clientId: uuidFrom(rand), date: day, kind: "blood-flow", name: "foam-rolling", minutes: 10 },
        });
      }
      continue;
    }
    out.push({
      method: "POST",
      path: "/sessions",
      body: { clientId: uuidFrom(rand), date: day, startedAt: at(day, "18:00"), painBefore: morning },
    });
    let setIndex = 0;
    let hurt = false;
    for (const lift of DAYS[wd]) {
      // After two painful sessions the reclined press gives way to the upright pad, as Spotter suggests.
      const id = lift.id === "leg-press-reclined" && reclinedHurts >= 2 ? "leg-press-upright" : lift.id;
      if (id === "leg-press-reclined") reclinedSessions++;
      const r = reps.get(id) ?? lift.reps[0];
      const kg = load.get(id) ?? lift.startKg;
      let topped = true;
      for (let s = 0; s < lift.sets; s++) {
        const sharp = id === "leg-press-reclined" && (reclinedSessions === 3 || reclinedSessions === 4) && s === 1;
        // Most lifts sit in the safe zone (0-2), so the insights can call them tolerated.
        const setPain = sharp ? 6 : Math.max(0, Math.min(2, Math.round(morning / 2 + rand() - 0.3)));
        const done = sharp ? Math.max(1, r - 4) : r - (s === lift.sets - 1 && rand() < 0.3 ? 1 : 0);
        if (done < lift.reps[1]) topped = false;
        out.push({
          method: "POST",
          path: "/sessions/{session}/sets",
          body: {
            clientId: uuidFrom(rand),
            exerciseId: id,
            setIndex: setIndex++,
            warmup: false,
            reps: lift.seconds ? null : done,
            seconds: lift.seconds ? done : null,
            loadKg: kg > 0 ? kg : null,
            rir: 2,
            // The belt only on the heaviest set of a belt-worthy lift, as Spotter advises.
            belt: id === "romanian-deadlift" && s === lift.sets - 1,
            pain: setPain,
            painKind: sharp ? "sharp" : setPain >= 2 ? "tightness" : "none",
          },
        });
        if (sharp) {
          hurt = true;
          reclinedHurts++;
          break;
        }
      }
      if (topped && !hurt) {
        reps.set(id, lift.reps[0]);
        load.set(id, kg + lift.stepKg);
      } else if (!hurt) {
        reps.set(id, Math.min(lift.reps[1], r + 1));
      }
    }
    if (hurt) pain = 5;
    out.push({
      method: "POST",
      path: "/sessions/{session}/finish",
      body: {
        finishedAt: at(day, "19:05"),
        painAfter: hurt ? 5 : Math.min(4, morning + 1),
        note: hurt ? "Reclined press hurt again." : null,
      },
    });
  }
  return out;
}
