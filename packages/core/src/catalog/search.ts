/** `GET /exercises?q&pattern&equipment&grade`: filters, then ranks by how well the query fits a name. */
import type { Exercise } from "../records/exercise.js";
import type { Equipment, Grade, Pattern } from "../records/vocab.js";
import { nameKey, namesOf, nameWords } from "./words.js";

/** Filters and query of an exercise search; every field is optional. */
export interface ExerciseQuery {
  q?: string;
  pattern?: Pattern;
  /** Exercises that use this equipment (or any of these). */
  equipment?: Equipment | readonly Equipment[];
  grade?: Grade;
}

/** How well a query fits one exercise: 0 exact name or alias, 1 prefix, 2 substring, 3 all words, null none. */
export function matchRank(ex: Exercise, q: string): number | null {
  const qWords = nameWords(q);
  if (qWords.length === 0) return null;
  const qKey = [...qWords].sort().join(" ");
  const qPlain = qWords.join(" ");
  let best: number | null = null;
  for (const n of namesOf(ex)) {
    const words = nameWords(n);
    const plain = words.join(" ");
    let r: number | null = null;
    if (nameKey(n) === qKey) r = 0;
    else if (plain.startsWith(qPlain)) r = 1;
    else if (plain.includes(qPlain)) r = 2;
    else if (qWords.every((w) => words.some((x) => x.startsWith(w)))) r = 3;
    if (r !== null && (best === null || r < best)) best = r;
    if (best === 0) break;
  }
  return best;
}

/**
 * Exercises that pass the filters; with `q`, only those that match, exact name or alias first, then prefix, then
 * substring, ties kept in list order (so the result is deterministic).
 */
export function searchExercises(list: readonly Exercise[], query: ExerciseQuery = {}): Exercise[] {
  const eq =
    query.equipment === undefined ? null : typeof query.equipment === "string" ? [query.equipment] : query.equipment;
  const filtered = list.filter(
    (e) =>
      (query.pattern === undefined || e.pattern === query.pattern) &&
      (query.grade === undefined || e.grade === query.grade) &&
      (eq === null || eq.length === 0 || e.equipment.some((x) => eq.includes(x))),
  );
  const q = query.q?.trim() ?? "";
  if (q === "") return filtered;
  const ranked: { e: Exercise; r: number; i: number }[] = [];
  filtered.forEach((e, i) => {
    const r = matchRank(e, q);
    if (r !== null) ranked.push({ e, r, i });
  });
  ranked.sort((a, b) => a.r - b.r || a.i - b.i);
  return ranked.map((x) => x.e);
}
