/**
 * The CPU-heavy work that runs off the event loop (worker.ts), or inline where no worker can start: reading an
 * export and working out what is new (X1), and rendering a report PDF (X3). Each task is a plain function of
 * structured-clonable data, so the worker and the inline path run the very same code.
 */
import { createHash } from "node:crypto";
import {
  type ClinicianReport,
  type DayWindow,
  type DistanceUnit,
  type ExistingKeys,
  type ImportFailure,
  type ImportFormat,
  type IngestResult,
  ingestExport,
  parseWorkoutExport,
  type SummarisedReport,
  skipWorkoutsOutsideWindow,
  summariseReport,
} from "@spotter/core";
import { reportPdf } from "../report/pdf.js";

/** A stable UUID (version 5 layout) for an identity key, so the same set from the same file has the same id. */
export function uuidForKey(key: string): string {
  const b = createHash("sha1").update(`spotter-import:${key}`).digest();
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** What the CSV import task reads. */
export interface CsvImportInput {
  text: string;
  format: ImportFormat;
  unit: "kg" | "lb" | undefined;
  /** The user's answer for distances a file gives without a unit. */
  distanceUnit?: DistanceUnit | undefined;
  timeZone: string;
  /** The record date window (1900-01-01 .. tomorrow): workouts outside it are skipped rows. */
  window: DayWindow;
  existing: ExistingKeys;
  nowIso: string;
  /** File name -> exercise id the user chose (the request's mapping over the remembered ones). */
  overrides?: Record<string, string>;
}

/** What the CSV import task answers: why nothing could be read, or the parse's figures and the records to add. */
export type CsvImportOutput =
  | { ok: false; error: ImportFailure; message: string }
  | {
      ok: true;
      unit: "kg" | "lb";
      unitFrom: "file" | "option";
      distanceUnitFrom: "file" | "option" | "export" | null;
      rows: number;
      /** Skipped rows, the first few of each reason (the summary counts them all). */
      skipped: SummarisedReport;
      /** Rows imported with a change (control characters removed, text cut to its limit). */
      changed: SummarisedReport;
      result: IngestResult;
    };

/** Parses a Strong, Hevy or FitNotes export and works out what is new against what the user has. */
export function csvImportTask(input: CsvImportInput, newId: () => string): CsvImportOutput {
  const parsed = parseWorkoutExport(input.text, input.format, {
    ...(input.unit ? { unit: input.unit } : {}),
    ...(input.distanceUnit ? { distanceUnit: input.distanceUnit } : {}),
    timeZone: input.timeZone,
  });
  if (!parsed.ok) return parsed;
  // Workouts dated outside the window are reported as skipped rows, never stored.
  const inWindow = skipWorkoutsOutsideWindow(parsed, input.window);
  const overrides = new Map(Object.entries(input.overrides ?? {}));
  const result = ingestExport(
    inWindow,
    input.existing,
    { newId, idForKey: uuidForKey, nowIso: input.nowIso },
    overrides,
  );
  return {
    ok: true,
    unit: parsed.unit,
    unitFrom: parsed.unitFrom,
    distanceUnitFrom: parsed.distanceUnitFrom,
    rows: parsed.rows,
    // A 30 MB file may skip a hundred thousand rows: the answer lists a few per reason and counts the rest.
    skipped: summariseReport(inWindow.skipped),
    changed: summariseReport([...parsed.changed, ...(result.changed ?? [])].sort((a, b) => a.line - b.line)),
    result,
  };
}

/** Renders the report PDF (pdfkit lays out every page on the CPU). */
export async function reportPdfTask(report: ClinicianReport): Promise<Uint8Array> {
  return new Uint8Array(await reportPdf(report));
}
