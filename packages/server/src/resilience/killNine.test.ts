/**
 * kill -9 during concurrent writes (issue 18): the real server in its own process is SIGKILLed at a seeded random
 * moment, restarted on the same data, and every write it acknowledged must be there exactly once. Writes that got
 * no answer are retried with the same client id after the restart, as the web app does. SQLite always; PostgreSQL
 * when SPOTTER_TEST_DATABASE_URL is set (in a schema of its own).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "@spotter/core";
import { dropSchema, openDatabase } from "@spotter/db";
import { testEngines } from "@spotter/db/testing";
import { describe, expect, it } from "vitest";
import { type ChildStore, type ServerChild, startServerChild } from "./child.js";
import { Ledger, openSessions, seedWriters, tally, type Writer, writeLoop } from "./writers.js";

/** The seed of the kill moments; set SPOTTER_KILL_SEED to replay another run. */
const SEED = Number(process.env.SPOTTER_KILL_SEED ?? 18);
/** Rounds per engine (4 in CI; SPOTTER_KILL_ROUNDS=30 for a longer run). */
const ROUNDS = Number(process.env.SPOTTER_KILL_ROUNDS ?? 4);
const WRITERS = 4;
/** A start, a few writes and a kill take about 3 s a round on a busy machine. */
const LIMIT_MS = 60_000 + ROUNDS * 15_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function storeFor(engine: "sqlite" | "postgres"): { store: ChildStore; cleanUp(): Promise<void> } {
  if (engine === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "spotter-kill-"));
    return { store: { dataDir }, cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const databaseUrl = process.env.SPOTTER_TEST_DATABASE_URL as string;
  const schema = `kill_${Math.random().toString(36).slice(2, 10)}`;
  return { store: { databaseUrl, schema }, cleanUp: () => dropSchema(databaseUrl, schema) };
}

for (const engine of testEngines().map((e) => e.name)) {
  describe(`kill -9 during concurrent writes on ${engine}`, () => {
    it(
      `every acknowledged set survives ${ROUNDS} SIGKILLs exactly once (seed ${SEED})`,
      async () => {
        const { store, cleanUp } = storeFor(engine);
        const random = seededRandom(SEED);
        let child: ServerChild | undefined;
        try {
          const setup = await openDatabase({ ...store, log: () => undefined });
          const users = await seedWriters(setup, WRITERS);
          await setup.close();

          child = await startServerChild(store);
          const writers: Writer[] = await openSessions(child.api, users);
          const ledger = new Ledger();
          const killedAfterMs: number[] = [];
          for (let round = 0; round < ROUNDS; round++) {
            if (round > 0) child = await startServerChild(store);
            const server = child;
            const deadline = Date.now() + 30_000;
            const loops = writers.map((w, i) =>
              writeLoop(i, w, ledger, {
                api: () => server.api,
                stop: () => false,
                onNoAnswer: "stop",
                giveUp: () => Date.now() > deadline,
              }),
            );
            const wait = Math.round(300 + random() * 1200);
            killedAfterMs.push(wait);
            await sleep(wait);
            await server.kill();
            await Promise.all(loops);
          }
          const pendingAtLastKill = ledger.pending.size;

          // One more start: the writes that got no answer are sent again with their client ids, then a clean stop.
          child = await startServerChild(store);
          const last = child;
          await Promise.all(
            writers.map((w, i) =>
              writeLoop(i, w, ledger, {
                api: () => last.api,
                stop: () => true,
                onNoAnswer: "retry",
                giveUp: () => false,
              }),
            ),
          );
          await last.stop();

          const check = await openDatabase({ ...store, migrate: false, log: () => undefined });
          const t = await tally(
            check,
            users.map((u) => u.userId),
            ledger,
          );
          await check.close();
          console.log(
            `resilience figures (kill -9, ${engine}): ${JSON.stringify({
              seed: SEED,
              rounds: ROUNDS,
              writers: WRITERS,
              killedAfterMs,
              acknowledged: ledger.acked.size,
              unansweredAtKill: ledger.networkErrors,
              resentAfterRestart: pendingAtLastKill,
              lost: t.lost,
              doubled: t.doubled,
            })}`,
          );
          expect(ledger.unexpected).toEqual([]);
          expect(ledger.pending.size).toBe(0);
          expect(ledger.acked.size).toBeGreaterThan(0);
          expect(t).toMatchObject({ lost: 0, doubled: 0, unacknowledgedStored: 0, stored: ledger.acked.size });
        } finally {
          await child?.kill();
          await cleanUp();
        }
      },
      LIMIT_MS,
    );
  });
}
