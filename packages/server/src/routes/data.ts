/**
 * The user's data in and out (SPEC X1, X2): import from Strong, Hevy, FitNotes or a Spotter backup (with a dry run
 * that previews), the full JSON backup, and the sets as CSV in Strong's layout.
 */
import { detectExportFormat, zTextField } from "@spotter/core";
import type { Context } from "hono";
import { z } from "zod";
import type { Deps } from "../context.js";
import { invalidField } from "../errors.js";
import { rateLimiterFor } from "../rateLimit.js";
import type { Routes } from "../routes.js";
import { backupJsonPieces, exportBackup, exportStrongCsv } from "../services/exportData.js";
import { assertImportBody, importBackup, importCsv } from "../services/importData.js";
import { queryOf } from "../validate.js";

const importQuery = z.strictObject({
  format: z
    .enum(["strong", "hevy", "fitnotes", "spotter"], {
      message: "must be one of: strong, hevy, fitnotes, spotter",
    })
    .optional()
    .meta({ description: "the app the file comes from; without it Spotter recognises the file by its header" }),
  unit: z.enum(["kg", "lb"], { message: "must be kg or lb" }).optional(),
  distanceUnit: z
    .enum(["km", "mi", "m"], { message: "must be km, mi or m" })
    .optional()
    .meta({ description: "the unit of distances when the file does not say it (asked like unit)" }),
  mapping: z.string().max(200_000).optional().meta({
    description:
      'URL-encoded JSON {"file name": "exerciseId"}: the exercises chosen for names in the preview, remembered for the next import of the same app',
  }),
  dryRun: z.enum(["1", "0", "true", "false"], { message: "must be 1 or 0" }).optional(),
});

/**
 * The file of an import as bytes: the raw body (text/csv or JSON), or the first file of a multipart form upload.
 * Bytes, not text: a CSV file goes to the worker as they are (transferred), so the main thread never decodes it.
 */
async function importBytes(c: Context): Promise<Uint8Array> {
  if ((c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const part = form.file ?? Object.values(form).find((v) => typeof v !== "string") ?? Object.values(form)[0];
    if (part === undefined || Array.isArray(part)) return new Uint8Array(0);
    return typeof part === "string" ? new TextEncoder().encode(part) : new Uint8Array(await part.arrayBuffer());
  }
  return new Uint8Array(await c.req.arrayBuffer());
}

/** Enough of a file to recognise it by its header (and to tell an empty one). */
const HEAD_BYTES = 64 * 1024;

/** The `mapping` query: a JSON object of file names to exercise ids, or a 400 naming `mapping`. */
function mappingOf(raw: string | undefined): Record<string, string> | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidField("mapping", 'must be JSON such as {"Squat (Barbell)": "back-squat"}');
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    throw invalidField(
      "mapping",
      'must be an object of file names to exercise ids, such as {"Squat (Barbell)": "back-squat"}',
    );
  }
  return parsed.data;
}

const mappingSchema = z.record(zTextField("name", { min: 1 }), zTextField("id", { min: 1 }));

/** Registers the import and export routes. */
export function registerDataRoutes(r: Routes, deps: Deps): void {
  const limits = rateLimiterFor(deps);
  r.route(
    {
      method: "post",
      path: "/import",
      summary:
        "Import a Strong, Hevy or FitNotes CSV export or a Spotter backup (body: the file); dryRun=1 previews and stores nothing",
      tag: "data",
      query: importQuery,
      errors: [429],
      ok: [201, "what was imported (200 on a dry run)"],
    },
    async (c) => {
      // Counted before the file is read: an import is the heaviest request a user can make.
      await limits.hit(c, "import", c.get("userId"));
      const q = queryOf(c, importQuery);
      const dryRun = q.dryRun === "1" || q.dryRun === "true";
      const bytes = await importBytes(c);
      const whole = bytes.byteLength <= HEAD_BYTES;
      // The head alone tells a CSV file's app; a JSON backup is read whole (it is parsed on this thread anyway).
      const head = new TextDecoder().decode(whole ? bytes : bytes.subarray(0, HEAD_BYTES));
      if (whole) assertImportBody(head);
      const json = head.trimStart().startsWith("{");
      const text = (): string => (whole ? head : new TextDecoder().decode(bytes));
      const userId = c.get("userId");
      const format = q.format ?? detectExportFormat(json ? text() : head);
      if (format === null) {
        throw invalidField(
          "format",
          "is required: the file is not one Spotter recognises (strong, hevy, fitnotes, spotter)",
        );
      }
      const answer =
        format === "spotter"
          ? await importBackup(deps, userId, text(), dryRun)
          : await importCsv(deps, userId, bytes, format, {
              unit: q.unit,
              distanceUnit: q.distanceUnit,
              mapping: mappingOf(q.mapping),
              dryRun,
            });
      return c.json(answer, dryRun ? 200 : 201);
    },
  );

  r.route(
    { method: "get", path: "/export", summary: "The full JSON backup of the user's log", tag: "data" },
    async (c) => {
      const { backup, fileName } = await exportBackup(deps, c.get("userId"));
      c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      c.header("Content-Type", "application/json; charset=utf-8");
      // Written in pieces as the client reads: a large account's backup is never one string in memory.
      const pieces = backupJsonPieces(backup);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = pieces.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
      });
      return c.body(body);
    },
  );

  r.route(
    { method: "get", path: "/export.csv", summary: "Every logged set as CSV in Strong's layout", tag: "data" },
    async (c) => {
      const { csv, fileName } = await exportStrongCsv(deps, c.get("userId"));
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      return c.body(csv);
    },
  );
}
