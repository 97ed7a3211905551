// The worker thread runs the same tasks as the inline path: an import answers the same, a PDF is a PDF. Needs the
// compiled worker (`npm test` builds first); without it there is nothing to compare and the test says so.
import { addDays } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";
import { setOffloadMode, stopOffloadWorker, workerFile } from "./pool.js";

const STRONG_HEAD =
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
// 450 workouts of 10 sets each: more sets than one part of the worker's answer holds.
const rows = Array.from(
  { length: 4500 },
  (_, i) =>
    `${addDays("2020-01-01", Math.floor(i / 10))} 18:30:00,"Legs",45m,"Squat (Barbell)",${1 + (i % 10)},100,5,0,0,"","",8`,
);
const csv = [STRONG_HEAD, '1899-12-31 18:30:00,"Old",45m,"Squat (Barbell)",1,100,5,0,0,"","",8', ...rows].join("\n");

const [engine] = testEngines();

describe.skipIf(workerFile() === null || engine === undefined)("heavy work on the worker thread", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine as NonNullable<typeof engine>, { importLimitBytes: 8 * 1024 * 1024 });
  });
  afterAll(async () => {
    setOffloadMode("inline");
    await stopOffloadWorker();
    await server.close();
  });

  it("X1: an import answers the same on the worker (its lists sent in parts) as inline", async () => {
    setOffloadMode("inline");
    const inline = await (await newUser(server)).req("POST", "/import?format=strong&unit=kg", csv);
    setOffloadMode("worker");
    const a = await newUser(server);
    const onWorker = await a.req("POST", "/import?format=strong&unit=kg", csv);
    expect(onWorker.status).toBe(201);
    expect(onWorker.body).toEqual(inline.body);
    // More sets than one part holds (2,000), and the 1899 row reported as skipped by its line.
    expect(onWorker.body.sets).toBeGreaterThan(2000);
    expect(onWorker.body.skipped[0]).toMatchObject({ line: 2 });
    const stored = (await a.get("/sessions")).body as { sets: unknown[] }[];
    expect(stored.reduce((n, s) => n + s.sets.length, 0)).toBe(onWorker.body.sets);
    // Two imports of 4,500 sets written in chunked commits: slow on a loaded machine, so a generous limit.
  }, 90_000);

  it("X3: a report PDF rendered on the worker is a whole PDF", async () => {
    setOffloadMode("worker");
    const a = await newUser(server);
    const res = await fetch(`${server.url}/reports/clinician?format=pdf`, { headers: { cookie: a.cookie ?? "" } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
  });
});
