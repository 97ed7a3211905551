import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

// Our own small exports in each app's layout (the real samples are tested in core's import tests).
const STRONG_HEAD =
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const STRONG_W1 = [
  '2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",W,60,5,0,0,"","",',
  '2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",1,100,5,0,0,"","",8',
  '2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",2,100,5,0,0,"","",8.5',
  '2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",Rest Timer,0,0,0,90,"","",',
  '2024-01-15 18:30:00,"Legs",45m,"Zercher Kettlebell Wobble",1,20,10,0,0,"","",',
];
const STRONG_W2 = ['2024-01-18 07:05:00,"Pull",30m,"Bent Over Row (Barbell)",1,70,8,0,0,"","",'];
const strong = (...rows: string[]) => [STRONG_HEAD, ...rows].join("\n");

const HEVY = [
  "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe",
  'Push,"12 Sep 2024, 21:46","12 Sep 2024, 23:16",,Bench Press (Barbell),,,0,warmup,95,10,,,',
  'Push,"12 Sep 2024, 21:46","12 Sep 2024, 23:16",,Bench Press (Barbell),,,1,normal,185,8,,,8',
].join("\n");

async function importFile(a: TestClient, query: string, text: string) {
  return a.req("POST", `/import?${query}`, text);
}

for (const engine of testEngines()) {
  describe(`import and export on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, { importLimitBytes: 64 * 1024 });
    });
    afterAll(async () => server.close());

    it("X1: a Strong file without a unit asks for it; a dry run previews and stores nothing", async () => {
      const a = await newUser(server);
      const noUnit = await importFile(a, "format=strong&dryRun=1", strong(...STRONG_W1));
      expect(noUnit.status).toBe(400);
      expect(noUnit.body.error.details.map((d: { path: string }) => d.path)).toEqual(["unit"]);

      const dry = await importFile(a, "format=strong&unit=kg&dryRun=1", strong(...STRONG_W1));
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, workouts: 1, sets: 4, alreadyImported: 0, unit: "kg" });
      expect(dry.body.unitFrom).toBe("request");
      expect(dry.body.skipped).toEqual([{ line: 5, reason: expect.any(String) }]);
      const squat = dry.body.mapping.find((m: { name: string }) => m.name === "Squat (Barbell)");
      expect(squat).toMatchObject({ exerciseId: "back-squat", custom: false, created: false });
      const odd = dry.body.mapping.find((m: { name: string }) => m.name === "Zercher Kettlebell Wobble");
      expect(odd).toMatchObject({ custom: true, created: true });

      expect((await a.get("/sessions")).body).toEqual([]);
      const customs = (await a.get("/exercises")).body.filter((e: { custom: boolean }) => e.custom);
      expect(customs).toEqual([]);
    });

    it("X1: import stores sets without pain in the profile's time zone; the same file again adds nothing", async () => {
      const a = await newUser(server);
      await a.put("/profile", { timeZone: "America/New_York" });
      const first = await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ workouts: 1, sets: 4, alreadyImported: 0, dryRun: false });
      expect(first.body.customExercises).toHaveLength(1);

      const sessions = (await a.get("/sessions")).body;
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ date: "2024-01-15", source: "strong", title: "Legs", painBefore: null });
      // 18:30 in New York in January is 23:30 UTC.
      expect(sessions[0].startedAt).toBe("2024-01-15T23:30:00.000Z");
      const one = (await a.get(`/sessions/${sessions[0].id}`)).body;
      expect(one.sets).toHaveLength(4);
      expect(one.sets.every((s: { pain: number | null }) => s.pain === null)).toBe(true);
      const warm = one.sets.find((s: { warmup: boolean }) => s.warmup);
      expect(warm).toMatchObject({ exerciseId: "back-squat", loadKg: 60, reps: 5 });

      const again = await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1));
      expect(again.body).toMatchObject({ workouts: 0, sets: 0, alreadyImported: 4, customExercises: [] });
      expect((await a.get("/sessions")).body).toHaveLength(1);
      const customs = (await a.get("/exercises")).body.filter((e: { custom: boolean }) => e.custom);
      expect(customs).toHaveLength(1);
    });

    it("X1: a newer export adds only its new sets, also into a workout imported before", async () => {
      const a = await newUser(server);
      await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1.slice(0, 2)));
      const newer = await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1, ...STRONG_W2));
      expect(newer.body).toMatchObject({ workouts: 2, sets: 3, alreadyImported: 2 });
      const sessions = (await a.get("/sessions")).body;
      expect(sessions).toHaveLength(2);
    });

    it("X1: a Hevy file in pounds says its unit and converts loads to kg", async () => {
      const a = await newUser(server);
      const r = await importFile(a, "format=hevy", HEVY);
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ unit: "lb", unitFrom: "file", profileUnit: "kg", workouts: 1, sets: 2 });
      const s = (await a.get("/sessions")).body[0];
      const sets = (await a.get(`/sessions/${s.id}`)).body.sets;
      expect(sets.map((x: { loadKg: number }) => x.loadKg)).toEqual([43.091, 83.915]);
      // The sets keep the unit they were lifted in, so history shows 185 lb, not 83.92 kg.
      expect(sets.map((x: { unit: string }) => x.unit)).toEqual(["lb", "lb"]);
      expect(sets[1].rpe).toBe(8);
    });

    it("X1: imports are private: another user sees none of them and imports the same file as their own", async () => {
      const a = await newUser(server);
      const b = await newUser(server);
      await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1));
      expect((await b.get("/sessions")).body).toEqual([]);
      const rb = await importFile(b, "format=strong&unit=kg", strong(...STRONG_W1));
      expect(rb.body).toMatchObject({ workouts: 1, sets: 4, alreadyImported: 0 });
    });

    it.each([
      ["format=numbers", STRONG_HEAD, "format"],
      ["format=strong&unit=stone", STRONG_HEAD, "unit"],
      ["format=strong&unit=kg", "", "(body)"],
      ["format=strong&unit=kg", HEVY, "format"],
      ["format=spotter", "{not json", "(body)"],
      ["format=spotter", JSON.stringify({ format: "other" }), "format"],
    ])("X1: %s with a wrong file answers 400 naming %s", async (query, text, field) => {
      const a = await newUser(server);
      const r = await importFile(a, query, text);
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect((await a.get("/sessions")).body).toEqual([]);
    });

    it("X1: a file over the import limit answers 413 and stores nothing", async () => {
      const a = await newUser(server);
      const big = strong(...Array.from({ length: 2000 }, () => STRONG_W1[1] ?? ""));
      const r = await importFile(a, "format=strong&unit=kg", big);
      expect(r.status).toBe(413);
      expect((await a.get("/sessions")).body).toEqual([]);
    });

    it("X2: the CSV export reads back as a Strong file with the same sets", async () => {
      const a = await newUser(server);
      await importFile(a, "format=strong&unit=kg", strong(...STRONG_W1, ...STRONG_W2));
      const csv = await a.get("/export.csv");
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toContain("text/csv");
      expect(String(csv.body).split("\n")[0]).toContain("Exercise Name");
      const b = await newUser(server);
      const back = await importFile(b, "format=strong&unit=kg", String(csv.body));
      expect(back.body).toMatchObject({ workouts: 2, sets: 5 });
    });

    it("X2: a full backup restores into another account losslessly, and restoring twice adds nothing", async () => {
      const a = await newUser(server);
      await a.put("/profile", { unit: "lb", bodyWeightKg: 81.5, goal: "strength", timeZone: "Europe/Berlin" });
      const custom = await a.post("/exercises", {
        name: "Landmine hip hinge",
        pattern: "hinge",
        primaryMuscles: ["glutes"],
        laterality: "bilateral",
        equipment: ["barbell"],
        load: { axial: 1, shear: 1, flexion: 1, extension: 1, rotation: 0, support: "free" },
      });
      expect(custom.status).toBe(201);
      await a.post("/checkins", { clientId: cid(), date: "2026-11-24", painNow: 3, everydayPain: "some" });
      const s = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T08:00:00Z",
        painBefore: 2,
      });
      const superset = cid();
      for (const [i, ex] of [custom.body.id, "hip-thrust"].entries()) {
        await a.post(`/sessions/${s.body.id}/sets`, {
          note: i === 0 ? "grip slipped on the last rep" : null,
          supersetId: superset,
          clientId: cid(),
          exerciseId: ex,
          setIndex: 0,
          warmup: false,
          reps: 8 + i,
          loadKg: 40.5,
          rir: 2,
          belt: false,
          pain: 2,
          painKind: "tightness",
        });
      }
      await a.post(`/sessions/${s.body.id}/finish`, { finishedAt: "2026-11-25T09:00:00Z", painAfter: 1, note: "ok" });
      const noted = await a.patch(`/sessions/${s.body.id}`, {
        exerciseNotes: { [custom.body.id]: "feet wider", "hip-thrust": "pad under the hips" },
      });
      expect(noted.status).toBe(200);
      await a.post("/daily", { clientId: cid(), date: "2026-11-25", kind: "water", amountMl: 500 });
      await a.post("/clearance", { date: "2026-11-20", by: "Dr. Physio", restrictions: "no deadlifts" });

      const backup = await a.get("/export");
      expect(backup.status).toBe(200);
      expect(backup.headers.get("content-disposition")).toContain("spotter-backup-");
      expect(backup.body).toMatchObject({ format: "spotter-backup", version: 5 });
      // Issue 16: notes, supersets and the unit each set was lifted in travel with the backup.
      const [bs] = backup.body.sessions;
      expect(bs.exerciseNotes).toEqual({ [custom.body.id]: "feet wider", "hip-thrust": "pad under the hips" });
      const noteOf = (id: string) => bs.sets.find((x: { exerciseId: string }) => x.exerciseId === id)?.note;
      expect([noteOf(custom.body.id), noteOf("hip-thrust")]).toEqual(["grip slipped on the last rep", null]);
      expect(bs.sets.map((x: { supersetId: string }) => x.supersetId)).toEqual([superset, superset]);
      expect(bs.sets.map((x: { unit: string }) => x.unit)).toEqual(["lb", "lb"]);

      const b = await newUser(server);
      const text = JSON.stringify(backup.body);
      const dry = await importFile(b, "format=spotter&dryRun=1", text);
      expect(dry.body).toMatchObject({
        workouts: 1,
        sets: 2,
        checkins: 1,
        daily: 1,
        clearances: 1,
        profileRestored: true,
      });
      expect((await b.get("/sessions")).body).toEqual([]);
      const restored = await importFile(b, "format=spotter", text);
      expect(restored.status).toBe(201);

      const strip = (x: unknown): unknown => {
        if (Array.isArray(x)) return x.map(strip);
        if (x && typeof x === "object") {
          return Object.fromEntries(
            Object.entries(x)
              .filter(([k]) => !["id", "sessionId", "exportedAt"].includes(k))
              .map(([k, v]) => [k, strip(v)]),
          );
        }
        return x;
      };
      // Custom exercise ids are global keys, so the copy in B got a fresh one: compare under A's id.
      const again = await b.get("/export");
      const bCustomId = again.body.exercises[0].id;
      const aligned = JSON.parse(JSON.stringify(again.body).replaceAll(bCustomId, custom.body.id));
      expect(strip(aligned)).toEqual(strip(backup.body));

      const twice = await importFile(b, "format=spotter", text);
      expect(twice.body).toMatchObject({
        workouts: 0,
        sets: 0,
        checkins: 0,
        daily: 0,
        clearances: 0,
        alreadyImported: 2,
      });
    });

    it("X2: a damaged backup is refused naming the field, and nothing is written", async () => {
      const a = await newUser(server);
      const s = await a.post("/sessions", {
        clientId: cid(),
        date: "2026-11-25",
        startedAt: "2026-11-25T08:00:00Z",
        painBefore: 1,
      });
      await a.post(`/sessions/${s.body.id}/sets`, {
        clientId: cid(),
        exerciseId: "hip-thrust",
        setIndex: 0,
        warmup: false,
        reps: 8,
        loadKg: 60,
        belt: false,
        pain: 1,
        painKind: "none",
      });
      const backup = (await a.get("/export")).body;
      backup.sessions[0].sets[0].pain = 11;
      const b = await newUser(server);
      const r = await importFile(b, "format=spotter", JSON.stringify(backup));
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain("sessions.0.sets.0.pain");
      expect((await b.get("/sessions")).body).toEqual([]);
    });
  });
}
