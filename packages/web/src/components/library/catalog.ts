/**
 * View logic of the Library: the words for grades, patterns, equipment and support, the client-side filters of the
 * catalog, and the filter state kept in the address (so the back button returns to the same list).
 */
import {
  EQUIPMENT,
  type Equipment,
  GRADES,
  type Grade,
  type LoadProfile,
  PATTERNS,
  type Pattern,
  type Support,
} from "@spotter/core";
import type { Exercise } from "../../api/types.js";
import { searchExercises } from "../../lib/exerciseSearch.js";

/** Each grade's word and what it means for the user, in one line. */
export const GRADE_INFO: Record<Grade, { word: string; short: string; meaning: string }> = {
  A: {
    short: "sparing",
    word: "Spine-sparing",
    meaning: "Little load on your spine, so it fits most days, modified-training days included.",
  },
  B: {
    short: "low",
    word: "Low spine load",
    meaning: "Some load on your spine, with a pad, a machine or your position taking much of it.",
  },
  C: {
    short: "moderate",
    word: "Moderate spine load",
    meaning: "Your spine shares the work; on modified-training days stop each set with 2 reps to spare.",
  },
  D: {
    short: "high",
    word: "High spine load",
    meaning: "Your spine carries a lot here; keep it for days your back is calm, with 2 reps to spare when it is not.",
  },
};

/** Plain names of the movement patterns. */
export const PATTERN_LABELS: Record<Pattern, string> = {
  squat: "Squat",
  hinge: "Hip hinge",
  lunge: "Lunge and single-leg",
  "hip-extension": "Hip extension",
  "knee-extension": "Knee extension",
  "knee-flexion": "Knee flexion",
  "horizontal-push": "Horizontal push",
  "horizontal-pull": "Horizontal pull",
  "vertical-push": "Vertical push",
  "vertical-pull": "Vertical pull",
  carry: "Carry",
  "anti-extension": "Core: anti-extension",
  "anti-rotation": "Core: anti-rotation",
  "anti-lateral-flexion": "Core: anti-side-bend",
  isolation: "Isolation",
  decompression: "Decompression",
  "soft-tissue": "Soft-tissue work",
  mobility: "Mobility",
  conditioning: "Conditioning",
};

/** Plain names of the equipment slugs. */
export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  barbell: "Barbell",
  dumbbells: "Dumbbells",
  kettlebell: "Kettlebell",
  "smith-machine": "Smith machine",
  "leg-press": "Leg press",
  cable: "Cable stack",
  machines: "Machines",
  "pull-up-bar": "Pull-up bar",
  bench: "Bench",
  "foam-roller": "Foam roller",
  belt: "Belt",
  bands: "Bands",
  none: "No equipment",
};

/** What each kind of support means for the spine. */
export const SUPPORT_INFO: Record<Support, string> = {
  free: "Free: your trunk holds itself",
  braced: "Braced: a belt or brace helps your trunk",
  supported: "Supported: a pad, bench or the floor carries your trunk",
  guided: "Guided: a machine sets the path and the balance",
};

/** The five demand scores of the load profile, in the order the chart shows them. */
export const DEMANDS = [
  { key: "axial", label: "Compression", hint: "weight pressing down through the spine" },
  { key: "shear", label: "Shear", hint: "forward sliding force on the spine" },
  { key: "flexion", label: "Bending forward", hint: "how much the spine rounds under load" },
  { key: "extension", label: "Arching", hint: "how much the spine arches under load" },
  { key: "rotation", label: "Twisting", hint: "how much the trunk twists or resists a twist" },
] as const satisfies readonly { key: keyof Omit<LoadProfile, "support">; label: string; hint: string }[];

/** The word for a demand score 0-3. */
export function demandWord(score: number): string {
  return ["none", "low", "moderate", "high"][Math.max(0, Math.min(3, Math.round(score)))] ?? "none";
}

