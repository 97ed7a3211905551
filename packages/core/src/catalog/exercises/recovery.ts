/** Recovery family: hanging decompression and its supported alternatives, foam rolling by region. */
import type { ExerciseDef } from "../../records/exercise.js";
import { ex, L } from "../build.js";
import type { Muscle } from "../muscles.js";

/** A foam-rolling entry for one region; the lower back itself is never rolled directly. */
function roll(id: string, region: string, primary: Muscle[], cue: string, aliases: string[] = []): ExerciseDef {
  return ex({
    id,
    name: `Foam roll: ${region}`,
    aliases: [`Foam Roll ${region}`, `Foam Rolling ${region}`, ...aliases],
    pattern: "soft-tissue",
    primary,
    equipment: ["foam-roller"],
    load: L(0, 0, 0, 0, 0, "supported"),
    measure: "seconds",
    loaded: false,
    cues: [cue, "Roll slowly and ease off any spot that makes pain shoot or spread."],
  });
}

/** Decompression and soft-tissue entries of the catalog. */
export const RECOVERY_EXERCISES: readonly ExerciseDef[] = [
  ex({
    id: "dead-hang",
    name: "Dead hang",
    aliases: ["Dead Hang", "Hang", "Bar Hang", "Passive Hang", "Hanging Decompression"],
    pattern: "decompression",
    primary: ["forearms", "lats"],
    secondary: ["shoulders"],
    equipment: ["pull-up-bar"],
    load: L(0, 0, 0, 0, 0),
    measure: "seconds",
    loaded: false,
    easier: "supported-hang",
    cues: [
      "Hang with relaxed legs and let your spine lengthen while the shoulders stay lightly engaged.",
      "Step down onto a box rather than dropping off the bar.",
    ],
  }),
  ex({
    id: "supported-hang",
    name: "Supported hang",
    aliases: ["Supported Hang", "Feet Supported Hang", "Assisted Hang"],
    pattern: "decompression",
    primary: ["lats", "forearms"],
    equipment: ["pull-up-bar"],
    load: L(0, 0, 0, 0, 0, "supported"),
    measure: "seconds",
    loaded: false,
    harder: "dead-hang",
    cues: [
      "Keep your feet on the floor or a box and bend the knees to let part of your weight hang.",
      "Control how much you hang; this suits days when a full hang pulls too much.",
    ],
  }),
  ex({
    id: "supine-90-90-rest",
    name: "Lying 90-90 rest",
    aliases: ["90 90 Rest", "Supine 90-90", "Legs on Chair Rest", "Constructive Rest"],
    pattern: "decompression",
    primary: ["lower-back"],
    secondary: ["hip-flexors"],
    equipment: ["none"],
    load: L(0, 0, 0, 0, 0, "supported"),
    measure: "seconds",
    loaded: false,
    cues: [
      "Lie on your back with calves on a chair or bench, hips and knees at right angles.",
      "Breathe slowly into your belly and let the lower back settle.",
    ],
  }),
  ex({
    id: "prone-lying-rest",
    name: "Prone lying on elbows",
    aliases: ["Prone on Elbows", "Sphinx Position", "Prone Lying"],
    pattern: "decompression",
    primary: ["lower-back"],
    equipment: ["none"],
    load: L(0, 0, 0, 1, 0, "supported"),
    measure: "seconds",
    loaded: false,
    cues: [
      "Lie face down propped on your elbows only as far as stays comfortable.",
      "Skip this one if extending your back makes leg symptoms spread.",
    ],
  }),
  roll(
    "foam-roll-thoracic",
    "upper back",
    ["upper-back"],
    "Support your head with your hands and roll only the ribcage area, never the lower back.",
    ["Thoracic Foam Roll"],
  ),
  roll(
    "foam-roll-glutes",
    "glutes",
    ["glutes"],
    "Sit on the roller with one ankle crossed over the other knee and lean towards that side.",
  ),
  roll(
    "foam-roll-quads",
    "quads",
    ["quads"],
    "Lie face down on your forearms and keep your trunk in a plank-like line as you roll.",
  ),
  roll(
    "foam-roll-hamstrings",
    "hamstrings",
    ["hamstrings"],
    "Support yourself on your hands and roll from just above the knee to below the buttock.",
  ),
  roll("foam-roll-calves", "calves", ["calves"], "Cross one leg over the other to add pressure when you are ready."),
  roll(
    "foam-roll-lateral-thigh",
    "outer thigh",
    ["quads"],
    "Roll the front-outer part of the thigh with your top leg taking some of the weight.",
    ["Foam Roll IT Band", "IT Band Foam Roll"],
  ),
  roll(
    "foam-roll-adductors",
    "inner thigh",
    ["adductors"],
    "Lie face down with one knee out to the side and the roller under the inner thigh.",
  ),
  roll(
    "foam-roll-hip-flexors",
    "hip flexors",
    ["hip-flexors"],
    "Lie face down with the roller just below the hip bone and keep the lower back neutral.",
  ),
  roll(
    "foam-roll-lats",
    "lats",
    ["lats"],
    "Lie on your side with the arm overhead and roll the area below the armpit.",
  ),
  roll(
    "foam-roll-chest",
    "chest",
    ["chest"],
    "Lie face down at a slight angle with the roller under the front of the shoulder.",
  ),
];
