/**
 * "Your back" in words: the movement patterns in plain language with examples, the profile's aggravating and
 * cleared lists as named rows, the clearance status, and the notes' counter. Pure functions, tested beside.
 */
import { type AggravatingEntry, type ClearanceStatus, type Direction, PATTERNS, type Pattern } from "@spotter/core";
import { dateText } from "../data/shareText.js";

/** Each pattern's plain name and a few exercises that use it. */
export const PATTERN_WORDS: Record<Pattern, { name: string; examples: string }> = {
  squat: { name: "Squat", examples: "back squats, goblet squats, leg press" },
  hinge: { name: "Hinge", examples: "deadlifts, good mornings" },
  lunge: { name: "Lunge and split squat", examples: "lunges, step-ups, Bulgarian split squats" },
  "hip-extension": { name: "Hip extension", examples: "hip thrusts, glute bridges, back extensions" },
  "knee-extension": { name: "Knee extension", examples: "leg extensions" },
  "knee-flexion": { name: "Knee bend", examples: "leg curls, Nordic curls" },
  "horizontal-push": { name: "Horizontal push", examples: "bench press, push-ups" },
  "horizontal-pull": { name: "Row", examples: "bent-over rows, cable rows" },
  "vertical-push": { name: "Overhead push and dip", examples: "overhead press, dips" },
  "vertical-pull": { name: "Pull-down and pull-up", examples: "lat pulldowns, pull-ups" },
  carry: { name: "Carry", examples: "farmer's carries, suitcase carries" },
  "anti-extension": { name: "Core, holding against arching", examples: "planks, dead bugs, leg raises" },
  "anti-rotation": { name: "Core, holding against twisting", examples: "bird dogs, Pallof presses, woodchops" },
  "anti-lateral-flexion": { name: "Core, holding against side-bending", examples: "side planks, suitcase holds" },
  isolation: { name: "Single-joint work", examples: "curls, raises, calf raises, crunches" },
  decompression: { name: "Hanging and unloading", examples: "dead hangs, lying rests" },
  "soft-tissue": { name: "Foam rolling", examples: "rolling the back, glutes, legs" },
  mobility: { name: "Mobility", examples: "cat-cow, hip and spine stretches" },
  conditioning: { name: "Cardio", examples: "walking, cycling, rowing, running" },
};

/** Each direction of spinal load (P9) in plain words, with everyday examples of it. */
export const DIRECTION_WORDS: Record<Direction, { name: string; examples: string }> = {
  flexion: { name: "Bending forward", examples: "sit-ups, deadlifts from the floor, bent-over rows" },
  extension: { name: "Arching backward", examples: "standing overhead presses, back extensions, kettlebell swings" },
  rotation: { name: "Twisting", examples: "Russian twists, woodchops, one-sided throws" },
  axial: { name: "Weight pressing down through the spine", examples: "barbell squats, heavy carries, overhead lifts" },
};

/** A pattern's name with its examples, as a choice reads: "Hinge (deadlifts, good mornings)". */
export function patternChoice(p: string): string {
  const w = (PATTERN_WORDS as Record<string, { name: string; examples: string } | undefined>)[p];
  return w ? `${w.name} (${w.examples})` : p.replace(/-/g, " ");
}

/** A pattern's plain name alone ("Hinge"); unknown slugs are shown with spaces. */
export function patternName(p: string): string {
  return (PATTERN_WORDS as Record<string, { name: string } | undefined>)[p]?.name ?? p.replace(/-/g, " ");
}

/** One row of the "left out" list. */
export interface ExcludedRow {
  key: string;
  kind: "pattern" | "exercise" | "direction";
  name: string;
  detail: string;
  /** The exercise's Library page, for an exercise row. */
  href?: string;
}

/** A stable key of an aggravating entry. */
export function entryKey(e: AggravatingEntry): string {
  if ("direction" in e) return `direction:${e.direction}`;
  return "pattern" in e ? `pattern:${e.pattern}` : `exercise:${e.exerciseId}`;
}

/** Names an exercise id from the catalog (null while it loads), or says plainly that it is no longer there. */
export function exerciseName(id: string, names: ReadonlyMap<string, string> | null): string {
  if (!names) return "Loading the name…";
  return names.get(id) ?? "An exercise no longer in your library";
}

