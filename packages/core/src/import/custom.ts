/**
 * C6: an imported name the catalog does not know becomes a custom exercise, never a dropped set. The guesses are
 * our own judgement and deliberately conservative, since a wrong guess must not make a lift look kinder to the back
 * than it is: pattern and muscles from the name's words (else the FitNotes category), laterality and equipment
 * from words, and a moderate spinal-load profile that never grades an unknown free-weight lift A. The user can edit
 * every field afterwards.
 */
import { type CustomExerciseInput, customExerciseSchema, type LoadProfile, type Measure } from "../records/exercise.js";
import { TEXT_LIMITS } from "../records/text.js";
import type { Equipment, Laterality, Support } from "../records/vocab.js";
import { CATEGORY_RULES, PATTERN_RULES, type PatternRule } from "./customRules.js";
import type { ImportedSet, ImportedWorkout } from "./types.js";

/** Hints an import can give: the file's category (FitNotes) and what the sets measure. */
export interface CustomExerciseHint {
  category?: string;
  measure?: "reps" | "seconds" | "distance";
}

/** Lower case, accents and punctuation dropped, and the common gym abbreviations spelt out. */
function plainWords(name: string): string {
  const ABBREV: Record<string, string> = {
    db: "dumbbell",
    bb: "barbell",
    kb: "kettlebell",
    ohp: "overhead press",
    rdl: "romanian deadlift",
    sldl: "stiff leg deadlift",
    bw: "bodyweight",
  };
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => ABBREV[w] ?? w)
    .join(" ");
}

/** Equipment named in the words; a Smith machine or a leg press is that, not a generic machine. */
function equipmentOf(words: string): Equipment[] {
  const out: Equipment[] = [];
  const has = (re: RegExp) => re.test(words);
  if (has(/\bbarbell|\bez ?bar|\btrap bar|\bhex bar|\bsafety bar|\blandmine|\bolympic bar/)) out.push("barbell");
  if (has(/\bdumbb?ell/)) out.push("dumbbells");
  if (has(/\bkettle ?bell/)) out.push("kettlebell");
  if (has(/\bsmith\b/)) out.push("smith-machine");
  else if (has(/\bleg press/)) out.push("leg-press");
  else if (has(/\bmachine|\bhammer strength|\bpec deck|\bnautilus|\bassisted|\btreadmill|\belliptical|\brower\b/)) {
    out.push("machines");
  }
  if (has(/\bcable|\bpulley|\bpull ?downs?\b|\bpush ?downs?\b|\bface pull/)) out.push("cable");
  if (has(/\bbands?\b|\bresistance band/)) out.push("bands");
  if (has(/\bpull ?ups?\b|\bchin ?ups?\b|\bdead ?hang|\bhanging\b|\bdips?\b/) && !out.includes("machines"))
    out.push("pull-up-bar");
  if (has(/\bfoam roll/)) out.push("foam-roller");
  if (has(/\bbench\b/)) out.push("bench");
  return out.length > 0 ? out : ["none"];
}

/** Single-limb work from words ("single", "one arm", "unilateral") or a split-stance pattern. */
function lateralityOf(words: string, rule: PatternRule | null): Laterality {
  if (/\bsingle\b|\bone (arm|leg|hand|side)|\b1 (arm|leg)|\bunilateral|\bsuitcase/.test(words)) return "unilateral";
  return rule?.pattern === "lunge" ? "unilateral" : "bilateral";
}

type Scores = [axial: number, shear: number, flexion: number, extension: number, rotation: number];

/**
 * Spinal demand per pattern, for the lift without free weights (bodyweight, cable, machine) and with them. The
 * free-weight scores are a notch below the catalog's heaviest lifts of each pattern: moderate, not worst case.
 */
const SCORES: Record<string, { base: Scores; free: Scores }> = {
  squat: { base: [1, 0, 1, 1, 0], free: [2, 1, 1, 2, 0] },
  hinge: { base: [1, 1, 1, 1, 0], free: [2, 2, 1, 2, 0] },
  lunge: { base: [0, 0, 0, 1, 1], free: [1, 1, 0, 1, 1] },
  "hip-extension": { base: [0, 0, 0, 1, 0], free: [1, 1, 0, 1, 0] },
  "horizontal-push": { base: [0, 0, 0, 1, 0], free: [1, 1, 0, 2, 0] },
  "vertical-push": { base: [1, 0, 0, 1, 0], free: [2, 1, 0, 2, 0] },
  "horizontal-pull": { base: [0, 1, 0, 1, 0], free: [2, 2, 1, 2, 0] },
  carry: { base: [1, 0, 0, 0, 1], free: [2, 1, 0, 0, 1] },
  "anti-extension": { base: [1, 0, 1, 0, 0], free: [1, 1, 1, 1, 0] },
  "anti-lateral-flexion": { base: [1, 0, 0, 0, 0], free: [1, 1, 1, 0, 2] },
  conditioning: { base: [2, 0, 0, 1, 1], free: [2, 1, 1, 1, 1] },
};
const NO_SCORES: { base: Scores; free: Scores } = { base: [0, 0, 0, 0, 0], free: [1, 1, 1, 1, 0] };
/** The least demand we assume for a free-weight lift we do not know: scores 5 with no support credit, grade B. */
const FREE_FLOOR: Scores = [1, 1, 1, 1, 0];
/** What we assume when neither the name nor the category tells us anything: the same moderate floor. */
const UNKNOWN: Scores = FREE_FLOOR;

