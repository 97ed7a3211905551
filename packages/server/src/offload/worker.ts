/**
 * The worker thread that runs the heavy tasks (tasks.ts) so the server's event loop keeps serving everyone else.
 * A message `{id, task, input}` is answered by `{id, ok, value}` or `{id, ok: false, message}`; the long lists of
 * an import (sessions, sets) come first as `{id, list, items}` parts of at most PART_SIZE each, so that the main
 * thread reads them in small pieces between other requests instead of in one long pause.
 */
import { parentPort } from "node:worker_threads";
import { uuidv7 } from "@spotter/db";
import { type CsvImportInput, csvImportTask, reportPdfTask } from "./tasks.js";

/** Items per message part (a part takes the main thread a few milliseconds to read). */
export const PART_SIZE = 2000;

/** The lists of an import answer that are sent in parts. */
const LISTS = ["sessions", "sets", "checkins", "daily"] as const;

const port = parentPort;
if (port) {
  port.on("message", async (msg: { id: number; task: string; input: unknown; nowMs: number }) => {
    try {
      if (msg.task === "csvImport") {
        const out = csvImportTask(msg.input as CsvImportInput, () => uuidv7(msg.nowMs));
        if (out.ok) {
          const r = out.result as unknown as Record<string, unknown[]>;
          for (const list of LISTS) {
            const items = r[list] ?? [];
            for (let at = 0; at < items.length; at += PART_SIZE) {
              port.postMessage({ id: msg.id, list, items: items.slice(at, at + PART_SIZE) });
            }
            r[list] = [];
          }
        }
        port.postMessage({ id: msg.id, ok: true, value: out });
      } else if (msg.task === "reportPdf") {
        const pdf = await reportPdfTask(msg.input as Parameters<typeof reportPdfTask>[0]);
        port.postMessage({ id: msg.id, ok: true, value: pdf }, [pdf.buffer as ArrayBuffer]);
      } else {
        port.postMessage({ id: msg.id, ok: false, message: `unknown task ${msg.task}` });
      }
    } catch (e) {
      port.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
}
