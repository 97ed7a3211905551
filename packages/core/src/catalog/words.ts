/**
 * The words of an exercise name, as the resolver (C1 aliases, C6) and search compare them: lower case, punctuation
 * and parentheses dropped, the apps' spellings made one ("DB", "dumbell" and "Dumbbells" are all "dumbbell"),
 * plurals made singular. The order of words is kept here; keys that ignore it are built from these words.
 */
import type { ExerciseDef } from "../records/exercise.js";
import type { Equipment } from "../records/vocab.js";

/** Phrases written several ways, replaced before the name is split into words (whole words only). */
const PHRASES: readonly [RegExp, string][] = [
  [/\bsmith machine\b/g, "smith"],
  [/\bplate loaded\b/g, "machine"],
  [/\bresistance bands?\b/g, "band"],
  [/\bbody ?weight\b/g, "bodyweight"],
  [/\bez ?curl bar\b|\bez ?bar\b|\bezbar\b|\bez\b/g, "barbell"],
  [/\bhex bar\b/g, "trap bar"],
  [/\bt ?bar\b/g, "t bar"],
  [/\bstiff legged\b/g, "stiff leg"],
  [/\bbent ?over\b/g, "bent over"],
  [/\bover ?head\b/g, "overhead"],
  // Strong says "Overhead Press (Dumbbell)" where Hevy says "Shoulder Press (Dumbbell)": the same movement.
  [/\bshoulder press\b/g, "overhead press"],
  [/\bpec dec\b/g, "pec deck"],
  [/\bskull ?crushers?\b/g, "skullcrusher"],
  [/\bhyper ?extensions?\b/g, "hyperextension"],
  [/\bkick ?backs?\b/g, "kickback"],
  [/\bcross ?overs?\b/g, "crossover"],
  [/\bface ?pulls?\b/g, "face pull"],
];

/** Single words that other apps spell differently but mean the same (after punctuation is gone). */
const SYNONYMS: Record<string, string> = {
  db: "dumbbell",
  dbs: "dumbbell",
  dumbell: "dumbbell",
  dumbells: "dumbbell",
  bb: "barbell",
  kb: "kettlebell",
  kbs: "kettlebell",
  bw: "bodyweight",
  machines: "machine",
  banded: "band",
  ohp: "overhead press",
  rdl: "romanian deadlift",
  rdls: "romanian deadlift",
  sldl: "stiff leg deadlift",
  "&": "and",
  // "Push Ups", "Sit Ups": "ups" is too short for the plural rule.
  ups: "up",
  pushup: "push up",
  pushups: "push up",
  pullup: "pull up",
  pullups: "pull up",
  chinup: "chin up",
  chinups: "chin up",
  situp: "sit up",
  situps: "sit up",
  stepup: "step up",
  stepups: "step up",
  pulldown: "pull down",
  pulldowns: "pull down",
  pushdown: "push down",
  pushdowns: "push down",
  pullthrough: "pull through",
  deadlifts: "deadlift",
  flies: "fly",
  flyes: "fly",
  flye: "fly",
  calves: "calf",
  vup: "v up",
  tbar: "t bar",
  laying: "lying",
};

/**
 * Plural off: "-ches", "-shes", "-sses" and "-xes" lose "es" (crunches, presses), other words longer than three
 * letters lose a final "s" except "-ss" and "-us" endings (press, bus).
 */
