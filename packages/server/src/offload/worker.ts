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

/** Acknowledgements the main thread sent for parts, by task id (a task waiting for one holds its resolver). */
const acks = new Map<number, (stop: boolean) => void>();

const port = parentPort;
if (port) {
  port.on("message", async (msg: { id: number; task: string; input: unknown; nowMs: number; acked?: boolean }) => {
    const ack = msg as unknown as { ack?: number; stop?: boolean };
    if (ack.ack !== undefined) {
      acks.get(ack.ack)?.(ack.stop === true);
      return;
    }
    try {
      if (msg.task === "csvImport") {
        const out = csvImportTask(msg.input as CsvImportInput, () => uuidv7(msg.nowMs));
        if (out.ok) {
          const r = out.result as unknown as Record<string, unknown[]>;
          for (const list of LISTS) {
            const items = r[list] ?? [];
            r[list] = [];
            for (let at = 0; at < items.length; at += PART_SIZE) {
              const part = items.slice(at, at + PART_SIZE);
              // What was sent is let go at once, so the worker's copy shrinks as the main thread's work proceeds.
              items.fill(undefined, at, at + PART_SIZE);
              if (!msg.acked) {
                port.postMessage({ id: msg.id, list, items: part });
                continue;
              }
              const stopped = await new Promise<boolean>((resolve) => {
                acks.set(msg.id, resolve);
                port.postMessage({ id: msg.id, list, items: part });
              });
              acks.delete(msg.id);
              if (stopped) return;
            }
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
