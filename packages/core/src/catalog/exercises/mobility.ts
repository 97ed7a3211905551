/** Mobility and conditioning: dynamic and gentle stretches, walking and low-impact cardio. */
import type { ExerciseDef } from "../../records/exercise.js";
import { ex, L } from "../build.js";
import type { Muscle } from "../muscles.js";

/** A mobility drill done for reps or seconds, without external load. */
function drill(
  id: string,
  name: string,
  primary: Muscle[],
  cues: string[],
  opts: { aliases?: string[]; rotation?: number; flexion?: number; seconds?: boolean; uni?: boolean } = {},
): ExerciseDef {
  return ex({
    id,
    name,
    aliases: opts.aliases ?? [],
    pattern: "mobility",
    primary,
    equipment: ["none"],
    load: L(0, 0, opts.flexion ?? 0, 0, opts.rotation ?? 0, "supported"),
    measure: opts.seconds ? "seconds" : "reps",
    loaded: false,
    uni: opts.uni ?? false,
    cues,
  });
}

/** Conditioning entry measured by distance or time. */
function cardio(
  id: string,
  name: string,
  equipment: ExerciseDef["equipment"],
  load: ExerciseDef["load"],
  aliases: string[],
  cues: string[],
): ExerciseDef {
  return ex({
    id,
    name,
    aliases,
    pattern: "conditioning",
    primary: ["quads", "glutes"],
    secondary: ["calves", "hamstrings"],
    equipment,
    load,
    measure: "distance",
    loaded: false,
    cues,
  });
}

