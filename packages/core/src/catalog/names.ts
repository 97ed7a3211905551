/**
 * Name resolution for imports (C1 aliases, C6), by the grammar the apps write names in: a movement, its equipment
 * in brackets or in front ("Bench Press (Dumbbell)", "Dumbbell Bench Press"), grip and tempo words, plurals and
 * spellings. A wrong merge is worse than a custom exercise: a name that says its equipment only ever resolves to an
 * entry with that equipment, and a name that fits several entries equally well resolves to none.
 */
import type { ExerciseDef } from "../records/exercise.js";
import { CATALOG } from "./catalog.js";
import { gradeOf } from "./grade.js";
import { equipmentWordsOf, GRIP_WORDS, nameKey, namesOf, parseName, SIDE_WORDS, TEMPO_WORDS } from "./words.js";

export { nameKey, namesOf, nameWords } from "./words.js";

/** What resolution reads of an exercise; equipment is optional so that bare name lists still resolve. */
export type NamedExercise = Pick<ExerciseDef, "id" | "name" | "aliases"> & Partial<Pick<ExerciseDef, "equipment">>;

/** One name of one entry, split by the grammar. */
interface Candidate {
  id: string;
  /** Equipment words the name itself says ("Goblet Squat (Kettlebell)": kettlebell). */
  named: ReadonlySet<string>;
  /** Equipment words of the entry's equipment list. */
  has: ReadonlySet<string>;
  /** All distinct words of the name, for the loose match. */
  words: string[];
}

/** The lookups over one list of exercises, in list order. */
interface NameIndex {
  /** Order-free key of every name -> the first entry that answers to it. */
  exact: Map<string, string>;
  /** Movement words (sorted) -> every name with those movement words. */
  byMovement: Map<string, Candidate[]>;
  all: Candidate[];
}

function buildIndex(defs: readonly NamedExercise[]): NameIndex {
  const exact = new Map<string, string>();
  const byMovement = new Map<string, Candidate[]>();
  const all: Candidate[] = [];
  for (const d of defs) {
    const has = equipmentWordsOf(d.equipment ?? []);
    for (const n of namesOf(d)) {
      const k = nameKey(n);
      if (k === "") continue;
      // The first owner of a key keeps it, so the catalog order decides between near-duplicates.
      if (!exact.has(k)) exact.set(k, d.id);
      const p = parseName(n);
      const c: Candidate = { id: d.id, named: new Set(p.equipment), has, words: [...p.movement, ...p.equipment] };
      all.push(c);
      const mk = p.movement.join(" ");
      if (mk === "") continue;
      const list = byMovement.get(mk);
      if (list) list.push(c);
      else byMovement.set(mk, [c]);
    }
  }
  return { exact, byMovement, all };
}

/** True when a candidate has every equipment word the query names. */
function fitsEquipment(c: Candidate, equipment: readonly string[]): boolean {
  return equipment.every((e) => c.named.has(e) || c.has.has(e));
}

/**
 * The entry whose movement words are exactly `movement` and that has the equipment named. Without equipment named,
 * only an entry answering to the bare movement is an answer ("Lateral Raise": the dumbbell raise, named so in the
 * catalog); "Snatch" never becomes the kettlebell snatch because one of its names says "KB Snatch".
 */
function byGrammar(movement: readonly string[], equipment: readonly string[], index: NameIndex): string | null {
  const list = index.byMovement.get(movement.join(" "));
  if (!list) return null;
  const fitting = list.filter((c) => fitsEquipment(c, equipment));
  if (fitting.length === 0) return null;
  if (equipment.length > 0) return fitting[0]?.id ?? null;
  return fitting.find((c) => c.named.size === 0)?.id ?? null;
}

/** Fewest words a name needs to be matched inside a longer one, and the share of the longer one it must cover. */
const LOOSE_MIN_WORDS = 3;
const LOOSE_MIN_SHARE = 0.75;

