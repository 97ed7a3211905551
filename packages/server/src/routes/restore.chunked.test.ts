// X2: a large backup goes out in pieces and comes back in chunked commits, all or nothing: the streamed export is
// exactly the backup's JSON, and a restore of 1,500 sets (three commits of sets and more) restores every record once.
import { addDays } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupJsonPieces } from "../services/exportData.js";
import { cid, newUser, redFlagAnswers, startTestServer, type TestServer } from "../testing/harness.js";

const HEAD = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const csv = [
  HEAD,
  ...Array.from(
    { length: 1500 },
    (_, i) =>
      `${addDays("2024-01-01", Math.floor(i / 10))} 18:30:00,"Legs",45m,"Squat (Barbell)",${1 + (i % 10)},100,5,0,0,"note ${i}","",8`,
  ),
].join("\n");

for (const engine of testEngines()) {
  describe(`a large backup out and back on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, {});
    });
    afterAll(async () => server.close());

    it("X2: the export streams the backup's exact JSON; the restore stores every record once, in chunks", async () => {
      const a = await newUser(server);
      expect((await a.req("POST", "/import?format=strong&unit=kg", csv)).body.sets).toBe(1500);
      await a.post("/checkins", {
        clientId: cid(),
        date: "2024-02-01",
        painNow: 2,
        everydayPain: "none",
        redFlags: redFlagAnswers(),
      });
      const res = await fetch(`${server.url}/export`, { headers: { cookie: a.cookie ?? "" } });
      expect(res.headers.get("content-type")).toContain("application/json");
      const text = await res.text();
      const backup = JSON.parse(text);
      expect(text).toBe(JSON.stringify(backup));
      expect(backup.sessions.reduce((n: number, s: { sets: unknown[] }) => n + s.sets.length, 0)).toBe(1500);

      const b = await newUser(server);
      const restored = await b.req("POST", "/import?format=spotter", text);
      expect(restored.status).toBe(201);
      expect([restored.body.workouts, restored.body.sets, restored.body.checkins]).toEqual([150, 1500, 1]);
      const again = await b.req("POST", "/import?format=spotter", text);
      expect([again.body.sets, again.body.checkins, again.body.alreadyImported > 0]).toEqual([0, 0, true]);
      // B's backup holds what A's did (ids kept), and B's original-file import still adds nothing.
      const mine = JSON.parse(
        await (await fetch(`${server.url}/export`, { headers: { cookie: b.cookie ?? "" } })).text(),
      );
      expect(mine.sessions.map((s: { clientId: string }) => s.clientId).sort()).toEqual(
        backup.sessions.map((s: { clientId: string }) => s.clientId).sort(),
      );
      expect((await b.req("POST", "/import?format=strong&unit=kg", csv)).body.sets).toBe(0);
    }, 120_000);
  });
}

describe("X2: the backup's JSON in pieces", () => {
  it("X2: the pieces join to JSON.stringify of the backup, none much over 64 KiB", () => {
    const session = (i: number) => ({ id: `s${i}`, note: "x".repeat(500), sets: [{ id: `t${i}`, reps: 5 }] });
    const backup = {
      format: "spotter-backup",
      version: 3,
      skipped: undefined,
      sessions: Array.from({ length: 2000 }, (_, i) => session(i)),
      checkins: [],
      profile: { unit: "kg" },
    } as never;
    const pieces = [...backupJsonPieces(backup)];
    expect(pieces.join("")).toBe(JSON.stringify(backup));
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) expect(p.length).toBeLessThan(64 * 1024 + 1000);
  });
});
