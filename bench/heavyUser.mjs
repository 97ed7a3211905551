// The 5-year heavy user shared by the benchmarks that time a restart and the insights over HTTP (issue 19): about
// 1,300 sessions, 80,000 sets and 1,800 check-ins from one seeded PRNG, in a fresh SQLite database in a temporary
// folder, with a login ("heavy@example.com" / "heavy user 1"). Every run writes the same log.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addDays, allExercises, normaliseRedFlags, RED_FLAG_KEYS } from "@spotter/core";
import { insertCheckin, insertSession, insertSet, insertUser, openDatabase, uuidv7 } from "@spotter/db";
import { hashPassword } from "@spotter/server";
import { prng } from "./prng.mjs";

/** The heavy user's first day, and how many days the log spans. */
export const START = "2021-11-01";
export const DAYS = 5 * 365;
/** The heavy user's login. */
export const HEAVY_EMAIL = "heavy@example.com";
export const HEAVY_PASSWORD = "heavy user 1";

/**
 * Opens a fresh database in a temporary folder and writes the heavy user's log into it; prints one line with the
 * counts. Returns the open database, its folder (the caller removes it) and the user's id.
 */
export async function seedHeavyUser() {
  const rand = prng(42);
  const exercises = allExercises().filter((e) => e.loaded);
  const pool = exercises.slice(0, 40);

  const dir = mkdtempSync(join(tmpdir(), "spotter-insights-bench-"));
  const db = await openDatabase({ dataDir: dir });
  const userId = uuidv7();
  await insertUser(db.kysely, {
    id: userId,
    email: HEAVY_EMAIL,
    passwordHash: await hashPassword(HEAVY_PASSWORD),
    createdAt: Date.parse(`${START}T00:00:00Z`),
  });

  const t0 = performance.now();
  let nSessions = 0;
  let nSets = 0;
  let nCheckins = 0;
  await db.kysely.transaction().execute(async (trx) => {
    for (let d = 0; d < DAYS; d++) {
      const date = addDays(START, d);
      const iso = `${date}T07:00:00.000Z`;
      if (rand() < 0.985) {
        nCheckins++;
        await insertCheckin(trx, userId, {
          id: uuidv7(),
          clientId: uuidv7(),
          date,
          painNow: Math.floor(rand() * 5),
          everydayPain: rand() < 0.7 ? "none" : "some",
          regions: [],
          nerve: [],
          redFlags: normaliseRedFlags(d % 7 === 0 ? Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, false])) : {}),
          sleep: { hours: 6 + Math.floor(rand() * 3), quality: 3, position: "side", supportUsed: rand() < 0.5 },
          habits: { lumbarSupport: rand() < 0.5, sittingHours: 4 + Math.floor(rand() * 5), foamRolling: rand() < 0.3 },
          function: null,
          note: null,
          createdAt: iso,
          updatedAt: iso,
        });
      }
      if (d % 7 !== 2 && d % 7 !== 6) {
        nSessions++;
        const id = uuidv7();
        const started = `${date}T17:00:00.000Z`;
        await insertSession(trx, userId, {
          id,
          clientId: uuidv7(),
          date,
          startedAt: started,
          finishedAt: `${date}T18:15:00.000Z`,
          painBefore: Math.floor(rand() * 4),
          painAfter: Math.floor(rand() * 4),
          note: null,
          title: null,
          recovery: false,
          source: "spotter",
          createdAt: started,
          updatedAt: started,
        });
        let setIndex = 0;
        for (let e = 0; e < 8; e++) {
          const ex = pool[Math.floor(rand() * pool.length)];
          for (let k = 0; k < 7 + Math.floor(rand() * 3); k++) {
            nSets++;
            const pain = Math.floor(rand() * 4);
            await insertSet(trx, userId, {
              id: uuidv7(),
              clientId: uuidv7(),
              sessionId: id,
              exerciseId: ex.id,
              setIndex: setIndex++,
              warmup: k < 1,
              setType: "normal",
              reps: 5 + Math.floor(rand() * 8),
              loadKg: 20 + Math.floor(rand() * 80),
              seconds: null,
              distanceM: null,
              rir: 2,
              rpe: null,
              belt: rand() < 0.1,
              pain,
              painKind: rand() < 0.002 ? "sharp" : pain >= 2 ? "tightness" : "none",
              flagged: false,
              createdAt: started,
              updatedAt: started,
            });
          }
        }
      }
    }
  });
  console.log(
    `data: ${nSessions} sessions, ${nSets} sets, ${nCheckins} check-ins (inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return { db, dir, userId };
}

/** Logs the heavy user in through an app (`createApp`); returns the session cookie. */
export async function loginHeavyUser(app) {
  const login = await app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: HEAVY_EMAIL, password: HEAVY_PASSWORD }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  if (!cookie) throw new Error(`login failed: ${login.status}`);
  return cookie;
}