/**
 * The loose match: a known name all of whose words appear in the query, that covers at least three quarters of it
 * ("Bigger Incline Dumbbell Bench Press" is an incline dumbbell bench press) and has every equipment the query
 * names. Most words covered wins, then the earlier entry.
 */
function looseMatch(words: readonly string[], equipment: readonly string[], index: NameIndex): string | null {
  const q = new Set(words);
  let best: { id: string; n: number } | null = null;
  for (const c of index.all) {
    const n = c.words.length;
    if (n < LOOSE_MIN_WORDS || n / q.size < LOOSE_MIN_SHARE) continue;
    if (!c.words.every((w) => q.has(w)) || !fitsEquipment(c, equipment)) continue;
    if (best === null || n > best.n) best = { id: c.id, n };
  }
  return best?.id ?? null;
}

/** The movement without its side words, or null when it has none or is single-leg work (a different lift). */
function oneSideDropped(movement: readonly string[]): string[] | null {
  if (movement.includes("leg")) return null;
  const rest = movement.filter((w) => !SIDE_WORDS.has(w));
  return rest.length > 0 && rest.length < movement.length ? rest : null;
}

let gradeById: Map<string, string> | null = null;

/**
 * A one-sided name answers to its two-sided entry only when that entry is grade A (C2): a light or supported load
 * stays light on one side; a heavier one may twist the trunk, so it stays custom. Custom entries carry no grade here.
 */
function lowLoadOnly(id: string | null, builtIn: boolean): string | null {
  if (id === null || !builtIn) return null;
  if (gradeById === null) gradeById = new Map(CATALOG.map((d) => [d.id, gradeOf(d.load)]));
  return gradeById.get(id) === "A" ? id : null;
}

let catalogIndex: NameIndex | null = null;

/**
 * The exercise id a name from another app stands for, or null when nothing fits well enough (the importer then
 * makes a custom exercise, C6). In order, the built-in catalog before the extra (custom) list at each step:
 * 1. the same words as a known name, in any order;
 * 2. the same movement as a known name, with the equipment the name says (or the plain entry when it says none);
 * 3. the same, with tempo words left out, then grip words too ("Bench Press - Wide Grip (Barbell)" is a barbell
 *    bench press);
 * 4. a known name of three or more words inside a slightly longer one, with the equipment the name says;
 * 5. the two-sided entry of a one-sided name ("Single Arm Lateral Raise (Dumbbell)"), when that entry is grade A.
 */
export function resolveExerciseName(name: string, extra: readonly NamedExercise[] = []): string | null {
  const k = nameKey(name);
  if (k === "") return null;
  if (catalogIndex === null) catalogIndex = buildIndex(CATALOG);
  const indexes = extra.length > 0 ? [catalogIndex, buildIndex(extra)] : [catalogIndex];
  for (const ix of indexes) {
    const hit = ix.exact.get(k);
    if (hit !== undefined) return hit;
  }
  const { movement, equipment } = parseName(name);
  if (movement.length === 0) return null;
  const untimed = movement.filter((w) => !TEMPO_WORDS.has(w) && !/^\d+$/.test(w));
  const plain = untimed.filter((w) => !GRIP_WORDS.has(w));
  const steps: ((ix: NameIndex) => string | null)[] = [(ix) => byGrammar(movement, equipment, ix)];
  for (const fewer of [untimed, plain]) {
    if (fewer.length > 0 && fewer.length < movement.length) steps.push((ix) => byGrammar(fewer, equipment, ix));
  }
  steps.push((ix) => looseMatch([...movement, ...equipment], equipment, ix));
  const twoSided = oneSideDropped(plain);
  if (twoSided !== null) steps.push((ix) => lowLoadOnly(byGrammar(twoSided, equipment, ix), ix === catalogIndex));
  for (const step of steps) {
    for (const ix of indexes) {
      const hit = step(ix);
      if (hit !== null) return hit;
    }
  }
  return null;
}
