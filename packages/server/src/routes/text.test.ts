/**
 * The text rule on both engines (trust issue): SQLite and PostgreSQL accept and refuse exactly the same text. A
 * control character or half a character is a 400 naming the field with nothing stored, an id with one is a 404,
 * and a CSV row with one is skipped naming its column; never a 500.
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const NUL = "\u0000";
const HALF = "\ud83d";
const MIXED = "Übung – 深蹲 💪 <b>&amp;</b> 'quoted' \"double\"";

const session = (over: Record<string, unknown> = {}) => ({
  clientId: cid(),
  date: "2026-11-25",
  startedAt: "2026-11-25T08:00:00Z",
  painBefore: 1,
  ...over,
});
const exercise = (name: string) => ({
  name,
  pattern: "hinge",
  primaryMuscles: ["glutes"],
  laterality: "bilateral",
  equipment: ["barbell"],
  load: { axial: 1, shear: 1, flexion: 1, extension: 1, rotation: 0, support: "free" },
});

/** Every stored text field a user can write, how to write it, and how to read back what is stored. */
const FIELDS: {
  field: string;
  write: (c: TestClient, text: string) => Promise<{ status: number; body: { error?: { details?: unknown } } }>;
  stored: (c: TestClient) => Promise<unknown>;
}[] = [
  {
    field: "title",
    write: (c, t) => c.post("/sessions", session({ title: t })),
    stored: async (c) => (await c.get("/sessions")).body.map((s: { title: string }) => s.title),
  },
  {
    field: "note",
    async write(c, t) {
      const s = await c.post("/sessions", session());
      return c.patch(`/sessions/${s.body.id}`, { note: t });
    },
    stored: async (c) =>
      (await c.get("/sessions")).body.map((s: { note: string }) => s.note).filter((n: unknown) => n !== null),
  },
  {
    field: "by",
    write: (c, t) => c.post("/clearance", { date: "2026-11-20", by: t }),
    stored: async (c) => (await c.get("/export")).body.clearances,
  },
  {
    field: "restrictions",
    write: (c, t) => c.post("/clearance", { date: "2026-11-20", by: "Dr. Physio", restrictions: t }),
    stored: async (c) => (await c.get("/export")).body.clearances,
  },
  {
    field: "name",
    write: (c, t) => c.post("/exercises", exercise(`Hinge ${t}`)),
    stored: async (c) => (await c.get("/export")).body.exercises,
  },
  {
    field: "label",
    write: (c, t) => c.post("/shares", { label: t }),
    stored: async (c) => (await c.get("/shares")).body,
  },
  {
    field: "name",
    write: (c, t) => c.post("/auth/tokens", { name: t }),
    stored: async (c) => (await c.get("/auth/tokens")).body,
  },
  {
    field: "note",
    write: (c, t) =>
      c.post("/checkins", { clientId: cid(), date: "2026-11-25", painNow: 1, everydayPain: "none", note: t }),
    stored: async (c) => (await c.get("/checkins")).body,
  },
  {
    field: "diagnosisNotes",
    write: (c, t) => c.put("/profile", { diagnosisNotes: t }),
    stored: async (c) => (await c.get("/profile")).body.diagnosisNotes,
  },
];

