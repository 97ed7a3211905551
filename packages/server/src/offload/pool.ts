/**
 * Runs the heavy tasks of tasks.ts on one worker thread, so a 20 MB import or a year's PDF never holds the event
 * loop that serves everyone else. The worker starts on first use and is held only while a task is waiting.
 *
 * From the TypeScript sources (Vitest), the tasks run inline unless `setOffloadMode("worker")` asks for the
 * compiled worker in the package's dist; `SPOTTER_OFFLOAD=inline|worker` overrides the default either way.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ClinicianReport } from "@spotter/core";
import { PART_STOP, PART_STORED } from "./signal.js";
import { type CsvImportInput, type CsvImportOutput, csvImportTask, reportPdfTask } from "./tasks.js";

/** Where heavy tasks run: on the worker thread, or inline (only where no worker can start). */
export type OffloadMode = "worker" | "inline";

const fromSources = import.meta.url.endsWith(".ts");
const envMode = process.env.SPOTTER_OFFLOAD;
let mode: OffloadMode = envMode === "inline" || envMode === "worker" ? envMode : fromSources ? "inline" : "worker";

/** Chooses where heavy tasks run (tests use it to drive the worker from the sources). */
export function setOffloadMode(next: OffloadMode): void {
  mode = next;
}

/** The compiled worker: beside this file in dist, or the package's dist when running from the sources. */
export function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  const file = fromSources
    ? here.replace(/([\\/])src([\\/])offload([\\/])pool\.ts$/, "$1dist$2offload$3worker.js")
    : here.replace(/pool\.js$/, "worker.js");
  return existsSync(file) ? file : null;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  lists: Record<string, unknown[]>;
  /** Takes each part of a list as it arrives (instead of keeping it); the worker waits for it to finish. */
  onPart?: PartHandler | undefined;
  /** The parts handled so far, in order (a part waits for the one before it). */
  chain: Promise<void>;
  /** The counter the worker waits on after each part (see worker.ts). */
  signal?: SharedArrayBuffer | undefined;
}

/** Takes one part of an answer's list (sessions, sets) as the worker sends it. */
export type PartHandler = (list: string, items: unknown[]) => Promise<void>;

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = null;
}

function startWorker(file: string): Worker {
  // The worker runs compiled code: a "@spotter/source" resolve condition (set by Vitest) would send its imports to
  // TypeScript sources that Node cannot load, so conditions are not passed on.
  const keep = (flags: readonly string[]) =>
    flags.filter((f, i) => !/^(--conditions|-C)/.test(f) && !/^(--conditions|-C)$/.test(flags[i - 1] ?? ""));
  const nodeOptions = keep((process.env.NODE_OPTIONS ?? "").split(/\s+/).filter(Boolean)).join(" ");
  const w = new Worker(file, {
    execArgv: keep(process.execArgv),
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  w.on(
    "message",
    (msg: { id: number; ok?: boolean; value?: unknown; message?: string; list?: string; items?: unknown[] }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.list !== undefined) {
        const name = msg.list;
        const items = msg.items ?? [];
        if (p.onPart) {
          const handle = p.onPart;
          // The worker waits on the signal after each part: memory holds one part at a time.
          const wake = (state: number) => {
            if (!p.signal) return;
            const flag = new Int32Array(p.signal);
            Atomics.store(flag, 0, state);
            Atomics.notify(flag, 0);
          };
          p.chain = p.chain
            .then(() => handle(name, items))
            .then(
              () => wake(PART_STORED),
              (e: unknown) => {
                pending.delete(msg.id);
                wake(PART_STOP);
                p.reject(e instanceof Error ? e : new Error(String(e)));
              },
            );
          return;
        }
        const list = p.lists[name] ?? [];
        for (const item of items) list.push(item);
        p.lists[name] = list;
        return;
      }
      pending.delete(msg.id);
      if (pending.size === 0) w.unref();
      const done = p.chain;
      if (msg.ok) void done.then(() => p.resolve({ value: msg.value, lists: p.lists }));
      else p.reject(new Error(msg.message ?? "the worker failed"));
    },
  );
  w.on("error", (e) => failAll(e instanceof Error ? e : new Error(String(e))));
  w.on("exit", () => failAll(new Error("the worker stopped")));
  return w;
}

/** Sends a task to the worker: the value it answers and the lists it sent in parts. */
function onWorker(
  file: string,
  task: string,
  input: unknown,
  nowMs: number,
  onPart?: PartHandler,
  transfer: ArrayBuffer[] = [],
): Promise<{ value: unknown; lists: Record<string, unknown[]> }> {
  if (!worker) worker = startWorker(file);
  const w = worker;
  // Held while a task waits (a command-line import must not exit early), released when idle.
  w.ref();
  const id = nextId++;
  const signal = onPart ? new SharedArrayBuffer(4) : undefined;
  return new Promise((resolve, reject) => {
    pending.set(id, {
      resolve: resolve as (v: unknown) => void,
      reject,
      lists: {},
      onPart,
      chain: Promise.resolve(),
      signal,
    });
    w.postMessage({ id, task, input, nowMs, signal }, transfer);
  });
}

/** Stops the worker (tests, shutdown); the next task starts a new one. */
export async function stopOffloadWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

/**
 * Reads an export and works out what is new, off the event loop (see tasks.ts `csvImportTask`): the sessions and
 * sets to store are handed to `onPart` in parts as the worker reads the file, and `counts` says how many there were.
 * The worker waits for each part to be handled, so a large file is written while it is read, never held whole. The
 * body given as bytes is transferred to the worker, not copied.
 */
export async function runCsvImport(
  input: CsvImportInput,
  ids: { newId: () => string; now: () => number },
  onPart: PartHandler,
): Promise<CsvImportOutput & { counts: Record<string, number> }> {
  const file = mode === "worker" ? workerFile() : null;
  const counts: Record<string, number> = {};
  const counting: PartHandler = async (list, items) => {
    counts[list] = (counts[list] ?? 0) + items.length;
    await onPart(list, items);
  };
  if (!file) {
    // Inline (tests, or where no worker starts): the parts are queued and stored after the read.
    const queued: [string, unknown[]][] = [];
    const out = csvImportTask(input, ids.newId, (list, items) => queued.push([list, items]));
    if (out.ok) for (const [list, items] of queued) await counting(list, items);
    return { ...out, counts };
  }
  const bytes = input.bytes;
  // Transferred whole: a view into a larger buffer is copied out first, so nothing else is moved with it.
  const own = bytes && (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) ? bytes.slice() : bytes;
  const sent = own ? { ...input, bytes: own } : input;
  const transfer = own ? [own.buffer as ArrayBuffer] : [];
  const { value } = await onWorker(file, "csvImport", sent, ids.now(), counting, transfer);
  return { ...(value as CsvImportOutput), counts };
}

/** Renders a report PDF off the event loop. */
export async function runReportPdf(report: ClinicianReport): Promise<Uint8Array> {
  const file = mode === "worker" ? workerFile() : null;
  if (!file) return reportPdfTask(report);
  const { value } = await onWorker(file, "reportPdf", report, 0);
  return value as Uint8Array;
}