function singular(w: string): string {
  if (w.length > 4 && /(?:ch|sh|ss|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

/** The name in lower case without accents and punctuation, spellings untouched ("Smith machine squat"). */
function plainText(name: string): string {
  return (
    name
      .toLowerCase()
      // Strong users log interval lengths in the name ("KB Snatch 30''", "Hold 20’’/20’’"): they are not words.
      .replace(/\d+\s*(?:''|’’|"|”|″|sec\b|secs\b|s\b|min\b|mins\b)(?:\s*\/\s*)?/g, " ")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/&/g, " and ")
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/**
 * The words of a name as written, only lower-cased and split ("Smith machine squat": smith, machine, squat). Search
 * uses them beside `nameWords`, so that "machine" still finds the Smith machine squat.
 */
export function plainWords(name: string): string[] {
  const plain = plainText(name);
  return plain === "" ? [] : plain.split(" ");
}

/** The words of a name: lower case, punctuation and parentheses dropped, spellings made one, plurals trimmed. */
export function nameWords(name: string): string[] {
  let plain = plainText(name);
  if (plain === "") return [];
  for (const [from, to] of PHRASES) plain = plain.replace(from, to);
  const out: string[] = [];
  for (const w of plain.split(" ")) {
    const syn = SYNONYMS[w];
    for (const part of (syn ?? w).split(" ")) out.push(singular(part));
  }
  return out;
}

/** The order-free key of a name: its words sorted and joined, so "Squat (Barbell)" and "Barbell Squat" agree. */
export function nameKey(name: string): string {
  return [...nameWords(name)].sort().join(" ");
}

/** Every name an exercise answers to: its name, its aliases and its id read as words. */
export function namesOf(def: Pick<ExerciseDef, "id" | "name" | "aliases">): string[] {
  return [def.name, ...def.aliases, def.id.replace(/-/g, " ")];
}

/** The equipment words of the apps' grammar ("Bench Press (Dumbbell)"), after `nameWords`. */
export const EQUIPMENT_WORDS: ReadonlySet<string> = new Set([
  "barbell",
  "dumbbell",
  "kettlebell",
  "cable",
  "machine",
  "smith",
  "band",
  "bodyweight",
]);

/** The equipment word each catalog equipment slug stands for (bench, belt and foam roller name no load). */
const WORD_OF_EQUIPMENT: Partial<Record<Equipment, string>> = {
  barbell: "barbell",
  dumbbells: "dumbbell",
  kettlebell: "kettlebell",
  "smith-machine": "smith",
  "leg-press": "machine",
  cable: "cable",
  machines: "machine",
  "pull-up-bar": "bodyweight",
  bands: "band",
  none: "bodyweight",
};

/** The equipment words an exercise's equipment list answers to. */
export function equipmentWordsOf(equipment: readonly Equipment[]): Set<string> {
  const out = new Set<string>();
  for (const e of equipment) {
    const w = WORD_OF_EQUIPMENT[e];
    if (w !== undefined) out.add(w);
  }
  return out;
}

/** A name split by the apps' grammar: the movement's words (sorted, distinct) and the equipment words it names. */
export interface ParsedName {
  movement: string[];
  equipment: string[];
}

/** Splits a name into movement and equipment words ("Incline Bench Press (Dumbbell)": incline bench press, dumbbell). */
export function parseName(name: string): ParsedName {
  const words = [...new Set(nameWords(name))];
  return {
    movement: words.filter((w) => !EQUIPMENT_WORDS.has(w)).sort(),
    equipment: words.filter((w) => EQUIPMENT_WORDS.has(w)).sort(),
  };
}

/**
 * Words that change how a lift is timed but not its load on the spine: pauses, tempo and counts ("3 second pause"),
 * added weight on a bodyweight move, standing, flat. A name is matched without them only when it fits nothing with
 * them; digits count as tempo words then.
 */
export const TEMPO_WORDS: ReadonlySet<string> = new Set([
  "pause",
  "paused",
  "tempo",
  "slow",
  "second",
  "sec",
  "count",
  "weighted",
  "standing",
  "flat",
]);

/**
 * Words that change how a lift is held but not its load on the spine: grips, attachments and stance width. Dropped
 * after the tempo words, so "Close Grip Bench Press (Paused)" stays a close-grip press.
 */
export const GRIP_WORDS: ReadonlySet<string> = new Set([
  "close",
  "wide",
  "narrow",
  "neutral",
  "overhand",
  "underhand",
  "pronated",
  "supinated",
  "grip",
  "hand",
  "v",
  "bar",
  "handle",
  "attachment",
  "stance",
]);

/**
 * Words that say one side works at a time ("Single Arm", "Alternating"). Dropped last, and only when what is left
 * fits low-load work (the resolver checks), because a one-sided load can twist the trunk.
 */
export const SIDE_WORDS: ReadonlySet<string> = new Set([
  "single",
  "one",
  "arm",
  "alternating",
  "alternate",
  "unilateral",
  "left",
  "right",
]);