/** Plain name of a pattern slug (unknown slugs shown with spaces). */
export function patternLabel(p: string): string {
  return (PATTERN_LABELS as Record<string, string>)[p] ?? p.replace(/-/g, " ");
}

/** Plain name of an equipment slug. */
export function equipmentLabel(e: string): string {
  return (EQUIPMENT_LABELS as Record<string, string>)[e] ?? e.replace(/-/g, " ");
}

/** The filters of the catalog browser. */
export interface CatalogFilters {
  q: string;
  pattern: Pattern | "";
  /** One piece of equipment the exercise uses, or "" for any. */
  equipment: Equipment | "";
  grade: Grade | "";
  /** Only exercises the user's equipment covers (bodyweight always counts). */
  mine: boolean;
}

/** No filters, except "only what I have", which is on by default. */
export const DEFAULT_FILTERS: CatalogFilters = { q: "", pattern: "", equipment: "", grade: "", mine: true };

/** True when the user's equipment covers everything the exercise needs. */
export function coveredBy(ex: Pick<Exercise, "equipment">, mine: readonly string[]): boolean {
  return ex.equipment.every((e) => e === "none" || mine.includes(e));
}

/**
 * Applies the filters to a list. With a query and no server answer yet, the local search ranks by name and alias;
 * `ranked` says the list already comes ranked for `q` from the server, so only the other filters apply.
 */
export function filterCatalog(
  list: readonly Exercise[],
  f: CatalogFilters,
  myEquipment: readonly string[],
  ranked = false,
): Exercise[] {
  const q = f.q.trim();
  // The local ranking (fast enough for every keystroke on a phone) shows until the server's ranked answer is in.
  const base = q && !ranked ? searchExercises(list, q, list.length) : list;
  return base.filter(
    (e) =>
      (f.pattern === "" || e.pattern === f.pattern) &&
      (f.grade === "" || e.grade === f.grade) &&
      (f.equipment === "" || e.equipment.includes(f.equipment)) &&
      (!f.mine || coveredBy(e, myEquipment)),
  );
}

/** Number of filters set away from their defaults (the search box not counted). */
export function activeFilterCount(f: CatalogFilters): number {
  return (f.pattern ? 1 : 0) + (f.equipment ? 1 : 0) + (f.grade ? 1 : 0) + (f.mine === DEFAULT_FILTERS.mine ? 0 : 1);
}

/** Reads the filters from the address's query string; unknown values fall back to the defaults. */
export function filtersFromSearch(search: string): CatalogFilters {
  const p = new URLSearchParams(search);
  const pick = <T extends string>(v: string | null, allowed: readonly T[]): T | "" =>
    v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : "";
  return {
    q: (p.get("q") ?? "").slice(0, 100),
    pattern: pick(p.get("pattern"), PATTERNS),
    equipment: pick(p.get("equipment"), EQUIPMENT),
    grade: pick(p.get("grade"), GRADES),
    mine: p.get("all") !== "1",
  };
}

/** Writes the filters into a query string (defaults left out), without the leading "?". */
export function filtersToSearch(f: CatalogFilters): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.pattern) p.set("pattern", f.pattern);
  if (f.equipment) p.set("equipment", f.equipment);
  if (f.grade) p.set("grade", f.grade);
  if (!f.mine) p.set("all", "1");
  return p.toString();
}

/** Slug of a custom exercise name, for muscles typed as free text ("Upper back" -> "upper-back"). */
export function slugOf(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Splits a comma-separated text field into trimmed, non-empty items. */
export function splitList(s: string): string[] {
  return s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

let lastLibrarySearch = "";

/** Keeps the Library's last query string, so an exercise page can link back to the same list. */
export function rememberLibrarySearch(s: string): void {
  lastLibrarySearch = s;
}

/** The Library's address with the filters the user last had. */
export function libraryHref(): string {
  return lastLibrarySearch ? `/library?${lastLibrarySearch}` : "/library";
}