/** The aggravating list as rows: whole patterns first (in vocabulary order), then exercises by name. */
export function excludedRows(
  list: readonly AggravatingEntry[],
  names: ReadonlyMap<string, string> | null,
): ExcludedRow[] {
  const seen = new Set<string>();
  const patterns: ExcludedRow[] = [];
  const exercises: ExcludedRow[] = [];
  const directions: ExcludedRow[] = [];
  for (const e of list) {
    const key = entryKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    if ("direction" in e) {
      directions.push({
        key,
        kind: "direction",
        name: DIRECTION_WORDS[e.direction].name,
        detail: `Exercises that load your back this way, such as ${DIRECTION_WORDS[e.direction].examples}`,
      });
    } else if ("pattern" in e) {
      patterns.push({
        key,
        kind: "pattern",
        name: patternName(e.pattern),
        detail: `Every ${patternName(e.pattern).toLowerCase()} exercise, such as ${PATTERN_WORDS[e.pattern]?.examples ?? "these"}`,
      });
    } else {
      exercises.push({
        key,
        kind: "exercise",
        name: exerciseName(e.exerciseId, names),
        detail: "This one exercise",
        href: `/library/${encodeURIComponent(e.exerciseId)}`,
      });
    }
  }
  const order = (r: ExcludedRow) => PATTERNS.indexOf(r.key.slice("pattern:".length) as Pattern);
  patterns.sort((a, b) => order(a) - order(b));
  exercises.sort((a, b) => a.name.localeCompare(b.name));
  return [...directions, ...patterns, ...exercises];
}

/** The list without the entry of `key`. */
export function withoutEntry(list: readonly AggravatingEntry[], key: string): AggravatingEntry[] {
  return list.filter((e) => entryKey(e) !== key);
}

/** The list with a whole pattern added (once). */
export function withPattern(list: readonly AggravatingEntry[], p: Pattern): AggravatingEntry[] {
  return list.some((e) => "pattern" in e && e.pattern === p) ? [...list] : [...list, { pattern: p }];
}

/** The list with a direction added (once) or removed. */
export function withDirection(list: readonly AggravatingEntry[], d: Direction, on: boolean): AggravatingEntry[] {
  const rest = list.filter((e) => !("direction" in e && e.direction === d));
  return on ? [...rest, { direction: d }] : rest;
}

/** Patterns not yet left out, in vocabulary order. */
export function patternsToAdd(list: readonly AggravatingEntry[]): Pattern[] {
  const out = new Set(list.flatMap((e) => ("pattern" in e ? [e.pattern] : [])));
  return PATTERNS.filter((p) => !out.has(p));
}

/** The clearance as a headline and its details, each a line; nothing in it is colour-only. */
export function clearanceLines(c: ClearanceStatus | null | undefined): { headline: string; details: string[] } {
  if (!c || c.status === "none") {
    return { headline: "No professional clearance recorded.", details: [] };
  }
  const details: string[] = [];
  if (c.date) details.push(`Date: ${dateText(c.date)}`);
  if (c.by) details.push(`By: ${c.by}`);
  if (c.status === "restricted") details.push(`Restrictions: ${c.restrictions?.trim() || "none written down"}`);
  return {
    headline: c.status === "restricted" ? "Cleared for training, with restrictions." : "Cleared for training.",
    details,
  };
}

/** The most the notes can hold (SPEC §1, the server's bound). */
export const NOTES_MAX = 2000;

/** The counter under the notes. */
export function notesCounter(text: string): string {
  const left = NOTES_MAX - text.length;
  return left < 100
    ? `${text.length} of ${NOTES_MAX} characters, ${Math.max(0, left)} left`
    : `${text.length} of ${NOTES_MAX} characters`;
}

/** What the notes save as: blank notes are no notes. */
export function notesValue(text: string): string | null {
  return text.trim() === "" ? null : text;
}

/** One line for Me about what "Your back" holds. */
export function backSummary(p: {
  aggravating?: readonly AggravatingEntry[];
  cleared?: readonly string[];
  clearance?: ClearanceStatus | null;
}): string {
  const out = new Set((p.aggravating ?? []).map(entryKey)).size;
  const cleared = new Set(p.cleared ?? []).size;
  const parts = [
    out === 0 ? "Nothing left out" : `${out} ${out === 1 ? "movement" : "movements"} left out`,
    cleared === 0 ? null : `${cleared} cleared`,
    !p.clearance || p.clearance.status === "none" ? "no clearance recorded" : "clearance recorded",
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}
