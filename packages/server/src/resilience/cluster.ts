/**
 * A throwaway PostgreSQL 15 cluster for tests that restart the database: initdb as the `postgres` user into a temp
 * folder, a spare port on 127.0.0.1, a random password. Never the shared cluster on 5432, which other tests use.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where Debian's PostgreSQL 15 keeps its server binaries. */
export const PG_BIN = "/usr/lib/postgresql/15/bin";
const RUNUSER = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((p) => existsSync(p));

/** A running throwaway cluster. */
export interface ThrowawayCluster {
  /** Superuser URL on 127.0.0.1 (password authentication). */
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`: ends every connection, checkpoints, and starts again; resolves once it accepts. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast`: the database is gone until `start()`. */
  stop(): Promise<void>;
  /** Starts it again with the same settings; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster at once and deletes its folder. */
  destroy(): Promise<void>;
}

/** Why the cluster cannot be made on this machine, or undefined when it can. */
export function clusterSkipReason(): string | undefined {
  if (!existsSync(join(PG_BIN, "initdb")) || !existsSync(join(PG_BIN, "pg_ctl"))) {
    return `PostgreSQL 15 binaries are missing (${PG_BIN})`;
  }
  if (!RUNUSER) return "runuser is missing";
  if (process.getuid?.() !== 0) return "runuser needs root to run initdb as the postgres user";
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function asPostgres(bin: string, args: string[]): Promise<void> {
  await run(RUNUSER as string, ["-u", "postgres", "--", join(PG_BIN, bin), ...args], { timeout: 60_000 });
}

/** Makes and starts a new cluster; the caller must `destroy()` it. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const reason = clusterSkipReason();
  if (reason) throw new Error(reason);
  const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
  const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
  const dir = mkdtempSync(join(tmpdir(), "spotter-pg-"));
  chownSync(dir, uid, gid);
  const password = randomBytes(12).toString("hex");
  const pwfile = join(dir, "pw");
  writeFileSync(pwfile, password, { mode: 0o600 });
  chownSync(pwfile, uid, gid);
  const data = join(dir, "data");
  const ctl = (args: string[]) => asPostgres("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-t", "30", ...args]);
  try {
    await asPostgres("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      `--pwfile=${pwfile}`,
      "--auth-local=trust",
      "--auth-host=scram-sha-256",
      "-E",
      "UTF8",
      "--no-sync",
      "--no-instructions",
    ]);
    // The socket goes into our own folder so nothing touches /var/run/postgresql.
    const startOn = (p: number) => ctl(["-o", `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1`, "start"]);
    // A port found free may be taken before PostgreSQL binds it (other tests run alongside): try another.
    let port = 0;
    for (let attempt = 1; port === 0; attempt++) {
      const candidate = await freePort();
      try {
        await startOn(candidate);
        port = candidate;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
    const start = () => startOn(port);
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
      port,
      restart: () => ctl(["-m", "fast", "restart"]),
      stop: () => ctl(["-m", "fast", "stop"]),
      start,
      async destroy() {
        await ctl(["-m", "immediate", "stop"]).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await ctl(["-m", "immediate", "stop"]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
