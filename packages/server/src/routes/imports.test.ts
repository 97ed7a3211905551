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
  });
}
