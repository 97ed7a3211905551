// A streamed import writes a workout's session when its first rows end; rows of the same workout further down the
// file (two workouts started in one minute are one) still change it: the title, and an exercise's note.
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setOffloadMode, stopOffloadWorker, workerFile } from "../offload/pool.js";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";

const file = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2024-03-05 07:30:05,"",1h 0m,"Squat (Barbell)",1,100,5,0,0,"","",',
  '2024-03-05 07:30:05,"",1h 0m,"Squat (Barbell)",2,100,5,0,0,"","",',
  '2024-03-06 07:00:00,"Other",30m,"Leg Press",1,150,10,0,0,"","",',
  '2024-03-05 07:30:40,"Legs",1h 0m,"Squat (Barbell)",Note,0,0,0,0,"knees out","",',
  '2024-03-05 07:30:40,"Legs",1h 0m,"Leg Press",1,150,10,0,0,"","",',
].join("\n");

for (const engine of testEngines()) {
  describe(`X1: a streamed import on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, {});
    });
    afterAll(async () => {
      setOffloadMode("inline");
      await stopOffloadWorker();
      await server.close();
    });

    for (const mode of ["inline", "worker"] as const) {
      it.skipIf(mode === "worker" && workerFile() === null)(
        `X1: a workout's later rows still give its session their title and exercise note (${mode})`,
        async () => {
          setOffloadMode(mode);
          const a = await newUser(server);
          const res = await a.req("POST", "/import?format=strong&unit=kg", file);
          expect(res.status).toBe(201);
          expect([res.body.workouts, res.body.sets]).toEqual([2, 4]);
          const sessions = (await a.get("/sessions")).body as { id: string; date: string }[];
          const first = sessions.find((s) => s.date === "2024-03-05");
          const full = (await a.get(`/sessions/${first?.id}`)).body;
          expect([full.title, full.exerciseNotes, full.sets.length]).toEqual([
            "Legs",
            { "back-squat": "knees out" },
            3,
          ]);
          // The same file again adds nothing and changes nothing.
          const again = await a.req("POST", "/import?format=strong&unit=kg", file);
          expect([again.body.sets, again.body.workouts]).toEqual([0, 0]);
        },
        60_000,
      );
    }
  });
}