for (const engine of testEngines()) {
  describe(`the text rule on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    for (const { field, write, stored } of FIELDS) {
      it(`${field}: a NUL or half a character is a 400 naming the field, and nothing is stored`, async () => {
        const c = await newUser(server);
        const before = await stored(c);
        for (const bad of [`a${NUL}b`, `a${HALF}b`, "a\u001bb"]) {
          const r = await write(c, bad);
          expect(r.status).toBe(400);
          expect(r.body.error?.details).toContainEqual({ path: field, message: expect.stringMatching(/must not/) });
        }
        expect(await stored(c)).toEqual(before);
      });

      it(`${field}: any other text is stored and read back exactly`, async () => {
        const c = await newUser(server);
        const r = await write(c, MIXED);
        expect(r.status).toBeLessThan(300);
        expect(JSON.stringify(await stored(c))).toContain(JSON.stringify(MIXED).slice(1, -1));
      });
    }

    it("a note keeps its tabs and line breaks; a single-line field refuses them", async () => {
      const c = await newUser(server);
      const s = await c.post("/sessions", session());
      const note = "sets:\n\t3 x 5\r\nfelt fine";
      expect((await c.patch(`/sessions/${s.body.id}`, { note })).body.note).toBe(note);
      const titled = await c.patch(`/sessions/${s.body.id}`, { title: "Legs\nday" });
      expect(titled.status).toBe(400);
      expect(titled.body.error.details[0].path).toBe("title");
    });

    it("a control character in a field the schema does not know still answers 400, never 500", async () => {
      const c = await newUser(server);
      const r = await c.post("/sessions", { ...session(), [`x${NUL}`]: 1 });
      expect(r.status).toBe(400);
      const q = await c.get(`/exercises?q=${encodeURIComponent(`squat${NUL}`)}`);
      expect(q.status).toBe(400);
      expect(q.body.error.details[0].path).toBe("q");
    });

    it("an id with a NUL, half a character or junk is a 404 on every kind of id route, never a 500", async () => {
      const c = await newUser(server);
      const s = (await c.post("/sessions", session())).body;
      const junk = [encodeURIComponent(`x${NUL}`), "%00", "%ED%A0%80", "%FF", "x".repeat(300), "..%2F..", "%20"];
      for (const id of junk) {
        for (const [method, path] of [
          ["GET", `/sessions/${id}`],
          ["PATCH", `/sessions/${id}`],
          ["GET", `/checkins/${id}`],
          ["DELETE", `/daily/${id}`],
          ["GET", `/exercises/${id}`],
          ["GET", `/shares/${id}`],
          ["DELETE", `/auth/tokens/${id}`],
          ["PATCH", `/sessions/${s.id}/sets/${id}`],
        ] as const) {
          const r = await c.req(method, path, method === "PATCH" ? { note: "x" } : undefined);
          expect([400, 404], `${method} ${path} answered ${r.status}`).toContain(r.status);
        }
      }
    });

    // Half a character cannot reach a CSV body: UTF-8 has no encoding for it (JSON escapes can carry one).
    it("a CSV row with a NUL or another control character is imported cleaned, with a line naming its column; nothing with the character is stored", async () => {
      const c = await newUser(server);
      const csv = [
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
        '2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",1,100,5,0,0,"","",8',
        `2024-01-15 18:30:00,"Legs",45m,"Squat${NUL} (Barbell)",2,100,5,0,0,"","",8`,
        `2024-01-15 18:30:00,"Legs",45m,"Squat (Barbell)",3,100,5,0,0,"ok\u0007","",8`,
      ].join("\n");
      const r = await c.req("POST", "/import?format=strong&unit=kg", csv);
      expect(r.status).toBe(201);
      expect(r.body.sets).toBe(3);
      expect(r.body.skipped).toEqual([]);
      expect(r.body.changed).toEqual([
        { line: 3, reason: "control characters (such as NUL) were removed from the Exercise Name column" },
        { line: 4, reason: "control characters (such as NUL) were removed from the Notes column" },
      ]);
      const sessions = (await c.get("/sessions")).body as { sets: { exerciseId: string; note?: string | null }[] }[];
      const sets = sessions.flatMap((s) => s.sets);
      expect(sets).toHaveLength(3);
      // The three rows are one exercise: the cleaned name resolves like the clean one.
      expect(new Set(sets.map((x) => x.exerciseId)).size).toBe(1);
      const stored = JSON.stringify(sessions);
      expect(stored).not.toMatch(/\\u0000|\\u0007/);
    });
  });
}