/** The load profile: free weights get the moderate free-weight scores and no support credit (we cannot see it). */
function loadOf(words: string, rule: PatternRule | null, equipment: Equipment[]): LoadProfile {
  const free = equipment.some((e) => e === "barbell" || e === "dumbbells" || e === "kettlebell");
  const table = rule ? (SCORES[rule.pattern] ?? NO_SCORES) : { base: UNKNOWN, free: UNKNOWN };
  let scores: Scores;
  let support: Support = "free";
  if (free) {
    scores = table.free.map((s, i) => Math.max(s, FREE_FLOOR[i] ?? 0)) as Scores;
  } else if (equipment.includes("smith-machine")) {
    // A Smith machine fixes the bar path but the spine still carries the load: free-weight scores, guided.
    scores = table.free;
    support = "guided";
  } else if (equipment.includes("machines") || equipment.includes("leg-press")) {
    scores = table.base;
    support = "supported";
  } else {
    scores = rule ? table.base : UNKNOWN;
    // A stationary bike or a foam roller carries the body; everything else we leave unsupported.
    if (rule?.pattern === "soft-tissue" || /\bbike\b|\brecumbent|\bspin/.test(words)) support = "supported";
  }
  const [axial, shear, flexion, extension, rotation] = scores;
  return { axial, shear, flexion, extension, rotation, support };
}

/** A name the schema accepts (2-100 characters), keeping the file's own words. */
function validName(name: string): string {
  const t = name
    .trim()
    .slice(0, TEXT_LIMITS.name)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
  if (t.length >= 2) return t;
  return t === "" ? "Imported exercise" : `${t} (imported)`;
}

/**
 * C6: a custom exercise for a name the catalog does not know, with conservative guesses (see the file comment).
 * The hint's measure wins; without one, holds count seconds and carries and cardio distance. Always passes
 * `customExerciseSchema`.
 */
export function customExerciseFromName(name: string, hint: CustomExerciseHint = {}): CustomExerciseInput {
  const words = plainWords(name);
  const category = hint.category?.trim().toLowerCase() ?? "";
  const rule = PATTERN_RULES.find((r) => r.test.test(words)) ?? CATEGORY_RULES[category] ?? null;
  const equipment = equipmentOf(words);
  const measure: Measure = hint.measure ?? rule?.measure ?? "reps";
  const fixedName = validName(name);
  const original = name.trim();
  const input: CustomExerciseInput = {
    name: fixedName,
    pattern: rule?.pattern ?? "isolation",
    // With no clue at all, the abs are the least wrong guess: every lift braces them.
    primaryMuscles: rule ? [...rule.primary] : ["abs"],
    secondaryMuscles: rule ? [...rule.secondary] : [],
    laterality: lateralityOf(words, rule),
    equipment,
    load: loadOf(words, rule, equipment),
    beltEligible: false,
    measure,
  };
  if (fixedName !== original && original.length >= 1 && original.length <= 100) input.aliases = [original];
  // The schema is the contract of POST /exercises: parse so that a mistake here fails loudly in tests.
  return customExerciseSchema.parse(input);
}

/**
 * The hint for each exercise name of an import: the file's category (FitNotes) and what its sets measure
 * (seconds when every set is timed without reps or distance, distance when every set has one without reps, else
 * reps), so the caller can pass it to customExerciseFromName.
 */
export function exerciseHintsOf(workouts: readonly ImportedWorkout[]): Map<string, CustomExerciseHint> {
  const hints = exerciseHintCollector();
  for (const w of workouts) for (const s of w.sets) hints.add(s);
  return hints.hints();
}

/**
 * Collects the hints of `exerciseHintsOf` set by set, keeping a few flags per name rather than the sets (an import
 * reads the names of a large file in one pass before it stores anything). Names in the order first seen.
 */
export function exerciseHintCollector(): {
  add(s: ImportedSet): void;
  hints(): Map<string, CustomExerciseHint>;
} {
  const byName = new Map<string, { timed: boolean; far: boolean; category: string | undefined }>();
  return {
    add(s) {
      const timed = !s.reps && (s.seconds ?? 0) > 0 && !s.distanceM;
      const far = !s.reps && (s.distanceM ?? 0) > 0;
      const seen = byName.get(s.exerciseName);
      if (!seen) {
        byName.set(s.exerciseName, { timed, far, category: s.category });
        return;
      }
      seen.timed &&= timed;
      seen.far &&= far;
      seen.category ??= s.category;
    },
    hints() {
      const out = new Map<string, CustomExerciseHint>();
      for (const [name, seen] of byName) {
        const hint: CustomExerciseHint = { measure: seen.timed ? "seconds" : seen.far ? "distance" : "reps" };
        if (seen.category !== undefined) hint.category = seen.category;
        out.set(name, hint);
      }
      return out;
    },
  };
}
