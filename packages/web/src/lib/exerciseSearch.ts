/** Client-side exercise search by name or alias: every typed word must appear; exact and prefix matches first. */
import type { Exercise } from "@spotter/core";

/** Lower-cased text without accents or punctuation, for matching. */
export function normaliseName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Ranks the exercises that match `q` (best first); an empty query matches nothing. */
export function searchExercises(list: readonly Exercise[], q: string, limit = 12): Exercise[] {
  const query = normaliseName(q);
  if (!query) return [];
  const words = query.split(" ");
  const scored: { e: Exercise; score: number }[] = [];
  for (const e of list) {
    const names = [e.name, ...(e.aliases ?? [])].map(normaliseName);
    let best = -1;
    for (const [i, n] of names.entries()) {
      if (!words.every((w) => n.includes(w))) continue;
      // Exact beats prefix beats contains; the exercise's own name beats an alias.
      const s = (n === query ? 300 : n.startsWith(query) ? 200 : 100) + (i === 0 ? 10 : 0);
      best = Math.max(best, s);
    }
    if (best >= 0) scored.push({ e, score: best });
  }
  scored.sort((a, b) => b.score - a.score || a.e.name.localeCompare(b.e.name));
  return scored.slice(0, limit).map((x) => x.e);
}
