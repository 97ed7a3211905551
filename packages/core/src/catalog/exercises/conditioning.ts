/**
 * Core moves and conditioning drills from Strong's and Hevy's built-in lists that the core and mobility families did
 * not have. Repeated trunk flexion and loaded twisting score high on purpose (docs/evidence/spine-load.md: the sit-up
 * sits at the compression limit, the prone arm-and-leg raise near 6,000 N), so most land at B or C.
 */
import type { ExerciseDef, Measure } from "../../records/exercise.js";
import type { Equipment, Pattern } from "../../records/vocab.js";
import { ex, L } from "../build.js";
import type { Level } from "../level.js";
import type { Muscle } from "../muscles.js";

/** A bodyweight entry without a load step, in the compact form these lists need. */
function body(d: {
  id: string;
  name: string;
  aliases: string[];
  pattern: Pattern;
  primary: Muscle[];
  secondary?: Muscle[];
  load: ExerciseDef["load"];
  cue: string;
  equipment?: Equipment[];
  measure?: Measure;
  uni?: boolean;
  level?: Level;
}): ExerciseDef {
  return ex({
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    pattern: d.pattern,
    primary: d.primary,
    ...(d.secondary ? { secondary: d.secondary } : {}),
    equipment: d.equipment ?? ["none"],
    load: d.load,
    loaded: false,
    measure: d.measure ?? "reps",
    ...(d.uni ? { uni: true } : {}),
    ...(d.level ? { level: d.level } : {}),
    cues: [d.cue],
  });
}

