/**
 * The worker thread that runs the heavy tasks (tasks.ts) so the server's event loop keeps serving everyone else.
 * A message `{id, task, input}` is answered by `{id, ok, value}` or `{id, ok: false, message}`. An import's sessions
 * and sets come first as `{id, list, items}` parts while the file is read; with a `signal` (a shared counter) the
 * worker waits after each part until the main thread has stored it (1) or asks it to stop (2), so one part at a
 * time is in flight and the worker never holds what it already sent.
 */
import { parentPort } from "node:worker_threads";
import { uuidv7 } from "@spotter/db";
import { PART_STOP } from "./signal.js";
import { type CsvImportInput, csvImportTask, type PartEmitter, reportPdfTask } from "./tasks.js";

/** Thrown inside the task when the main thread asked it to stop. */
class Stopped extends Error {}

const port = parentPort;
if (port) {
  port.on(
    "message",
    async (msg: { id: number; task: string; input: unknown; nowMs: number; signal?: SharedArrayBuffer }) => {
      try {
        if (msg.task === "csvImport") {
          const flag = msg.signal ? new Int32Array(msg.signal) : null;
          const emit: PartEmitter = (list, items) => {
            if (flag) Atomics.store(flag, 0, 0);
            port.postMessage({ id: msg.id, list, items });
            if (!flag) return;
            // A worker may block: the main thread stores the part meanwhile and wakes it.
            Atomics.wait(flag, 0, 0);
            if (Atomics.load(flag, 0) === PART_STOP) throw new Stopped("stopped by the main thread");
          };
          const out = csvImportTask(msg.input as CsvImportInput, () => uuidv7(msg.nowMs), emit);
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
    },
  );
}
