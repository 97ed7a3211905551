/** Test data for the report and share tests: a user's small log written through the real API. Not for production. */
import { cid, redFlagAnswers, type TestClient, type TestServer } from "./harness.js";

/** The instant the harness starts at; the seeded log ends the day before. */
export const BASE_NOW = Date.parse("2026-11-25T09:00:00Z");

/** A custom exercise name that tries to open a tag and needs more than Latin-1. */
export const HOSTILE_NAME = '<script>alert("x")</script> Ćwiczenie – Übung ✓';

/** A check-in note that tries to open a tag. */
export const HOSTILE_NOTE = "<script>alert(1)</script> sore after <b>gardening</b> & lifting";

/** What a seeded log holds, for assertions. */
export interface SeededLog {
  customId: string;
  /** A phrase from this user's own check-in note, unique to them. */
  marker: string;
}

/**
 * Writes a profile in pounds, a custom exercise with a hostile name, check-ins (one with a hostile note and a
 * marker), a session with a sharp set and a clearance, all within the 10 days before BASE_NOW.
 */
export async function seedReportLog(server: TestServer, c: TestClient, marker: string): Promise<SeededLog> {
  const put = await c.put("/profile", {
    unit: "lb",
    timeZone: "Europe/London",
    diagnosisNotes: `Disc bulge L5 ${marker}`,
  });
  if (put.status !== 200) throw new Error(`profile: ${put.status} ${JSON.stringify(put.body)}`);
  const ex = await c.post("/exercises", {
    name: HOSTILE_NAME,
    pattern: "hip-extension",
    primaryMuscles: ["glutes"],
    laterality: "bilateral",
    equipment: ["machines"],
    load: { axial: 0, shear: 0, flexion: 0, extension: 1, rotation: 0, support: "supported" },
  });
  if (ex.status !== 201) throw new Error(`exercise: ${ex.status} ${JSON.stringify(ex.body)}`);
  const days = ["2026-11-16", "2026-11-18", "2026-11-20", "2026-11-22", "2026-11-24"];
  for (const [i, date] of days.entries()) {
    server.setNow(Date.parse(`${date}T07:00:00Z`));
    const r = await c.post("/checkins", {
      clientId: cid(),
      date,
      painNow: 5 - i,
      everydayPain: i === 0 ? "some" : "none",
      regions: ["lower-back-left"],
      nerve: i === 1 ? [{ kind: "tingling", region: "below-knee-left", trend: "same" }] : [],
      redFlags: redFlagAnswers(i === 0 ? ["nightPain"] : []),
      sleep: { hours: 7, quality: 4, position: "side", supportUsed: true },
      note: i === 2 ? `${HOSTILE_NOTE} ${marker}` : null,
    });
    if (r.status !== 201) throw new Error(`checkin: ${r.status} ${JSON.stringify(r.body)}`);
    if (i === 0) {
      server.setNow(Date.parse(`${date}T12:00:00Z`));
      const cl = await c.post("/clearance", { date, by: `Dr Lee ${marker}`, restrictions: "No heavy deadlifts" });
      if (cl.status !== 201) throw new Error(`clearance: ${cl.status} ${JSON.stringify(cl.body)}`);
    }
  }
  const date = "2026-11-22";
  server.setNow(Date.parse(`${date}T17:00:00Z`));
  const s = await c.post("/sessions", { clientId: cid(), date, startedAt: `${date}T17:00:00Z`, painBefore: 2 });
  if (s.status !== 201) throw new Error(`session: ${s.status} ${JSON.stringify(s.body)}`);
  const sets = [
    { exerciseId: "back-squat", loadKg: 100, reps: 5, pain: 2, painKind: "tightness" },
    { exerciseId: "back-squat", loadKg: 100, reps: 5, pain: 4, painKind: "sharp" },
    { exerciseId: ex.body.id as string, loadKg: 60, reps: 10, pain: 1, painKind: "none" },
  ];
  for (const [i, x] of sets.entries()) {
    const r = await c.post(`/sessions/${s.body.id}/sets`, {
      clientId: cid(),
      setIndex: i,
      warmup: false,
      rir: 2,
      belt: false,
      ...x,
    });
    if (r.status !== 201) throw new Error(`set: ${r.status} ${JSON.stringify(r.body)}`);
  }
  await c.post(`/sessions/${s.body.id}/finish`, { finishedAt: `${date}T18:00:00Z`, painAfter: 3 });
  server.setNow(BASE_NOW);
  return { customId: ex.body.id as string, marker };
}

/** The server's origin (the harness's url ends in /api/v1). */
export function originOf(server: TestServer): string {
  return server.url.replace(/\/api\/v1$/, "");
}