/** Core moves. */
const CORE: readonly ExerciseDef[] = [
  body({
    id: "reverse-crunch",
    name: "Reverse crunch",
    aliases: ["Reverse Crunch", "Flat Knee Raise", "Lying Knee Raise"],
    pattern: "isolation",
    primary: ["abs"],
    secondary: ["hip-flexors"],
    load: L(1, 0, 2, 0, 0),
    cue: "Curl the knees toward the chest slowly and lower without letting the back arch.",
  }),
  body({
    id: "bicycle-crunch",
    name: "Bicycle crunch",
    aliases: ["Bicycle Crunch", "Cross Body Crunch", "Oblique Crunch", "Bicycle Kicks"],
    pattern: "isolation",
    primary: ["abs", "obliques"],
    load: L(1, 0, 2, 0, 2),
    cue: "Turn from the ribs, not the neck, and keep the lower back on the floor.",
  }),
  body({
    id: "decline-crunch",
    name: "Decline crunch",
    aliases: ["Decline Crunch", "Decline Bench Crunch"],
    pattern: "isolation",
    primary: ["abs"],
    secondary: ["hip-flexors"],
    equipment: ["bench"],
    load: L(1, 1, 2, 0, 0),
    cue: "Curl up only until the shoulder blades leave the bench; the full sit-up adds load, not benefit.",
  }),
  ex({
    id: "machine-crunch",
    name: "Machine crunch",
    aliases: ["Crunch (Machine)", "Machine Crunch", "Ab Crunch Machine"],
    pattern: "isolation",
    primary: ["abs"],
    equipment: ["machines"],
    load: L(2, 0, 3, 0, 0, "guided"),
    cues: [
      "Use a light stack; loaded, repeated bending is what a sore back tolerates least.",
      "Curl the ribs toward the hips and stop before the lower back rounds fully.",
    ],
  }),
  body({
    id: "v-up",
    name: "V-up",
    aliases: ["V Up", "Jackknife Sit Up", "Jackknife", "V Sit Up"],
    pattern: "isolation",
    primary: ["abs"],
    secondary: ["hip-flexors"],
    load: L(2, 1, 3, 0, 0),
    cue: "This folds the spine fully each rep; dead bugs train the same muscles with less load.",
  }),
  body({
    id: "toes-to-bar",
    name: "Toes to bar",
    aliases: ["Toes To Bar", "Knees to Elbows", "Knees To Elbow"],
    pattern: "anti-extension",
    primary: ["abs"],
    secondary: ["hip-flexors", "lats", "forearms"],
    equipment: ["pull-up-bar"],
    load: L(1, 1, 3, 0, 0),
    level: "intermediate",
    cue: "Raise the legs without swinging; hanging knee raises are the step below.",
  }),
  body({
    id: "dragon-flag",
    name: "Dragon flag",
    aliases: ["Dragon Flag", "Dragon Flags"],
    pattern: "anti-extension",
    primary: ["abs"],
    secondary: ["lats", "hip-flexors"],
    equipment: ["bench"],
    load: L(2, 1, 1, 2, 0),
    level: "advanced",
    cue: "Lower only as far as the lower back stays flat; the lever is long and the load high.",
  }),
  body({
    id: "l-sit",
    name: "L-sit hold",
    aliases: ["L-Sit Hold", "L Sit", "L-Sit"],
    pattern: "anti-extension",
    primary: ["abs", "hip-flexors"],
    secondary: ["triceps", "quads"],
    load: L(1, 0, 1, 0, 0),
    measure: "seconds",
    level: "intermediate",
    cue: "Press down through straight arms and hold only while the legs stay up without rounding.",
  }),
  body({
    id: "copenhagen-plank",
    name: "Copenhagen plank",
    aliases: ["Copenhagen Plank", "Copenhagen Side Plank", "Copenhagen Adduction"],
    pattern: "anti-lateral-flexion",
    primary: ["adductors", "obliques"],
    equipment: ["bench"],
    load: L(1, 0, 0, 0, 0),
    measure: "seconds",
    uni: true,
    level: "intermediate",
    cue: "Start with the knee on the bench rather than the foot, and keep the body in a straight line.",
  }),
  body({
    id: "reverse-plank",
    name: "Reverse plank",
    aliases: ["Reverse Plank", "Back Plank"],
    pattern: "anti-extension",
    primary: ["glutes", "hamstrings"],
    secondary: ["shoulders", "lower-back"],
    load: L(1, 0, 0, 1, 0),
    measure: "seconds",
    cue: "Lift the hips into a straight line and hold without pushing them higher into an arch.",
  }),
  body({
    id: "superman",
    name: "Superman",
    aliases: ["Superman", "Supermans", "Prone Arm and Leg Raise"],
    pattern: "hip-extension",
    primary: ["lower-back", "glutes"],
    secondary: ["hamstrings", "upper-back"],
    load: L(2, 1, 0, 3, 0),
    cue: "Lifting arms and legs together loads the lower back a lot; the bird dog works the same muscles gently.",
  }),
  ex({
    id: "dumbbell-side-bend",
    name: "Dumbbell side bend",
    aliases: ["Side Bend (Dumbbell)", "Dumbbell Side Bend", "Side Bend"],
    pattern: "anti-lateral-flexion",
    primary: ["obliques"],
    secondary: ["abs"],
    equipment: ["dumbbells"],
    load: L(1, 1, 2, 0, 1),
    cues: [
      "Bend only a little to the side and come back up slowly.",
      "A suitcase hold trains the same muscles with the spine kept still.",
    ],
  }),
  ex({
    id: "cable-side-bend",
    name: "Cable side bend",
    aliases: ["Side Bend (Cable)", "Cable Side Bend"],
    pattern: "anti-lateral-flexion",
    primary: ["obliques"],
    secondary: ["abs"],
    equipment: ["cable"],
    load: L(1, 1, 2, 0, 1),
    cues: [
      "Stand side-on to the low pulley and bend only a little away from it.",
      "Keep the hips still; only the trunk moves.",
    ],
  }),
  ex({
    id: "torso-rotation-machine",
    name: "Torso rotation machine",
    aliases: ["Torso Rotation (Machine)", "Torso Rotation", "Rotary Torso", "Rotary Torso (Machine)"],
    pattern: "isolation",
    primary: ["obliques"],
    secondary: ["abs"],
    equipment: ["machines"],
    load: L(1, 0, 1, 0, 3),
    cues: [
      "Twisting under load is the hardest movement for a sore back: keep the range and the stack small.",
      "Turn from the ribs slowly with the hips fixed on the seat.",
    ],
  }),
  ex({
    id: "kettlebell-halo",
    name: "Kettlebell halo",
    aliases: ["Kettlebell Halo", "Halo (Kettlebell)", "Halo"],
    pattern: "mobility",
    primary: ["shoulders"],
    secondary: ["upper-back", "abs"],
    equipment: ["kettlebell"],
    load: L(1, 0, 0, 1, 1),
    cues: ["Circle the bell close around your head with the ribs down.", "Keep the hips and trunk still."],
  }),
  ex({
    id: "kettlebell-around-the-world",
    name: "Kettlebell around the world",
    aliases: ["Kettlebell Around the World", "Around the World (Kettlebell)"],
    pattern: "anti-rotation",
    primary: ["obliques", "abs"],
    secondary: ["forearms"],
    equipment: ["kettlebell"],
    load: L(1, 0, 0, 0, 1),
    cues: ["Pass the bell around your waist hand to hand.", "Keep the trunk facing forward as the bell travels."],
  }),
];

