/**
 * Arm, shoulder, calf and glute accessories and the band versions of common lifts, from Strong's and Hevy's
 * built-in lists. Light work, mostly grade A; bands carry no load step (progress by reps or a stronger band).
 */
import type { ExerciseDef } from "../../records/exercise.js";
import type { Pattern } from "../../records/vocab.js";
import { ex, L } from "../build.js";
import type { Muscle } from "../muscles.js";

/** Accessories with free weights, cables and machines. */
const WEIGHTED: readonly ExerciseDef[] = [
  ex({
    id: "dumbbell-skullcrusher",
    name: "Dumbbell skullcrusher",
    aliases: ["Skullcrusher (Dumbbell)", "Dumbbell Skullcrusher", "Lying Triceps Extension (Dumbbell)"],
    pattern: "isolation",
    primary: ["triceps"],
    equipment: ["dumbbells", "bench"],
    load: L(0, 0, 0, 0, 0, "supported"),
    cues: [
      "Lie with your feet on the bench or floor so the lower back stays flat.",
      "Lower the dumbbells beside your head with the elbows pointing up.",
    ],
  }),
  ex({
    id: "barbell-overhead-triceps-extension",
    name: "Barbell overhead triceps extension",
    aliases: ["Triceps Extension (Barbell)", "Overhead Triceps Extension (Barbell)", "Barbell Triceps Extension"],
    pattern: "isolation",
    primary: ["triceps"],
    secondary: ["shoulders"],
    equipment: ["barbell"],
    load: L(1, 0, 0, 2, 0),
    cues: [
      "Keep the ribs down; the bar behind your head pulls the lower back into an arch.",
      "Sit with back support when standing makes you lean back.",
    ],
  }),
  ex({
    id: "cable-triceps-kickback",
    name: "Cable triceps kickback",
    aliases: ["Triceps Kickback (Cable)", "Cable Triceps Kickback", "Cable Tricep Kickback"],
    pattern: "isolation",
    primary: ["triceps"],
    equipment: ["cable"],
    load: L(0, 1, 0, 1, 0),
    cues: [
      "Lean forward only a little, with a hand on a support if you have one.",
      "Keep the upper arm still and straighten only the elbow.",
    ],
  }),
  ex({
    id: "dumbbell-reverse-curl",
    name: "Dumbbell reverse curl",
    aliases: ["Reverse Curl (Dumbbell)", "Dumbbell Reverse Curl"],
    pattern: "isolation",
    primary: ["forearms", "biceps"],
    equipment: ["dumbbells"],
    load: L(1, 0, 0, 0, 0),
    cues: ["Curl with the palms down and the elbows at your sides.", "Stand tall without swinging the weights up."],
  }),
  ex({
    id: "cable-upright-row",
    name: "Cable upright row",
    aliases: ["Upright Row (Cable)", "Cable Upright Row"],
    pattern: "isolation",
    primary: ["shoulders", "upper-back"],
    secondary: ["biceps"],
    equipment: ["cable"],
    load: L(1, 0, 0, 1, 0),
    cues: ["Pull the handle to chest height, not higher.", "Stand tall without leaning back to lift it."],
  }),
  ex({
    id: "dumbbell-upright-row",
    name: "Dumbbell upright row",
    aliases: ["Upright Row (Dumbbell)", "Dumbbell Upright Row"],
    pattern: "isolation",
    primary: ["shoulders", "upper-back"],
    secondary: ["biceps"],
    equipment: ["dumbbells"],
    load: L(1, 0, 0, 1, 0),
    cues: ["Lift the elbows to shoulder height, not higher.", "Stand tall without leaning back to lift them."],
  }),
  ex({
    id: "barbell-front-raise",
    name: "Barbell front raise",
    aliases: ["Front Raise (Barbell)", "Barbell Front Raise", "Front Raise (Plate)", "Plate Front Raise"],
    pattern: "isolation",
    primary: ["shoulders"],
    secondary: ["upper-back"],
    equipment: ["barbell"],
    load: L(1, 0, 0, 1, 0),
    cues: [
      "Raise to shoulder height with straight arms and the ribs down.",
      "Use a load you can lift without rocking the hips forward.",
    ],
  }),
  ex({
    id: "machine-shrug",
    name: "Machine shrug",
    aliases: ["Shrug (Machine)", "Machine Shrug", "Shrug (Plate Loaded)"],
    pattern: "isolation",
    primary: ["upper-back", "neck"],
    secondary: ["forearms"],
    equipment: ["machines"],
    load: L(2, 0, 0, 0, 0, "guided"),
    cues: ["Stand tall under the pads and lift the shoulders straight up.", "Lower slowly; do not roll them."],
  }),
  ex({
    id: "smith-machine-shrug",
    name: "Smith machine shrug",
    aliases: ["Shrug (Smith Machine)", "Smith Machine Shrug", "Smith Shrug"],
    pattern: "isolation",
    primary: ["upper-back", "neck"],
    secondary: ["forearms"],
    equipment: ["smith-machine"],
    load: L(2, 0, 0, 1, 0, "guided"),
    cues: ["Set the hooks at thigh height so you never lift the bar from the floor.", "Stand tall; do not lean back."],
  }),
  ex({
    id: "dumbbell-calf-raise",
    name: "Dumbbell calf raise",
    aliases: ["Standing Calf Raise (Dumbbell)", "Dumbbell Calf Raise", "Calf Raise (Dumbbell)"],
    pattern: "isolation",
    primary: ["calves"],
    equipment: ["dumbbells"],
    load: L(1, 0, 0, 0, 0),
    cues: ["Hold the dumbbells at your sides and rise straight up.", "Pause at the top and lower slowly."],
  }),
  ex({
    id: "donkey-kick",
    name: "Donkey kick",
    aliases: ["Glute Kickback on Floor", "Donkey Kick", "Quadruped Hip Extension", "Glute Kickback (Bodyweight)"],
    pattern: "hip-extension",
    primary: ["glutes"],
    secondary: ["hamstrings"],
    equipment: ["none"],
    load: L(0, 0, 0, 1, 0, "supported"),
    uni: true,
    cues: ["On hands and knees, lift the bent leg only as high as the lower back stays still."],
  }),
  ex({
    id: "wrist-roller",
    name: "Wrist roller",
    aliases: ["Wrist Roller", "Forearm Roller"],
    pattern: "isolation",
    primary: ["forearms"],
    equipment: ["none"],
    load: L(1, 0, 0, 0, 0),
    loaded: false,
    cues: ["Hold the roller at shoulder height with a tall stance and roll with the wrists only."],
  }),
];

