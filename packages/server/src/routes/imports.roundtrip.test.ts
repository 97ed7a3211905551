import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

// Our own small exports, one per app, each with two exercises in a workout and a start time with seconds.
const FILES = {
  strong: [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
    '2024-02-05 18:30:41,"Upper",50m,"Overhead Press (Dumbbell)",WARM_UP,10,10,0,0,"","",',
    '2024-02-05 18:30:41,"Upper",50m,"Overhead Press (Dumbbell)",1,20,8,0,0,"","",8',
    '2024-02-05 18:30:41,"Upper",50m,"Lat Pulldown (Cable)",1,50,10,0,0,"","",',
    '2024-02-05 18:30:41,"Upper",50m,"Overhead Press (Dumbbell)",FAILURE,20,6,0,0,"","",',
    '2024-02-07 07:02:09,"Lower",40m,"Squat (Barbell)",1,90,5,0,0,"","",',
  ].join("\n"),
  hevy: [
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
    '"Pull","6 Feb 2024, 17:10","6 Feb 2024, 18:00","","Seated Row (Cable)",,"",0,warmup,30,12,,,',
    '"Pull","6 Feb 2024, 17:10","6 Feb 2024, 18:00","","Seated Row (Cable)",,"",1,normal,55,10,,,',
    '"Pull","6 Feb 2024, 17:10","6 Feb 2024, 18:00","","Bicep Curl (Dumbbell)",,"",0,dropset,12,12,,,',
  ].join("\n"),
  fitnotes: [
    "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment",
    "2024-02-08,Deadlift,Back,120,kgs,5,,,,",
    "2024-02-08,Deadlift,Back,120,kgs,5,,,,",
    "2024-02-08,Plank,Abs,,,,,,0:01:00,",
  ].join("\n"),
} as const;

async function exportCsv(a: TestClient): Promise<string> {
  const res = await a.get("/export.csv");
  expect(res.status).toBe(200);
  return String(res.body);
}