/** Conditioning and jumping drills. */
const CONDITIONING: readonly ExerciseDef[] = [
  body({
    id: "box-jump",
    name: "Box jump",
    aliases: ["Box Jump", "Box Jumps", "Lateral Box Jump"],
    pattern: "conditioning",
    primary: ["quads", "glutes", "calves"],
    equipment: ["bench"],
    load: L(2, 0, 1, 0, 0),
    cue: "Step down rather than jump down; the landing is where the back takes the load.",
  }),
  body({
    id: "jump-squat",
    name: "Jump squat",
    aliases: ["Jump Squat", "Squat Jump", "Jump Squats"],
    pattern: "conditioning",
    primary: ["quads", "glutes", "calves"],
    load: L(2, 0, 1, 1, 0),
    cue: "Land softly through bent knees with your chest up.",
  }),
  body({
    id: "burpee",
    name: "Burpee",
    aliases: ["Burpee", "Burpees"],
    pattern: "conditioning",
    primary: ["quads", "chest", "shoulders"],
    secondary: ["abs"],
    load: L(1, 1, 2, 1, 0),
    cue: "Step the feet back and forward instead of jumping when the back is sore.",
  }),
  body({
    id: "mountain-climber",
    name: "Mountain climber",
    aliases: ["Mountain Climber", "Mountain Climbers"],
    pattern: "conditioning",
    primary: ["abs", "hip-flexors"],
    secondary: ["shoulders", "quads"],
    load: L(1, 0, 1, 1, 1),
    cue: "Hold a straight plank while the knees drive; slow down before the hips sag.",
  }),
  body({
    id: "jumping-jack",
    name: "Jumping jack",
    aliases: ["Jumping Jack", "Jumping Jacks", "Star Jump"],
    pattern: "conditioning",
    primary: ["calves", "shoulders"],
    load: L(1, 0, 0, 0, 0),
    cue: "Land on the balls of the feet with soft knees.",
  }),
  body({
    id: "jump-rope",
    name: "Jump rope",
    aliases: ["Jump Rope", "Skipping Rope", "Skipping"],
    pattern: "conditioning",
    primary: ["calves"],
    secondary: ["shoulders"],
    load: L(1, 0, 0, 0, 0),
    measure: "seconds",
    cue: "Small, quiet jumps with the trunk tall.",
  }),
  body({
    id: "battle-ropes",
    name: "Battle ropes",
    aliases: ["Battle Ropes", "Battle Rope", "Battling Ropes"],
    pattern: "conditioning",
    primary: ["shoulders"],
    secondary: ["abs", "forearms"],
    load: L(1, 1, 0, 1, 1),
    measure: "seconds",
    cue: "Stand in a shallow squat with the trunk upright; the arms make the waves.",
  }),
  body({
    id: "ball-slam",
    name: "Ball slam",
    aliases: ["Ball Slams", "Medicine Ball Slam", "Slam Ball"],
    pattern: "conditioning",
    primary: ["lats", "abs"],
    secondary: ["shoulders", "glutes"],
    load: L(1, 1, 2, 2, 0),
    cue: "Slam with the hips and arms; bend the knees to pick the ball up rather than rounding.",
  }),
  body({
    id: "sled-push",
    name: "Sled push",
    aliases: ["Sled Push", "Prowler Push", "Sled Push (Machine)", "Prowler"],
    pattern: "conditioning",
    primary: ["quads", "glutes"],
    secondary: ["calves", "shoulders"],
    equipment: ["machines"],
    load: L(1, 1, 0, 1, 0),
    measure: "distance",
    cue: "Keep a straight line from head to heel and drive with short steps.",
  }),
];

/** Every entry above. */
export const CONDITIONING_EXERCISES: readonly ExerciseDef[] = [...CORE, ...CONDITIONING];