/** A band version of a lift: no load step, one cue about the band, one about the trunk. */
function band(
  id: string,
  name: string,
  pattern: Pattern,
  primary: Muscle[],
  load: ExerciseDef["load"],
  aliases: string[],
  cue: string,
): ExerciseDef {
  return ex({
    id,
    name,
    aliases,
    pattern,
    primary,
    equipment: ["bands"],
    load,
    loaded: false,
    cues: [cue, "Make it harder with a stronger band or more reps, not by leaning into it."],
  });
}

/** Band versions of common lifts. */
const BANDS: readonly ExerciseDef[] = [
  band(
    "band-row",
    "Band row",
    "horizontal-pull",
    ["upper-back", "lats"],
    L(0, 1, 0, 1, 0),
    ["Bent Over Row (Band)", "Squat Row (Band)", "Band Row", "Resistance Band Row"],
    "Anchor the band low and pull to your ribs with the trunk still.",
  ),
  band(
    "band-lat-pulldown",
    "Band lat pulldown",
    "vertical-pull",
    ["lats"],
    L(0, 0, 0, 0, 0),
    ["Lat Pulldown (Band)", "Kneeling Pulldown (Band)", "Lat Pulldown - Underhand (Band)", "Band Pulldown"],
    "Anchor the band high and pull the elbows down to your sides.",
  ),
  band(
    "band-assisted-pull-up",
    "Band-assisted pull-up",
    "vertical-pull",
    ["lats", "biceps"],
    L(0, 0, 0, 1, 0),
    ["Pull Up (Band)", "Band Assisted Pull Up", "Chin Up (Band)"],
    "Loop the band under a knee or foot and pull up without swinging.",
  ),
  band(
    "band-chest-press",
    "Band chest press",
    "horizontal-push",
    ["chest", "triceps"],
    L(0, 0, 0, 1, 0),
    ["Chest Press (Band)", "Chest Fly (Band)", "Band Chest Press"],
    "Anchor the band behind you at chest height and press forward in a split stance.",
  ),
  band(
    "band-curl",
    "Band curl",
    "isolation",
    ["biceps", "forearms"],
    L(0, 0, 0, 0, 0),
    ["Bicep Curl (Band)", "Hammer Curl (Band)", "Reverse Curl (Band)", "Band Curl"],
    "Stand on the band and curl with the elbows at your sides.",
  ),
  band(
    "band-lateral-raise",
    "Band lateral raise",
    "isolation",
    ["shoulders"],
    L(0, 0, 0, 0, 0),
    ["Lateral Raise (Band)", "Front Raise (Band)", "Band Lateral Raise"],
    "Stand on the band and raise the arms to shoulder height, no higher.",
  ),
  band(
    "band-deadlift",
    "Band deadlift",
    "hinge",
    ["glutes", "hamstrings"],
    L(1, 1, 1, 1, 0),
    ["Deadlift (Band)", "Straight Leg Deadlift (Band)", "Band Deadlift"],
    "Stand on the band and hinge at the hips with a long, flat back.",
  ),
];

/** Every accessory above. */
export const ACCESSORY_EXERCISES: readonly ExerciseDef[] = [...WEIGHTED, ...BANDS];
