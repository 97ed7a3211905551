/**
 * Blood-flow work on rest days (SPEC N3): an easy walk, dynamic stretching, foam rolling and massage, each with the
 * catalog exercises that fit. The catalog is written in parallel, so its ids are kept here as named constants.
 */
import type { BloodFlowSuggestion, DailyEntry } from "../records/daily.js";
import type { Equipment, Tier } from "../records/vocab.js";

/** Catalog exercise ids the rest-day suggestions point to (they must exist in the catalog). */
export const BLOOD_FLOW_EXERCISE_IDS = {
  walking: "walking",
  catCow: "cat-cow",
  legSwingFrontBack: "leg-swing-front-back",
  legSwingSide: "leg-swing-side",
  hipCircles: "hip-circles",
  foamRollGlutes: "foam-roll-glutes",
  foamRollThoracic: "foam-roll-thoracic",
  foamRollQuads: "foam-roll-quads",
} as const;

const X = BLOOD_FLOW_EXERCISE_IDS;

/** A suggestion before the day is known (`done`), with the equipment it needs, if any. */
interface Template extends Omit<BloodFlowSuggestion, "done"> {
  needs?: Equipment;
}

// Order matters: the first suggestion is the one the Today screen shows when it has room for one.
const TEMPLATES: readonly Template[] = [
  {
    id: "rest-walk",
    kind: "walking",
    title: "An easy walk",
    text:
      "Walk for 15 to 20 minutes at a pace where you could still chat. Let your arms swing. " +
      "Stop sooner if your back or legs start to ache more than when you set out.",
    minutes: 20,
    exerciseIds: [X.walking],
  },
  {
    id: "rest-dynamic-stretching",
    kind: "dynamic-stretching",
    title: "Five minutes of moving stretches",
    text:
      "Slow cat-cows on hands and knees, then leg swings and hip circles holding on to something steady. " +
      "Move through the range that feels easy, about ten times each, without bouncing at the end.",
    minutes: 5,
    exerciseIds: [X.catCow, X.legSwingFrontBack, X.legSwingSide, X.hipCircles],
  },
  {
    id: "rest-foam-rolling",
    kind: "foam-rolling",
    title: "Foam rolling: glutes, thighs, upper back",
    text:
      "Roll slowly over your glutes, the front of your thighs and your upper back, about a minute on each. " +
      "Keep the roller off the lower back itself and ease off on any spot that makes your pain sharper.",
    minutes: 8,
    exerciseIds: [X.foamRollGlutes, X.foamRollQuads, X.foamRollThoracic],
    needs: "foam-roller",
  },
  {
    id: "rest-massage",
    kind: "massage",
    title: "Massage",
    text:
      "A massage from someone else, or your own hands or a tennis ball against a wall on the muscles beside " +
      "the spine and in the buttocks. Gentle pressure is enough; it should feel relieving, never sore.",
    minutes: 10,
    exerciseIds: [],
  },
];

/** Inputs of the rest-day suggestions. */
export interface BloodFlowSuggestionInput {
  isTrainingDay: boolean;
  tier?: Tier | null;
  /** The user's equipment; foam rolling is offered only with a foam roller. */
  equipment: readonly Equipment[];
  /** The day's entries, to mark what is already done. */
  entries?: readonly Pick<DailyEntry, "kind" | "name">[];
  /** False for an exercise the user must not be offered (a trigger, an excluded pattern: P4); all allowed when absent. */
  offerable?: (exerciseId: string) => boolean;
}

/**
 * Blood-flow suggestions for the day (N3): on rest days only (a training day opens with its own alignment block),
 * and none under R1, when the only advice is to get urgent care. Kinds already logged today are marked done.
 */
export function bloodFlowSuggestions(input: BloodFlowSuggestionInput): BloodFlowSuggestion[] {
  if (input.isTrainingDay || input.tier === "R1") return [];
  const done = new Set((input.entries ?? []).filter((e) => e.kind === "blood-flow").map((e) => e.name));
  const offerable = input.offerable ?? (() => true);
  return TEMPLATES.filter((t) => (!t.needs || input.equipment.includes(t.needs)) && t.exerciseIds.every(offerable)).map(
    (t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      text: t.text,
      minutes: t.minutes,
      exerciseIds: [...t.exerciseIds],
      done: done.has(t.kind),
    }),
  );
}
