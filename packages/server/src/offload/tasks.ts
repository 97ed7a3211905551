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
  exerciseHintCollector,
  exportIngester,
  type ImportFailure,
  type ImportFormat,
  type IngestSummary,
  openWorkoutExport,
  reportCollector,
  type SummarisedReport,
  windowedSink,
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
  /** The file: as text, or as UTF-8 bytes (transferred to the worker, not copied; decoded there). */
  text?: string | undefined;
  bytes?: Uint8Array | undefined;
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

/** What the CSV import task answers: why nothing could be read, or the parse's figures and what was added. */
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
      /** The custom exercises, name mapping and counts; the sessions and sets went to `emit` in parts. */
      result: IngestSummary;
    };

/** Items per part handed to `emit` (a part takes the main thread a few milliseconds to store). */
export const PART_SIZE = 2000;

/**
 * Takes one part of the records to store: sessions always before the sets that point at them. On the worker it
 * returns once the main thread has stored the part, so only one part is ever in flight.
 */
export type PartEmitter = (list: "sessions" | "sets", items: unknown[]) => void;

/**
 * Reads a Strong, Hevy or FitNotes export and works out what is new against what the user has, streaming: a first
 * pass over the file settles structure and units, a second collects the exercise names (mapped once), and the third
 * hands each workout's new session and sets to `emit` in parts as it reads them. Memory holds the text, a few ids
 * per workout and one part; skip and change reasons are summarised as they come.
 */
export function csvImportTask(input: CsvImportInput, newId: () => string, emit: PartEmitter): CsvImportOutput {
  const text = input.text ?? new TextDecoder().decode(input.bytes);
  // The bytes (or the caller's copy of the text) are let go: only the decoded text is held from here.
  input.bytes = undefined;
  input.text = undefined;
  const opened = openWorkoutExport(text, input.format, {
    ...(input.unit ? { unit: input.unit } : {}),
    ...(input.distanceUnit ? { distanceUnit: input.distanceUnit } : {}),
    timeZone: input.timeZone,
  });
  if (!opened.ok) return opened;
  const quiet = { skip() {}, change() {} };
  const names = exerciseHintCollector();
  opened.scan(windowedSink({ block: (_w, sets) => sets.forEach(names.add) }, input.window, quiet.skip), quiet);
  const ingester = exportIngester({
    existing: input.existing,
    ids: { newId, idForKey: uuidForKey, nowIso: input.nowIso },
    overrides: new Map(Object.entries(input.overrides ?? {})),
    hints: names.hints(),
    unit: opened.unit,
    total: opened.rows,
  });
  // A 30 MB file may skip a hundred thousand rows: the answer lists a few per reason and counts the rest.
  const skipped = reportCollector();
  const changed = reportCollector();
  const parts = partBuffer(emit);
  const sink = windowedSink(
    {
      block(w, sets) {
        const r = ingester.block(w, sets);
        parts.add(r.session, r.sets);
      },
      noteLater: ingester.noteLater,
    },
    input.window,
    skipped.add,
  );
  const workouts = opened.scan(sink, { skip: skipped.add, change: changed.add });
  parts.flush();
  return {
    ok: true,
    unit: opened.unit,
    unitFrom: opened.unitFrom,
    distanceUnitFrom: opened.distanceUnitFrom,
    rows: opened.rows,
    skipped: skipped.summary(),
    changed: changed.summary(),
    result: ingester.finish(workouts.filter(sink.inside)),
  };
}

/** Gathers sessions and sets into parts of PART_SIZE, sending the sessions waiting before any set. */
function partBuffer(emit: PartEmitter): {
  add(session: unknown | null, sets: readonly unknown[]): void;
  flush(): void;
} {
  let sessions: unknown[] = [];
  let sets: unknown[] = [];
  const flush = () => {
    if (sessions.length > 0) emit("sessions", sessions);
    if (sets.length > 0) emit("sets", sets);
    sessions = [];
    sets = [];
  };
  return {
    add(session, more) {
      if (session !== null) sessions.push(session);
      if (sessions.length >= PART_SIZE) flush();
      for (const s of more) {
        sets.push(s);
        if (sets.length >= PART_SIZE) flush();
      }
    },
    flush,
  };
}

/** Renders the report PDF (pdfkit lays out every page on the CPU). */
export async function reportPdfTask(report: ClinicianReport): Promise<Uint8Array> {
  return new Uint8Array(await reportPdf(report));
}
