/**
 * A PostgreSQL restart under load (issue 18): the server keeps running, answers 503 with Retry-After while the
 * database is away, reconnects by itself, and every write it acknowledged is stored exactly once. Runs on a throwaway
 * cluster of its own (never the shared one); skipped with a notice only where PostgreSQL 15 or runuser is missing.
 */
import { openDatabase } from "@spotter/db";
import { afterAll, describe, expect, it } from "vitest";
import { type ServerChild, startServerChild } from "./child.js";
import { clusterSkipReason, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { Ledger, openSessions, seedWriters, tally, type Writer, writeLoop } from "./writers.js";

const skip = clusterSkipReason();
if (skip) console.warn(`NOTICE: the PostgreSQL restart test is SKIPPED: ${skip}.`);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls a database-backed read every 100 ms and keeps each answer's status and instant. */
function probe(api: () => string, w: Writer): { stop(): Promise<void>; seen: { at: number; status: number }[] } {
  const seen: { at: number; status: number }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const status = await fetch(`${api()}/sessions/${w.sessionId}`, {
        headers: { authorization: `Bearer ${w.token}` },
      }).then(
        async (r) => {
          await r.arrayBuffer();
          return r.status;
        },
        () => 0,
      );
      seen.push({ at: Date.now(), status });
      await sleep(100);
    }
  })();
  return {
    seen,
    async stop() {
      running = false;
      await loop;
    },
  };
}

describe.skipIf(skip !== undefined)("database outages: PostgreSQL restarted under load", () => {
  let cluster: ThrowawayCluster | undefined;
  let child: ServerChild | undefined;
  afterAll(async () => {
    await child?.stop();
    await cluster?.destroy();
  }, 30_000);

  it("the server survives pg_ctl restart -m fast, answers 503 with Retry-After meanwhile, and keeps every acknowledged write once", async () => {
    const started = Date.now();
    cluster = await startThrowawayCluster();
    const setup = await openDatabase({ databaseUrl: cluster.url, log: () => undefined });
    const users = await seedWriters(setup, 6);
    await setup.close();
    child = await startServerChild({ databaseUrl: cluster.url });
    const server = child;
    const writers = await openSessions(server.api, users);

    const ledger = new Ledger();
    let stopping = false;
    const deadline = Date.now() + 40_000;
    const loops = writers.map((w, i) =>
      writeLoop(i, w, ledger, {
        api: () => server.api,
        stop: () => stopping,
        onNoAnswer: "retry",
        giveUp: () => Date.now() > deadline || !server.alive(),
      }),
    );
    const prober = probe(() => server.api, writers[0] as Writer);
    await sleep(2000);
    const ackedBefore = ledger.acked.size;
    const restartAt = Date.now();
    await cluster.restart();
    const pgBackAt = Date.now();
    // Keep writing until writes have come back and gone on for a while.
    for (let i = 0; i < 200 && !ledger.ackTimes.some((t) => t > pgBackAt); i++) await sleep(100);
    await sleep(2000);
    stopping = true;
    await Promise.all(loops);
    await prober.stop();

    // Still the same process, still serving.
    expect(server.alive()).toBe(true);
    const after = await fetch(`${server.api}/sessions/${writers[0]?.sessionId}`, {
      headers: { authorization: `Bearer ${writers[0]?.token}` },
    });
    expect(after.status).toBe(200);
    // The outage really reached the pool (this is the path that used to end the process).
    expect(server.output()).toContain("PostgreSQL connection lost");

    // A longer outage: PostgreSQL stopped outright. The server answers 503 with Retry-After, then serves again.
    const read = () =>
      fetch(`${server.api}/sessions/${writers[0]?.sessionId}`, {
        headers: { authorization: `Bearer ${writers[0]?.token}` },
      });
    await cluster.stop();
    const down = await read();
    expect(down.status).toBe(503);
    expect(Number(down.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await down.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
    await cluster.start();
    let up = 0;
    for (let i = 0; i < 100 && up !== 200; i++) {
      up = (await read()).status;
      if (up !== 200) await sleep(100);
    }
    expect(up).toBe(200);
    expect(server.alive()).toBe(true);

    const check = await openDatabase({ databaseUrl: cluster.url, migrate: false, log: () => undefined });
    const t = await tally(
      check,
      users.map((u) => u.userId),
      ledger,
    );
    await check.close();

    const probe503 = prober.seen.filter((s) => s.status === 503).length;
    const firstOkAfter = prober.seen.find((s) => s.at > pgBackAt && s.status === 200)?.at;
    const figures = {
      writers: writers.length,
      acknowledged: ledger.acked.size,
      acknowledgedBeforeRestart: ackedBefore,
      lost: t.lost,
      doubled: t.doubled,
      unavailable503: ledger.unavailable + probe503,
      otherStatuses: ledger.unexpected.length,
      noAnswer: ledger.networkErrors + prober.seen.filter((s) => s.status === 0).length,
      restartMs: pgBackAt - restartAt,
      recoveryAfterPostgresBackMs: firstOkAfter === undefined ? null : firstOkAfter - pgBackAt,
      recoveryAfterRestartBeganMs: firstOkAfter === undefined ? null : firstOkAfter - restartAt,
      totalMs: Date.now() - started,
    };
    console.log(`resilience figures (PostgreSQL restart): ${JSON.stringify(figures)}`);

    expect(ledger.unexpected).toEqual([]);
    // Not one 500 and not one dropped connection: every failure was a 503 the client could retry.
    expect(prober.seen.filter((s) => s.status !== 200 && s.status !== 503)).toEqual([]);
    expect(ledger.networkErrors).toBe(0);
    expect(ledger.pending.size).toBe(0);
    expect(ledger.acked.size).toBeGreaterThan(ackedBefore);
    expect(t).toMatchObject({ lost: 0, doubled: 0, unacknowledgedStored: 0, stored: ledger.acked.size });
    expect(firstOkAfter).toBeDefined();
  }, 90_000);
});
