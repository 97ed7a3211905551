// One set logged by the 5-year heavy user (bench/heavyUser.mjs: 1,300 sessions, 82,000 sets, 1,800 check-ins), in
// the same process as the server without HTTP: CPU per set, the figure that grows with a log's age (issue 19). The
// first sets load the log into the cache; the measured ones find it there, as every set after a user's first does.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { uuidv7 } from "@spotter/db";
import { createApp, createLogger, NO_RATE_LIMITS } from "@spotter/server";
import { HEAVY_EMAIL, HEAVY_PASSWORD, seedHeavyUser } from "./heavyUser.mjs";

const SETS = Number(process.env.BENCH_SETS ?? 60);
const { db, dir } = await seedHeavyUser();
const app = createApp({
  db,
  now: () => Date.now(),
  newId: () => uuidv7(),
  registration: "open",
  rateLimits: NO_RATE_LIMITS,
  logger: createLogger("silent"),
});
const post = (path, body, cookie) =>
  app.request(`/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
const login = await post("/auth/login", { email: HEAVY_EMAIL, password: HEAVY_PASSWORD });
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
const session = await post(
  "/sessions",
  {
    clientId: randomUUID(),
    date: new Date().toISOString().slice(0, 10),
    startedAt: new Date().toISOString(),
    painBefore: 1,
  },
  cookie,
).then((r) => r.json());
const logSet = async (i) => {
  const r = await post(
    `/sessions/${session.id}/sets`,
    {
      clientId: randomUUID(),
      exerciseId: "leg-press-upright",
      setIndex: i % 20,
      warmup: false,
      reps: 10,
      loadKg: 120,
      rir: 2,
      belt: false,
      pain: 1,
      painKind: "none",
    },
    cookie,
  );
  if (r.status !== 201) throw new Error(`set answered ${r.status}: ${await r.text()}`);
  await r.arrayBuffer();
};
for (let i = 0; i < 5; i++) await logSet(i);
const before = process.cpuUsage();
for (let i = 0; i < SETS; i++) await logSet(i);
const used = process.cpuUsage(before);
console.log(`heavy user, ${SETS} sets: ${((used.user + used.system) / 1000 / SETS).toFixed(2)} ms of CPU a set`);
await db.close();
rmSync(dir, { recursive: true, force: true });
