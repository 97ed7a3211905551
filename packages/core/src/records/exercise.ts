/**
 * The exercise record (SPEC §3 C1-C4b): its type as the catalog and `GET /exercises` carry it, and the validator for
 * custom exercises (`POST /exercises`).
 */
import { z } from "zod";
import { zTextField } from "./text.js";
import {
  EQUIPMENT,
  type Equipment,
  EXPERIENCE_LEVELS,
  type Experience,
  type Grade,
  LATERALITIES,
  type Laterality,
  PATTERNS,
  type Pattern,
  SUPPORTS,
  type Support,
} from "./vocab.js";

/** Spinal-load profile of an exercise: demands scored 0-3 and the kind of support. */
export interface LoadProfile {
  axial: number;
  shear: number;
  flexion: number;
  extension: number;
  rotation: number;
  support: Support;
}

/** How an exercise is measured. */
export type Measure = "reps" | "seconds" | "distance";

/** An exercise as the catalog holds it (without the derived grade). */
export interface ExerciseDef {
  id: string;
  name: string;
  aliases: string[];
  pattern: Pattern;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  laterality: Laterality;
  equipment: Equipment[];
  load: LoadProfile;
  beltEligible: boolean;
  /** What a set counts: reps (default), seconds (holds, hangs, rolling) or distance (carries, walking). */
  measure?: Measure;
  /** True when the exercise moves external load that can be raised in steps. */
  loaded?: boolean;
  easier?: string;
  harder?: string;
  cues: string[];
  /** P8: beginner, intermediate or advanced; every catalog entry has one, a stored custom one may not yet. */
  level?: Experience;
}

/** An exercise as the API answers it: the definition plus its grade, increments and origin. */
export interface Exercise extends ExerciseDef {
  grade: Grade;
  /** P8: always present in an answer (derived by `levelOf` where the definition names none). */
  level: Experience;
  increment: { kg: number; lb: number };
  custom: boolean;
}

const zScore = z.int().min(0).max(3);

/** Validator for `POST /exercises` (a custom exercise). */
export const customExerciseSchema = z.strictObject({
  name: zTextField("name", { trim: true, min: 2 }),
  aliases: z
    .array(zTextField("name", { trim: true, min: 1 }))
    .max(20)
    .optional(),
  pattern: z.enum(PATTERNS),
  primaryMuscles: z
    .array(zTextField("muscle", { min: 1 }))
    .min(1)
    .max(10),
  secondaryMuscles: z
    .array(zTextField("muscle", { min: 1 }))
    .max(10)
    .optional(),
  laterality: z.enum(LATERALITIES),
  equipment: z.array(z.enum(EQUIPMENT)).min(1).max(EQUIPMENT.length),
  load: z.strictObject({
    axial: zScore,
    shear: zScore,
    flexion: zScore,
    extension: zScore,
    rotation: zScore,
    support: z.enum(SUPPORTS),
  }),
  beltEligible: z.boolean().optional(),
  measure: z.enum(["reps", "seconds", "distance"]).optional(),
  level: z.enum(EXPERIENCE_LEVELS).optional(),
  cues: z
    .array(zTextField("cue", { min: 1 }))
    .max(5)
    .optional(),
});
/** A parsed custom exercise body. */
export type CustomExerciseInput = z.infer<typeof customExerciseSchema>;
