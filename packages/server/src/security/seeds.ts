/**
 * One record of every kind a path parameter can name, made through the API as a user would, and a valid body for
 * each write route that takes one. The security suites fill every `{param}` of the OpenAPI document from here; a
 * route whose parameter has no seed here fails those suites, so a new kind of record is noticed, not skipped.
 */
import { redFlagAnswers, type TestClient } from "../testing/harness.js";

/** The ids of one user's seeded records, by the kind `paramKind` gives (e.g. `/sessions`, `/sessions/{id}/sets`). */
export type SeededIds = Record<string, string>;

/** What a seeded user owns: ids by kind, and marker texts that only this user's records contain. */
export interface Seeded {
  ids: SeededIds;
  markers: string[];
}

/** A text no other seeded user's records contain (letters only, so no validator trims or refuses it). */
function marker(): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let s = "Zq";
  for (let i = 0; i < 10; i++) s += letters[Math.floor(Math.random() * letters.length)];
  return s;
}

async function must(what: string, answer: Promise<{ status: number; body: unknown }>) {
  const r = await answer;
  if (r.status < 200 || r.status > 299)
    throw new Error(`seeding ${what} answered ${r.status} ${JSON.stringify(r.body)}`);
  // biome-ignore lint/suspicious/noExplicitAny: seeding reads the ids out of the API's answers.
  return r.body as any;
}

/**
 * Makes one record of every kind for the client's user, on the given local day (one check-in per day, so each call
 * needs its own day), plus a plan and a clearance, which have no id routes but belong in the user's export.
 */
export async function seedRecords(c: TestClient, day: string): Promise<Seeded> {
  const m = { checkin: marker(), exercise: marker(), session: marker(), daily: marker() };
  const more = { token: marker(), share: marker(), clearance: marker() };
  const checkin = await must(
    "a check-in",
    c.post("/checkins", {
      clientId: crypto.randomUUID(),
      date: day,
      painNow: 1,
      everydayPain: "none",
      redFlags: redFlagAnswers(),
      note: m.checkin,
    }),
  );
  const exercise = await must(
    "a custom exercise",
    c.post("/exercises", {
      name: `${m.exercise} carry`,
      pattern: "carry",
      primaryMuscles: ["glutes"],
      laterality: "bilateral",
      equipment: ["none"],
      load: { axial: 1, shear: 1, flexion: 1, extension: 0, rotation: 0, support: "free" },
    }),
  );
  const session = await must(
    "a session",
    c.post("/sessions", {
      clientId: crypto.randomUUID(),
      date: day,
      startedAt: `${day}T08:00:00Z`,
      painBefore: 1,
      title: m.session,
    }),
  );
  const set = await must(
    "a set",
    c.post(`/sessions/${session.id}/sets`, {
      clientId: crypto.randomUUID(),
      exerciseId: exercise.id,
      setIndex: 0,
      warmup: false,
      reps: 5,
      loadKg: 40,
      rir: 2,
      belt: false,
      pain: 1,
      painKind: "none",
    }),
  );
  // T6: sharp pain in two sessions makes the custom exercise a trigger Spotter found, so its re-test can be answered.
  for (const k of [0, 1]) {
    const sharp = await must(
      "a session with sharp pain",
      c.post("/sessions", {
        clientId: crypto.randomUUID(),
        date: day,
        startedAt: `${day}T1${k}:00:00Z`,
        painBefore: 1,
      }),
    );
    await must(
      "a sharp set",
      c.post(`/sessions/${sharp.id}/sets`, {
        clientId: crypto.randomUUID(),
        exerciseId: exercise.id,
        setIndex: 0,
        warmup: false,
        reps: 5,
        loadKg: 40,
        rir: 2,
        belt: false,
        pain: 2,
        painKind: "sharp",
      }),
    );
  }
  const dailyClientId = crypto.randomUUID();
  const day0 = await must(
    "a daily entry",
    c.post("/daily", { clientId: dailyClientId, date: day, kind: "supplement", name: m.daily, amount: 1, unit: "g" }),
  );
  const daily = (day0.entries as { id: string; clientId: string }[]).find((e) => e.clientId === dailyClientId);
  if (!daily) throw new Error("seeding a daily entry: the day's answer does not hold it");
  const share = await must("a share link", c.post("/shares", { label: more.share }));
  const token = await must("a personal token", c.post("/auth/tokens", { name: more.token }));
  await must("a plan", c.post("/plans", {}));
  await must("a clearance", c.post("/clearance", { date: day, by: more.clearance }));
  const ids: SeededIds = {
    "/auth/tokens": token.id,
    "/checkins": checkin.checkin.id,
    "/exercises": exercise.id,
    "/sessions": session.id,
    "/sessions/{id}/sets": set.set.id,
    "/daily": daily.id,
    "/shares": share.id,
    "/insights/triggers": exercise.id,
  };
  const markers = [...Object.values(m), ...Object.values(more), ...Object.values(ids)];
  // The operator's routes name accounts and invites: the user's own account, and an invite when the user is the
  // admin (the fuzz suite's user is; the isolation matrix leaves these routes to routes/admin.test.ts).
  const me = await must("the account", c.get("/auth/me"));
  ids["/admin/users"] = me.user.id;
  if (me.user.role === "admin") ids["/admin/invites"] = (await must("an invite", c.post("/admin/invites", {}))).id;
  return { ids, markers };
}

/**
 * A valid body for each route that takes one and has a path parameter, keyed `method path`, made fresh per call.
 * Valid means the same call on the caller's own record succeeds; the isolation matrix checks that, so its 404s are
 * about ownership and not about the body.
 */
export const VALID_BODIES: Record<string, () => unknown> = {
  "patch /checkins/{id}": () => ({ painNow: 4, note: "changed by someone" }),
  "patch /sessions/{id}": () => ({ note: "changed by someone", painAfter: 2 }),
  "post /sessions/{id}/finish": () => ({ finishedAt: "2026-11-25T09:00:00Z", painAfter: 1 }),
  "post /sessions/{id}/sets": () => ({
    clientId: crypto.randomUUID(),
    exerciseId: "bird-dog",
    setIndex: 1,
    warmup: false,
    reps: 8,
    belt: false,
    pain: 0,
    painKind: "none",
  }),
  "patch /sessions/{id}/sets/{setId}": () => ({ reps: 1 }),
  "post /insights/triggers/{exerciseId}/retest": () => ({ accept: false }),
};

/**
 * Routes with a path parameter that are not owned records but capabilities: whoever holds the value may use it.
 * Each is named with the reason; any other public route with a parameter fails the matrix.
 */
export const CAPABILITY_ROUTES: Record<string, string> = {
  "get /share/{token}":
    "a share link's secret token opens a read-only report for anyone who holds it (SPEC X4); it is stored hashed and authenticates nothing else",
};
