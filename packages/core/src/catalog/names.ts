/**
 * Name resolution for imports (C1 aliases, C6): "Squat (Barbell)", "Barbell Squat" and "barbell squats" are the
 * same name. Matching ignores case, punctuation, parentheses, word order and simple plurals.
 */
import type { ExerciseDef } from "../records/exercise.js";
import { CATALOG } from "./catalog.js";

/** Words that other apps spell differently but mean the same. */
const SYNONYMS: Record<string, string> = {
  db: "dumbbell",
  dumbell: "dumbbell",
  bb: "barbell",
  kb: "kettlebell",
  ez: "ez",
  bw: "bodyweight",
  ohp: "overhead press",
  rdl: "romanian deadlift",
  sldl: "stiff leg deadlift",
  "&": "and",
  "w/": "with",
  pushup: "push up",
  pullup: "pull up",
  chinup: "chin up",
  situp: "sit up",
  stepup: "step up",
  pulldown: "pull down",
  pushdown: "push down",
  deadlifts: "deadlift",
};

/** Plural "s" off words longer than three letters, except "-ss" and "-us" endings (press, bus). */
function singular(w: string): string {
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.slice(0, -1);
  return w;
}

/** The words of a name: lower case, punctuation and parentheses dropped, synonyms expanded, plurals trimmed. */
export function nameWords(name: string): string[] {
  const plain = name
    .toLowerCase()
    // Strong users log interval lengths in the name ("KB Snatch 30''", "Hold 20’’/20’’"): they are not words.
    .replace(/\d+\s*(?:''|’’|"|”|″|sec\b|secs\b|s\b|min\b|mins\b)(?:\s*\/\s*)?/g, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (plain === "") return [];
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

function buildIndex(defs: readonly Pick<ExerciseDef, "id" | "name" | "aliases">[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const d of defs) {
    for (const n of namesOf(d)) {
      const k = nameKey(n);
      // The first owner of a key keeps it, so the catalog order decides between near-duplicates.
      if (k !== "" && !index.has(k)) index.set(k, d.id);
    }
  }
  return index;
}

let catalogIndex: Map<string, string> | null = null;
let catalogKeys: { words: string[]; id: string }[] | null = null;

/** Fewest words a name needs to be matched inside a longer one, and the share of the longer one it must cover. */
const LOOSE_MIN_WORDS = 3;
const LOOSE_MIN_SHARE = 0.75;

/**
 * The loose match: a known name all of whose words appear in the query and that covers at least three quarters of
 * it ("Bigger Incline Dumbbell Bench Press" is an incline dumbbell bench press). Most words covered wins, then
 * the earlier entry.
 */
function looseMatch(qWords: string[], keys: { words: string[]; id: string }[]): string | null {
  const q = new Set(qWords);
  let best: { id: string; n: number } | null = null;
  for (const k of keys) {
    if (k.words.length < LOOSE_MIN_WORDS || k.words.length / q.size < LOOSE_MIN_SHARE) continue;
    if (!k.words.every((w) => q.has(w))) continue;
    if (best === null || k.words.length > best.n) best = { id: k.id, n: k.words.length };
  }
  return best?.id ?? null;
}

function keysOf(defs: readonly Pick<ExerciseDef, "id" | "name" | "aliases">[]): { words: string[]; id: string }[] {
  return defs.flatMap((d) => namesOf(d).map((n) => ({ words: [...new Set(nameWords(n))], id: d.id })));
}

/**
 * The exercise id a name from another app stands for, or null when nothing fits (the importer then makes a
 * custom exercise, C6). An exact match (after normalising) wins, the built-in catalog before the extra (custom) list;
 * failing that, a loose match of a known name of three or more words inside a slightly longer one.
 */
export function resolveExerciseName(
  name: string,
  extra: readonly Pick<ExerciseDef, "id" | "name" | "aliases">[] = [],
): string | null {
  const k = nameKey(name);
  if (k === "") return null;
  if (catalogIndex === null) catalogIndex = buildIndex(CATALOG);
  const hit = catalogIndex.get(k) ?? (extra.length > 0 ? buildIndex(extra).get(k) : undefined);
  if (hit !== undefined) return hit;
  if (catalogKeys === null) catalogKeys = keysOf(CATALOG);
  const qWords = [...new Set(nameWords(name))];
  return looseMatch(qWords, catalogKeys) ?? (extra.length > 0 ? looseMatch(qWords, keysOf(extra)) : null);
}
