/**
 * The apps Spotter imports from, with where each keeps its export, and a guess of the app from a file's first line
 * (the header row of a CSV, the start of a JSON backup), so the user rarely has to pick it.
 */
import type { ImportFormat } from "../../api/data.js";

/** One app the import screen offers. */
export interface FormatInfo {
  value: ImportFormat;
  label: string;
  /** Where the export lives in that app, in one line. */
  where: string;
  /** File types the picker suggests. */
  accept: string;
}

/** The four choices, in the order the screen shows them. */
export const FORMATS: readonly FormatInfo[] = [
  {
    value: "strong",
    label: "Strong",
    where: "In Strong, open Settings, then Export Strong Data, and save the CSV file.",
    accept: ".csv,text/csv",
  },
  {
    value: "hevy",
    label: "Hevy",
    where: "In Hevy, open your profile, then Settings, then Export & Import Data, and export your workouts as CSV.",
    accept: ".csv,text/csv",
  },
  {
    value: "fitnotes",
    label: "FitNotes",
    where: "In FitNotes, open Settings, then Spreadsheet Export, and export your workout data as CSV.",
    accept: ".csv,text/csv",
  },
  {
    value: "spotter",
    label: "Spotter backup",
    where: "A backup you downloaded from Spotter's Export screen, a JSON file.",
    accept: ".json,application/json",
  },
];

/** The app's display name. */
export function formatLabel(format: ImportFormat): string {
  return FORMATS.find((f) => f.value === format)?.label ?? format;
}

/** The header row's column names, lower-cased, without a byte-order mark or quotes, split on `,` or `;`. */
export function headerColumns(firstLine: string): string[] {
  const line = firstLine.replace(/^\uFEFF/, "").trim();
  const sep = (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ";" : ",";
  return line.split(sep).map((c) => c.trim().replace(/^"|"$/g, "").trim().toLowerCase());
}

/**
 * Guesses the app from the start of a file, or null when it cannot tell. Hevy names its columns in snake case
 * (`exercise_title`, `start_time`); Strong has `Exercise Name` and `Set Order`; FitNotes has `Exercise` with
 * `Category`; a Spotter backup is JSON that names its own format.
 */
export function detectFormat(start: string): ImportFormat | null {
  const text = start.replace(/^\uFEFF/, "").trimStart();
  // Only a Spotter backup is JSON; the server checks the rest of it.
  if (text.startsWith("{")) return "spotter";
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const cols = headerColumns(first);
  const has = (name: string) => cols.includes(name);
  if (has("exercise_title") && (has("start_time") || has("set_index"))) return "hevy";
  if (has("exercise name") && has("set order")) return "strong";
  if (has("exercise") && has("category") && has("date")) return "fitnotes";
  return null;
}

/** Reads the first few kilobytes of a file as text, enough for its header row. */
export async function readStart(file: Blob, bytes = 4096): Promise<string> {
  try {
    return await file.slice(0, bytes).text();
  } catch {
    return "";
  }
}

/** A file size in words ("12 KB", "1.4 MB"). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