for (const engine of testEngines()) {
  describe(`X1: Spotter's own CSV export re-imports adding nothing, on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, {});
    });
    afterAll(async () => server.close());

    it.each(Object.keys(FILES) as (keyof typeof FILES)[])(
      "X1: sets imported from %s: export then import into the same account adds 0",
      async (format) => {
        const a = await newUser(server);
        const first = await a.req("POST", `/import?format=${format}&unit=kg`, FILES[format]);
        expect(first.status).toBe(201);
        expect(first.body.sets).toBeGreaterThan(0);
        const csv = await exportCsv(a);
        expect(csv.split("\n")[0]).toMatch(/,Source App,Source Name$/);
        const again = await a.req("POST", "/import?format=strong&unit=kg", csv);
        expect(again.status).toBe(201);
        expect([again.body.sets, again.body.workouts, again.body.alreadyImported]).toEqual([0, 0, first.body.sets]);
        // The original file again still adds nothing: the export kept the identity the file gave.
        const original = await a.req("POST", `/import?format=${format}&unit=kg`, FILES[format]);
        expect(original.body.sets).toBe(0);
      },
    );

    it("X1: sets logged in Spotter: export then import into the same account adds 0; into another adds them all", async () => {
      const a = await newUser(server);
      await a.post("/checkins", {
        clientId: cid(),
        date: "2026-11-25",
        painNow: 1,
        everydayPain: "none",
        redFlags: redFlagAnswers(),
      });
      const s = (
        await a.post("/sessions", {
          clientId: cid(),
          date: "2026-11-25",
          startedAt: "2026-11-25T08:05:17Z",
          painBefore: 1,
        })
      ).body;
      for (const [exerciseId, setIndex] of [
        ["smith-machine-squat", 0],
        ["smith-machine-squat", 1],
        ["back-squat", 0],
      ] as const) {
        const res = await a.post(`/sessions/${s.id}/sets`, {
          clientId: cid(),
          exerciseId,
          setIndex,
          warmup: false,
          reps: 8,
          loadKg: 60,
          rir: 2,
          belt: false,
          pain: 1,
          painKind: "none",
        });
        expect(res.status).toBe(201);
      }
      const csv = await exportCsv(a);
      expect(csv).toContain(",spotter,smith-machine-squat");
      const again = await a.req("POST", "/import?format=strong&unit=kg", csv);
      expect([again.body.sets, again.body.alreadyImported]).toEqual([0, 3]);

      const b = await newUser(server);
      const into = await a.req("POST", "/import?format=strong&unit=kg", csv);
      expect(into.body.sets).toBe(0);
      const other = await b.req("POST", "/import?format=strong&unit=kg", csv);
      expect(other.body.sets).toBe(3);
      const [session] = (await b.get("/sessions")).body;
      expect(session.startedAt).toBe("2026-11-25T08:05:17.000Z");
      const full = (await b.get(`/sessions/${session.id}`)).body;
      expect(full.sets.map((x: { exerciseId: string }) => x.exerciseId)).toEqual([
        "smith-machine-squat",
        "smith-machine-squat",
        "back-squat",
      ]);
      expect((await b.req("POST", "/import?format=strong&unit=kg", csv)).body.sets).toBe(0);
    });

    it("X1: notes keep their level through export and import: the exercise's note stays the exercise's, a set's the set's", async () => {
      const file = [
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
        '2024-03-05 07:30:12,"Legs",1h 0m,"Squat (Barbell)",Note,0,0,0,0,"knees out","slept badly",',
        '2024-03-05 07:30:12,"Legs",1h 0m,"Squat (Barbell)",1,100,5,0,0,"grindy","slept badly",',
        '2024-03-05 07:30:12,"Legs",1h 0m,"Squat (Barbell)",2,100,5,0,0,"","slept badly",',
        '2024-03-05 07:30:12,"Legs",1h 0m,"Leg Press",1,150,10,0,0,"","slept badly",',
      ].join("\n");
      type Full = { note: string | null; exerciseNotes?: Record<string, string>; sets: { note?: string | null }[] };
      const notesOf = async (c: TestClient): Promise<unknown> => {
        const [session] = (await c.get("/sessions")).body;
        const full = (await c.get(`/sessions/${session.id}`)).body as Full;
        return [full.note, full.exerciseNotes, full.sets.map((x) => x.note ?? null)];
      };
      const a = await newUser(server);
      expect((await a.req("POST", "/import?format=strong&unit=kg", file)).body.sets).toBe(3);
      const before = await notesOf(a);
      expect(before).toEqual(["slept badly", { "back-squat": "knees out" }, ["grindy", null, null]]);
      const csv = await exportCsv(a);
      const again = await a.req("POST", "/import?format=strong&unit=kg", csv);
      expect([again.body.sets, again.body.workouts]).toEqual([0, 0]);
      expect(await notesOf(a)).toEqual(before);
      // Into another account the export gives the same notes at the same levels.
      const b = await newUser(server);
      expect((await b.req("POST", "/import?format=strong&unit=kg", csv)).body.sets).toBe(3);
      expect(await notesOf(b)).toEqual(before);
      // And b's own export is the same text as a's (a second round trip changes nothing).
      expect(await exportCsv(b)).toBe(csv);
    });

    it("X1: seconds of start times and the order of exercises within a workout are kept", async () => {
      const a = await newUser(server);
      await a.req("POST", "/import?format=strong&unit=kg", FILES.strong);
      const sessions = (await a.get("/sessions")).body as { id: string; startedAt: string }[];
      const upper = sessions.find((x) => x.startedAt === "2024-02-05T18:30:41.000Z");
      expect(upper).toBeDefined();
      const full = (await a.get(`/sessions/${upper?.id}`)).body;
      const order = full.sets.map((x: { exerciseId: string }) => x.exerciseId);
      // Overhead press first (as the file has it), the pulldown after, never sorted by id.
      expect(order[0]).toBe(order[1]);
      expect(order[2]).not.toBe(order[0]);
      expect(full.sets.map((x: { setType: string; warmup: boolean }) => [x.warmup, x.setType])).toEqual([
        [true, "normal"],
        [false, "normal"],
        [false, "normal"],
        [false, "failure"],
      ]);
    });
  });
}
