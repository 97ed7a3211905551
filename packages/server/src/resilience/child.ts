/** Starting the real server as a child process (`serveChild.mjs`) and stopping or killing it. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./serveChild.mjs", import.meta.url));

/** A server running in its own process. */
export interface ServerChild {
  /** Base URL of the API, e.g. http://127.0.0.1:43211/api/v1. */
  api: string;
  process: ChildProcess;
  /** Everything it printed so far (both streams). */
  output(): string;
  /** True while the process has not exited. */
  alive(): boolean;
  /** SIGKILL, resolving once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a clean close), resolving once it is gone. */
  stop(): Promise<void>;
}

/** Where the child keeps its data: a SQLite folder, or a PostgreSQL URL and schema. */
export interface ChildStore {
  dataDir?: string;
  databaseUrl?: string;
  schema?: string;
}

/** Spawns the server and resolves once it prints its listening line (rejects if it exits first or takes 30 s). */
export function startServerChild(store: ChildStore): Promise<ServerChild> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: {
      ...process.env,
      SPOTTER_DATA: store.dataDir ?? "",
      SPOTTER_DATABASE_URL: store.databaseUrl ?? "",
      SPOTTER_SCHEMA: store.schema ?? "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await gone;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not start in 30 s:\n${out}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Spotter listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          api: `${m[1]}/api/v1`,
          process: child,
          output: () => out,
          alive: () => child.exitCode === null && child.signalCode === null,
          kill: () => end("SIGKILL"),
          stop: () => end("SIGTERM"),
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}