/** Mobility and conditioning entries of the catalog. */
export const MOBILITY_EXERCISES: readonly ExerciseDef[] = [
  drill(
    "cat-cow",
    "Cat-cow",
    ["lower-back", "upper-back"],
    ["Move slowly through a small, comfortable range, one breath per direction."],
    { aliases: ["Cat Cow", "Cat Camel", "Cat-Camel"], flexion: 1 },
  ),
  drill(
    "half-kneeling-hip-flexor-stretch",
    "Half-kneeling hip flexor stretch",
    ["hip-flexors"],
    ["Tuck the pelvis under and shift forward gently; the lower back stays neutral."],
    { aliases: ["Hip Flexor Stretch", "Kneeling Hip Flexor Stretch"], seconds: true, uni: true },
  ),
  drill(
    "leg-swing-front-back",
    "Leg swings, front to back",
    ["hip-flexors", "hamstrings"],
    ["Hold a wall and swing the leg in a growing, relaxed arc while the trunk stays still."],
    { aliases: ["Leg Swings", "Front to Back Leg Swings"], uni: true },
  ),
  drill(
    "leg-swing-side",
    "Leg swings, side to side",
    ["adductors", "glutes"],
    ["Face a wall, hold it, and swing the leg across your body and out."],
    { aliases: ["Lateral Leg Swings", "Side Leg Swings"], uni: true },
  ),
  drill(
    "hip-circles",
    "Standing hip circles",
    ["glutes", "hip-flexors"],
    ["Lift the knee and draw slow circles out to the side, holding on for balance."],
    { aliases: ["Hip Circles", "Hip CARs"], uni: true },
  ),
  drill(
    "open-book",
    "Open book rotation",
    ["upper-back"],
    ["Lie on your side with knees bent and rotate the upper back while the knees stay together."],
    { aliases: ["Open Book", "Thoracic Open Book", "Side Lying Thoracic Rotation"], rotation: 1, uni: true },
  ),
  drill(
    "quadruped-thoracic-rotation",
    "Quadruped thoracic rotation",
    ["upper-back"],
    ["On hands and knees, put one hand behind your head and turn the elbow up; the hips stay still."],
    { aliases: ["Thoracic Rotation", "Quadruped T-Spine Rotation"], rotation: 1, uni: true },
  ),
  drill(
    "walking-knee-hug",
    "Walking knee hugs",
    ["glutes", "hip-flexors"],
    ["Pull the knee to the chest while standing tall on the other leg."],
    { aliases: ["Knee Hugs", "Walking Knee to Chest"], uni: true },
  ),
  drill("arm-circles", "Arm circles", ["shoulders"], ["Start small and grow the circles while the ribs stay down."], {
    aliases: ["Arm Circles", "Shoulder Circles"],
  }),
  drill(
    "pelvic-tilt",
    "Pelvic tilts",
    ["abs", "lower-back"],
    ["Lie on your back with knees bent and rock the pelvis gently, flattening then easing the lower back."],
    { aliases: ["Pelvic Tilt", "Supine Pelvic Tilt"] },
  ),
  drill(
    "childs-pose",
    "Child's pose",
    ["lower-back", "lats"],
    ["Sit the hips back towards the heels only as far as feels easy; widen the knees if needed."],
    { aliases: ["Child's Pose", "Childs Pose", "Child Pose"], flexion: 1, seconds: true },
  ),
  drill(
    "figure-four-stretch",
    "Lying figure-four stretch",
    ["glutes"],
    ["Lie on your back, cross one ankle over the other knee and draw the legs in gently."],
    { aliases: ["Figure 4 Stretch", "Piriformis Stretch", "Supine Glute Stretch"], seconds: true, uni: true },
  ),
  drill(
    "supine-hamstring-stretch",
    "Lying hamstring stretch with strap",
    ["hamstrings"],
    ["Lie on your back, loop a strap around the foot and raise the straight leg until you feel a mild stretch."],
    { aliases: ["Hamstring Stretch", "Supine Hamstring Stretch"], seconds: true, uni: true },
  ),
  drill(
    "worlds-greatest-stretch",
    "Lunge with rotation",
    ["hip-flexors", "upper-back", "hamstrings"],
    ["Step into a long lunge, place the hand inside the foot and turn the other arm up slowly."],
    { aliases: ["World's Greatest Stretch", "Lunge with Twist"], rotation: 1, uni: true },
  ),
  drill(
    "glute-bridge-hold",
    "Glute bridge hold",
    ["glutes"],
    ["Hold the top of a bridge with ribs down and breathe steadily."],
    { aliases: ["Bridge Hold", "Isometric Glute Bridge"], seconds: true },
  ),
  cardio(
    "walking",
    "Walking",
    ["none"],
    L(1, 0, 0, 0, 0),
    ["Walk", "Walking", "Outdoor Walk", "Walking (Outdoor)", "Hiking"],
    [
      "Walk at a pace where you can still talk, with relaxed arms swinging.",
      "Short, frequent walks suit a sore back better than one long one.",
    ],
  ),
  cardio(
    "treadmill-walk",
    "Treadmill walk",
    ["machines"],
    L(1, 0, 0, 0, 0),
    ["Treadmill", "Treadmill Walk", "Walking (Treadmill)"],
    ["Let go of the handrails once you are steady so your trunk stays upright."],
  ),
  cardio(
    "incline-walk",
    "Incline treadmill walk",
    ["machines"],
    L(1, 0, 1, 0, 0),
    ["Incline Walk", "Incline Treadmill Walk"],
    ["Keep the incline moderate and stand tall rather than leaning into the hill."],
  ),
  cardio(
    "stationary-bike",
    "Stationary bike",
    ["machines"],
    L(0, 0, 1, 0, 0, "supported"),
    ["Cycling", "Stationary Bike", "Bike", "Cycling (Indoor)", "Exercise Bike", "Assault Bike", "Air Bike"],
    ["Raise the handlebars so you sit more upright if bending forward bothers your back."],
  ),
  cardio(
    "recumbent-bike",
    "Recumbent bike",
    ["machines"],
    L(0, 0, 0, 0, 0, "supported"),
    ["Recumbent Bike", "Recumbent Cycling"],
    ["The backrest carries your trunk; sit back into it."],
  ),
  cardio(
    "elliptical",
    "Elliptical trainer",
    ["machines"],
    L(1, 0, 0, 0, 1),
    ["Elliptical Machine", "Elliptical", "Cross Trainer", "Elliptical Trainer"],
    ["Stand tall with light hands on the handles; let the legs drive."],
  ),
  cardio(
    "running",
    "Running",
    ["none"],
    L(2, 0, 0, 1, 1),
    ["Running (Outdoor)", "Running", "Run", "Jogging", "Running (Treadmill)", "Sprints"],
    [
      "Keep the steps short and quick to soften each landing.",
      "Build running time gradually and walk when the back starts to tighten.",
    ],
  ),
  cardio(
    "rowing-machine",
    "Rowing machine",
    ["machines"],
    L(1, 1, 2, 1, 0, "guided"),
    ["Rowing Machine", "Rowing (Machine)", "Rower", "Indoor Rowing"],
    ["Push with the legs first and keep the lower back from rounding at the catch."],
  ),
  cardio(
    "stair-climber",
    "Stair climber",
    ["machines"],
    L(1, 0, 0, 0, 0),
    ["Stair Climber", "Stairmaster", "Stair Machine"],
    ["Stand upright and use the rails only for balance, not to hang on."],
  ),
  cardio(
    "swimming",
    "Swimming",
    ["none"],
    L(0, 0, 0, 1, 1, "supported"),
    ["Swimming", "Swim", "Lap Swimming"],
    ["Backstroke and front crawl with a snorkel keep the neck and lower back more neutral than breaststroke."],
  ),
];
