/** `GET /exercises?q&pattern&equipment&grade`: filters, then ranks by how well the query fits a name. */
import type { Exercise } from "../records/exercise.js";
import type { Equipment, Grade, Pattern } from "../records/vocab.js";
import { namesOf, nameWords, plainWords } from "./words.js";

/** Filters and query of an exercise search; every field is optional. */
export interface ExerciseQuery {
  q?: string;
  pattern?: Pattern;
  /** Exercises that use this equipment (or any of these). */
  equipment?: Equipment | readonly Equipment[];
  grade?: Grade;
}

/** How well query words fit a name's words: 0 same words, 1 prefix, 2 substring, 3 every word starts one, else null. */
function rankWords(qWords: readonly string[], words: readonly string[]): number | null {
  if (qWords.length === 0 || words.length === 0) return null;
  const qPlain = qWords.join(" ");
  const plain = words.join(" ");
  if ([...qWords].sort().join(" ") === [...words].sort().join(" ")) return 0;
  if (plain.startsWith(qPlain)) return 1;
  if (plain.includes(qPlain)) return 2;
  if (qWords.every((w) => words.some((x) => x.startsWith(w)))) return 3;
  return null;
}

/**
 * How well a query fits one exercise: 0 exact name or alias, 1 prefix, 2 substring, 3 all words, null none. Names
 * are compared both with spellings made one (`nameWords`: "DB press" finds the dumbbell press) and as written
 * (`plainWords`: "shoulder" finds the shoulder presses, whose words the resolver reads as "overhead press").
 */
export function matchRank(ex: Exercise, q: string): number | null {
  const forms = [nameWords, plainWords].map((f) => ({ f, q: f(q) })).filter((x) => x.q.length > 0);
  if (forms.length === 0) return null;
  let best: number | null = null;
  for (const n of namesOf(ex)) {
    for (const { f, q: qWords } of forms) {
      const r = rankWords(qWords, f(n));
      if (r !== null && (best === null || r < best)) best = r;
    }
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
