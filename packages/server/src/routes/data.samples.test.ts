/**
 * X1 end to end with the real exports in shared/samples (read in place, never copied): every file imports through
 * the API, every row is stored or reported, and importing it again adds nothing. Skipped, with a visible warning,
 * where that folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const samplesDir =
  [path.resolve(repoRoot, "../shared/samples"), path.resolve(repoRoot, "../../shared/samples")].find((d) =>
    existsSync(d),
  ) ?? path.resolve(repoRoot, "../shared/samples");
const files = existsSync(samplesDir)
  ? (["strong", "hevy", "fitnotes"] as const).flatMap((format) => {
      const dir = path.join(samplesDir, format);
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".csv"))
            .sort()
            .map((file) => ({ format, file, text: readFileSync(path.join(dir, file), "utf8") }))
        : [];
    })
  : [];
if (files.length === 0) console.warn(`SKIPPED: X1 sample imports through the API, no sample exports at ${samplesDir}`);

for (const engine of testEngines()) {
  describe.skipIf(files.length === 0)(`sample exports through the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    it.each(files.map((f) => [f.file, f] as const))(
      "X1: %s imports whole, and a second time adds nothing",
      async (_name, f) => {
        const a = await newUser(server);
        await a.put("/profile", { timeZone: "Europe/Berlin" });
        const first = await a.req("POST", `/import?format=${f.format}&unit=kg&distanceUnit=km`, f.text);
        expect(first.status).toBe(201);
        expect(first.body.sets + first.body.skippedRows).toBe(first.body.rows);
        expect(first.body.workouts).toBeGreaterThan(0);
        for (const s of first.body.skipped) expect(s.line).toBeGreaterThan(1);

        const sessions = (await a.get("/sessions")).body as { sets: unknown[] }[];
        expect(sessions).toHaveLength(first.body.workouts);
        expect(sessions.reduce((n, s) => n + s.sets.length, 0)).toBe(first.body.sets);

        // Everything Spotter derives reads imported history (no pain values, custom exercises, timed sets) calmly.
        const mapped = first.body.mapping as { exerciseId: string }[];
        const paths = [
          "/today",
          "/insights/triggers",
          "/insights/habits",
          "/insights/trends",
          "/export",
          "/export.csv",
          "/reports/clinician?from=2014-01-01&to=2016-12-31",
          ...mapped.slice(0, 8).map((m) => `/exercises/${m.exerciseId}/next`),
        ];
        for (const p of paths) {
          const r = await a.get(p);
          expect(r.status, `${p}: ${JSON.stringify(r.body).slice(0, 200)}`).toBe(200);
        }

        const again = await a.req("POST", `/import?format=${f.format}&unit=kg&distanceUnit=km`, f.text);
        expect(again.body).toMatchObject({
          workouts: 0,
          sets: 0,
          alreadyImported: first.body.sets,
          customExercises: [],
        });
      },
    );
  });
}
