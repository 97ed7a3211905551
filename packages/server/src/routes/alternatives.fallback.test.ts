import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";

const RANK = { A: 0, B: 1, C: 2, D: 3 } as const;

for (const engine of testEngines()) {
  describe(`alternatives with nothing gentler on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it("S1: a grade-A exercise on a bench still gets same-grade options for the same muscles, never a worse grade", async () => {
      const a = await newUser(server);
      for (const reason of ["pain", "trigger"]) {
        const r = await a.get(`/exercises/bench-press/alternatives?reason=${reason}`);
        expect(r.status).toBe(200);
        expect(r.body.length, reason).toBeGreaterThan(0);
        for (const alt of r.body as { gradeFrom: keyof typeof RANK; gradeTo: keyof typeof RANK; why: string }[]) {
          expect(RANK[alt.gradeTo]).toBeLessThanOrEqual(RANK[alt.gradeFrom]);
          expect(alt.why.length).toBeGreaterThan(0);
        }
      }
    });

    it("S1: where gentler options exist, only they are offered (back squat: the guide's mappings lead)", async () => {
      const a = await newUser(server);
      const r = await a.get("/exercises/back-squat/alternatives?reason=pain");
      const ids = (r.body as { exercise: { id: string } }[]).map((x) => x.exercise.id);
      expect(ids.slice(0, 3).sort()).toEqual(["bulgarian-split-squat", "leg-press-upright", "smith-machine-squat"]);
      expect(ids).not.toContain("box-squat");
    });
  });
}
