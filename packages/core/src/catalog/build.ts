/** Small builders that keep the catalog data files short and typed. */
import type { ExerciseDef, LoadProfile, Measure } from "../records/exercise.js";
import type { Equipment, Pattern, Support } from "../records/vocab.js";
import { type Level, levelOf } from "./level.js";
import type { Muscle } from "./muscles.js";

/** A load profile from its five 0-3 demand scores and the support kind. */
export function L(
  axial: number,
  shear: number,
  flexion: number,
  extension: number,
  rotation: number,
  support: Support = "free",
): LoadProfile {
  return { axial, shear, flexion, extension, rotation, support };
}

/** The compact form a catalog entry is written in. */
export interface DefInput {
  id: string;
  name: string;
  pattern: Pattern;
  primary: Muscle[];
  secondary?: Muscle[];
  equipment: Equipment[];
  load: LoadProfile;
  aliases?: string[];
  /** True for single-limb work. */
  uni?: boolean;
  /** C3: true for heavy free-weight squats, lunges, deadlifts, bent-over rows, RDLs and close variants. */
  belt?: boolean;
  measure?: Measure;
  loaded?: boolean;
  easier?: string;
  harder?: string;
  cues?: string[];
  /** P8: set only where the rule in level.ts would pick another level. */
  level?: Level;
}

/** An ExerciseDef from its compact form. */
export function ex(d: DefInput): ExerciseDef {
  const out: ExerciseDef = {
    id: d.id,
    name: d.name,
    aliases: d.aliases ?? [],
    pattern: d.pattern,
    primaryMuscles: [...d.primary],
    secondaryMuscles: [...(d.secondary ?? [])],
    laterality: d.uni ? "unilateral" : "bilateral",
    equipment: [...d.equipment],
    load: d.load,
    beltEligible: d.belt ?? false,
    measure: d.measure ?? "reps",
    cues: d.cues ?? [],
  };
  out.level = levelOf({ ...out, ...(d.level !== undefined ? { level: d.level } : {}) });
  if (d.loaded !== undefined) out.loaded = d.loaded;
  if (d.easier !== undefined) out.easier = d.easier;
  if (d.harder !== undefined) out.harder = d.harder;
  return out;
}
