import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";

// Our own small files, each with one structural fault (issue 17: broken files get a 400 naming the problem).
const HEAD = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const ROW = '2024-03-04 18:00:00,"Legs",40m,"Squat (Barbell)",1,100,5,0,0,"","",';

for (const engine of testEngines()) {
  describe(`import structure checks on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, {});
    });
    afterAll(async () => server.close());

    it.each([
      ["no Reps column", HEAD.replace(",Reps,", ",Rest,"), /no Reps column/],
      ["no Weight column", HEAD.replace(",Weight,", ",Load,"), /no Weight column/],
      ["rows split by semicolons", HEAD, /split by commas but the rows by semicolons/],
      ["an unclosed quote", HEAD, /^\(body\): Line 3: a quote/],
    ])("X1: a file with %s answers 400 naming it and stores nothing", async (what, head, message) => {
      const a = await newUser(server);
      let rows = [ROW, ROW.replace(",1,", ",2,")];
      if (what === "rows split by semicolons") rows = rows.map((r) => r.replace(/,/g, ";"));
      if (what === "an unclosed quote") rows = [ROW, ROW.replace('"Squat (Barbell)"', '"Squat (Barbell)')];
      const res = await a.req("POST", "/import?format=strong&unit=kg", [head, ...rows].join("\n"));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.message).toMatch(message);
      expect((await a.get("/sessions")).body).toEqual([]);
    });

    it("X1: NUL and control characters are cleaned alike on both engines, with a report line, never a 500", async () => {
      const a = await newUser(server);
      const text = [
        HEAD,
        '2024-03-04 18:00:00,"Le\u0000gs",40m,"Squat (Barbell)",1,100,5,0,0,"","late\u0000 start",',
      ].join("\n");
      const res = await a.req("POST", "/import?format=strong&unit=kg", text);
      expect(res.status).toBe(201);
      expect(res.body.sets).toBe(1);
      expect(res.body.changed).toEqual([{ line: 2, reason: expect.stringMatching(/control characters .* removed/) }]);
      const [session] = (await a.get("/sessions")).body;
      expect([session.title, session.note]).toEqual(["Legs", "late start"]);
    });

    it("X1: an over-long exercise name is cut with a report line, and the backup of it restores", async () => {
      const a = await newUser(server);
      const long = `Zercher ${"very ".repeat(40)}odd lift`;
      const res = await a.req(
        "POST",
        "/import?format=strong&unit=kg",
        [HEAD, ROW.replace("Squat (Barbell)", long)].join("\n"),
      );
      expect(res.status).toBe(201);
      expect(res.body.changed).toEqual([{ line: 2, reason: "the exercise name was cut to 100 characters" }]);
      const backup = (await a.get("/export")).body;
      const b = await newUser(server);
      const restored = await b.req("POST", "/import?format=spotter", JSON.stringify(backup));
      expect(restored.status).toBe(201);
      expect(restored.body.sets).toBe(1);
    });

    it("X1: distances without a unit are asked for like the weight unit, and read in the unit chosen", async () => {
      const a = await newUser(server);
      const text = [HEAD, '2024-03-04 18:00:00,"Run",40m,"Running",1,0,0,5,1800,"","",'].join("\n");
      const asked = await a.req("POST", "/import?format=strong&unit=kg", text);
      expect(asked.status).toBe(400);
      expect(asked.body.error.details.map((d: { path: string }) => d.path)).toEqual(["distanceUnit"]);
      const res = await a.req("POST", "/import?format=strong&unit=kg&distanceUnit=mi", text);
      expect(res.status).toBe(201);
      expect(res.body.distanceUnitFrom).toBe("request");
      const [session] = (await a.get("/sessions")).body;
      const full = (await a.get(`/sessions/${session.id}`)).body;
      expect(full.sets[0].distanceM).toBeCloseTo(8046.72, 1);
    });

    it("X1: thousands of repeated rows answer a few lines per reason with the counts", async () => {
      const a = await newUser(server);
      const rows = Array.from(
        { length: 3000 },
        (_, i) => `2024-03-04 18:00:00,"Legs",40m,"Squat (Barbell)",Rest Timer,0,0,0,${i},"","",`,
      );
      const res = await a.req("POST", "/import?format=strong&unit=kg", [HEAD, ROW, ...rows].join("\n"));
      expect(res.status).toBe(201);
      expect(res.body.skippedRows).toBe(3000);
      expect(res.body.skipped).toHaveLength(5);
      expect(res.body.skippedSummary).toEqual([
        { reason: "a rest timer entry, not a set", count: 3000, lines: [3, 4, 5, 6, 7] },
      ]);
    });

    it("X1: a mapping override is used, shown in the preview, remembered for the next import, and never changes identity", async () => {
      const a = await newUser(server);
      const mapping = encodeURIComponent(JSON.stringify({ "Squat (Barbell)": "goblet-squat" }));
      const bad = await a.req(
        "POST",
        `/import?format=strong&unit=kg&dryRun=1&mapping=${encodeURIComponent('{"Squat (Barbell)": "no-such-lift"}')}`,
        [HEAD, ROW].join("\n"),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("mapping.Squat (Barbell)");
      const preview = await a.req(
        "POST",
        `/import?format=strong&unit=kg&dryRun=1&mapping=${mapping}`,
        [HEAD, ROW].join("\n"),
      );
      expect(preview.body.mapping).toEqual([
        expect.objectContaining({ name: "Squat (Barbell)", exerciseId: "goblet-squat", overridden: true }),
      ]);
      const stored = await a.req("POST", `/import?format=strong&unit=kg&mapping=${mapping}`, [HEAD, ROW].join("\n"));
      expect(stored.body.sets).toBe(1);
      // The next file of the same app, without a mapping, meets the remembered choice.
      const next = [HEAD, ROW.replace("2024-03-04 18:00:00", "2024-03-06 18:00:00")].join("\n");
      const later = await a.req("POST", "/import?format=strong&unit=kg", next);
      expect(later.body.mapping[0]).toMatchObject({ exerciseId: "goblet-squat", overridden: true });
      // Identity stays the file's: the first file again adds nothing, whatever the mapping.
      const again = await a.req("POST", "/import?format=strong&unit=kg", [HEAD, ROW].join("\n"));
      expect(again.body.sets).toBe(0);
      // The backup carries the remembered choice and each set's source name; a restore brings both.
      const backup = (await a.get("/export")).body;
      expect(backup.importMappings).toEqual([{ app: "strong", name: "Squat (Barbell)", exerciseId: "goblet-squat" }]);
      expect(backup.sessions[0].sets[0].sourceName).toBe("Squat (Barbell)");
      const b = await newUser(server);
      expect((await b.req("POST", "/import?format=spotter", JSON.stringify(backup))).status).toBe(201);
      const onB = await b.req("POST", "/import?format=strong&unit=kg&dryRun=1", next);
      expect(onB.body.mapping[0]).toMatchObject({ exerciseId: "goblet-squat", overridden: true });
      // Restored sets keep their identity: the CSV export of the restored account re-imports adding nothing.
      const csv = String((await b.get("/export.csv")).body);
      expect((await b.req("POST", "/import?format=strong&unit=kg", csv)).body.sets).toBe(0);
    });

    it("X1: notes of a set, an exercise and a workout are kept at their level and exported again", async () => {
      const a = await newUser(server);
      const text = [
        '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
        '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"Note";"";"";"";"";"";"knees out";""',
        '"1";"2024-03-05 07:30:00";"Legs";"3600";"Squat (Barbell)";"1";"100";"5";"";"0";"0";"slow down";"felt strong"',
      ].join("\n");
      const res = await a.req("POST", "/import?format=strong", text);
      expect(res.status).toBe(201);
      expect(res.body.skipped).toEqual([
        { line: 2, reason: "an exercise note, not a set (kept as the exercise's note in that workout)" },
      ]);
      const [session] = (await a.get("/sessions")).body;
      const full = (await a.get(`/sessions/${session.id}`)).body;
      expect(full.note).toBe("felt strong");
      expect(full.sets[0].note).toBe("slow down");
      expect(Object.values(full.exerciseNotes ?? {})).toEqual(["knees out"]);
      const csv = String((await a.get("/export.csv")).body);
      expect(csv).toContain("slow down");
      expect(csv).toContain("felt strong");
    });
  });
}
