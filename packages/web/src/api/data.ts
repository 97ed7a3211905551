/**
 * "Your data" calls (SPEC §12, API.md): import with its dry run, the export and report addresses, and share links
 * for a professional. Downloads are plain links, so only their addresses are built here.
 */
import type { ApiAnswer } from "@spotter/core";
import { API_BASE, request } from "./client.js";
import { ApiError } from "./errors.js";

/** The apps Spotter imports from; "spotter" is a Spotter backup (JSON). */
export type ImportFormat = "strong" | "hevy" | "fitnotes" | "spotter";

/** Weight units. */
export type WeightUnit = "kg" | "lb";

/** One file exercise name and the Spotter exercise it was matched to (or made as a custom exercise). */
export interface NameMapping {
  name: string;
  exerciseId: string;
  exerciseName: string;
  custom: boolean;
  /** True when this import makes the custom exercise (false when an earlier import already made it). */
  created?: boolean;
  /** True when the user chose the exercise (in this preview or an earlier import of the same app). */
  overridden?: boolean;
}

/** One reason rows were skipped or changed: an example of its wording, how many rows, and their first lines. */
export interface ReasonSummary {
  reason: string;
  count: number;
  lines: number[];
}

/** Distance units the user can choose for a file that does not say one. */
export type DistanceUnit = "km" | "mi" | "m";

/** A row the importer left out, with its line in the file. */
export interface SkippedRow {
  line: number;
  reason: string;
}

/** The answer of `POST /import`, dry run or not. */
export interface ImportSummary {
  format: ImportFormat;
  unit: WeightUnit | null;
  unitFrom: "file" | "request" | null;
  /** The unit the profile shows weights in (the server may leave it out). */
  profileUnit?: WeightUnit;
  workouts: number;
  sets: number;
  alreadyImported: number;
  checkins: number;
  /** Only a Spotter backup carries these; the server may leave them out. */
  daily?: number;
  plans?: number;
  clearances?: number;
  customExercises: { id: string; name: string }[];
  mapping: NameMapping[];
  skipped: SkippedRow[];
  /** All skipped rows (the list above holds the first few of each reason); older servers leave it out. */
  skippedRows?: number;
  skippedSummary?: ReasonSummary[];
  /** Rows imported with a change (control characters removed, a name or note cut to its limit). */
  changed?: SkippedRow[];
  changedRows?: number;
  distanceUnitFrom?: "file" | "request" | "export" | null;
  dryRun: boolean;
}

/** What the user chose beyond the app and the weight unit. */
export interface ImportChoices {
  distanceUnit?: DistanceUnit | null;
  /** File name -> exercise id, chosen in the preview. */
  mapping?: Record<string, string>;
}

/** One share link as the list answers it, with how often it was opened and when last. */
export type ShareLink = ApiAnswer<"get /shares">[number];

/** A new share link: the url is answered this once. */
export type CreatedShare = ApiAnswer<"post /shares">;

/** What a new share link is made from. */
export interface ShareInput {
  label?: string;
  expiresInDays?: number;
  from?: string;
  to?: string;
}

/** The file's content type as the server expects it: JSON for a Spotter backup, CSV for the others. */
export function contentTypeOf(format: ImportFormat): string {
  return format === "spotter" ? "application/json" : "text/csv";
}

/** The query string of an import. */
export function importQuery(
  format: ImportFormat,
  unit: WeightUnit | null,
  dryRun: boolean,
  choices: ImportChoices = {},
): string {
  const p = new URLSearchParams({ format });
  if (unit) p.set("unit", unit);
  if (choices.distanceUnit) p.set("distanceUnit", choices.distanceUnit);
  if (choices.mapping && Object.keys(choices.mapping).length > 0) p.set("mapping", JSON.stringify(choices.mapping));
  if (dryRun) p.set("dryRun", "1");
  return `?${p.toString()}`;
}

/** True when the server answered that it needs to be told the file's unit. */
export function asksForUnit(e: unknown): boolean {
  return e instanceof ApiError && e.status === 400 && e.details.some((d) => d.path === "unit");
}

/** True when the server answered that it needs to be told the unit of the file's distances. */
export function asksForDistanceUnit(e: unknown): boolean {
  return e instanceof ApiError && e.status === 400 && e.details.some((d) => d.path === "distanceUnit");
}

/** The calls. */
export const dataApi = {
  /** Sends the file; with `dryRun` nothing is stored and the answer is the preview. */
  importFile: (
    file: Blob,
    format: ImportFormat,
    unit: WeightUnit | null,
    dryRun: boolean,
    choices: ImportChoices = {},
  ) =>
    request<ImportSummary>("POST", `/import${importQuery(format, unit, dryRun, choices)}`, file, contentTypeOf(format)),
  listShares: () => request<ShareLink[]>("GET", "/shares"),
  createShare: (input: ShareInput) => request<CreatedShare>("POST", "/shares", input),
  revokeShare: (id: string) => request<void>("DELETE", `/shares/${encodeURIComponent(id)}`),
};

/** Addresses of the downloads and the report (plain links: the browser saves or opens them). */
export const dataLinks = {
  backup: `${API_BASE}/export`,
  csv: `${API_BASE}/export.csv`,
  report: (from: string, to: string, format: "html" | "pdf") =>
    `${API_BASE}/reports/clinician?${new URLSearchParams({ from, to, format }).toString()}`,
};

/** A share url made absolute, so it can be pasted anywhere. */
export function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}
