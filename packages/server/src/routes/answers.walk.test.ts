/**
 * A walk over every route of core's route table (API_ROUTES) with a call that succeeds, on each engine. Under Vitest
 * the registrar checks each success answer against its schema (routes.ts), so a route that answers outside its
 * schema turns that call into a 500 and this walk fails; the last test fails when a route of the table was skipped.
 */
import { API_ROUTES, type ApiRoute } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Answer,
  cid,
  newUser,
  redFlagAnswers,
  startTestServer,
  TestClient,
  type TestServer,
} from "../testing/harness.js";

const DAY = "2026-11-25";
const CUSTOM = {
  name: "Sandbag shouldering",
  pattern: "carry",
  primaryMuscles: ["glutes"],
  laterality: "bilateral",
  equipment: ["none"],
  load: { axial: 1, shear: 1, flexion: 1, extension: 0, rotation: 0, support: "free" },
};
const STRONG = [
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
  '2026-11-20 18:30:00,"Legs",45m,"Squat (Barbell)",1,100,5,0,0,"","",8',
].join("\n");

describe.each(testEngines())("every route answers inside its schema ($name)", (engine) => {
  let server: TestServer;
  const walked = new Set<string>();
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(async () => server.close());

  /** Records the route a call stood for and expects a success (the registrar has checked its body). */
  function ok(route: ApiRoute, r: Answer): Answer {
    expect(r.status, `${route}: ${JSON.stringify(r.body)}`).toBeGreaterThanOrEqual(200);
    expect(r.status, route).toBeLessThan(300);
    walked.add(route);
    return r;
  }

  it("walks the routes of one user's life, from sign-up to account deletion", async () => {
    const a = await newUser(server);
    walked.add("post /auth/register");
    ok("get /auth/me", await a.get("/auth/me"));
    const token = ok("post /auth/tokens", await a.post("/auth/tokens", { name: "script" })).body;
    ok("get /auth/tokens", await a.get("/auth/tokens"));
    ok("delete /auth/tokens/:id", await a.del(`/auth/tokens/${token.id}`));

    ok("get /profile", await a.get("/profile"));
    ok("put /profile", await a.put("/profile", { bodyWeightKg: 80, daysPerWeek: 3 }));
    ok("post /profile/notice", await a.post("/profile/notice", { accepted: true }));

    const checkin = { clientId: cid(), date: DAY, painNow: 2, everydayPain: "none", redFlags: redFlagAnswers() };
    const ci = ok("post /checkins", await a.post("/checkins", checkin)).body.checkin;
    ok("get /checkins", await a.get("/checkins"));
    ok("get /checkins/:id", await a.get(`/checkins/${ci.id}`));
    ok("patch /checkins/:id", await a.patch(`/checkins/${ci.id}`, { note: "slept well" }));
    const old = (await a.post("/checkins", { ...checkin, clientId: cid(), date: "2026-11-20" })).body.checkin;
    ok("delete /checkins/:id", await a.del(`/checkins/${old.id}`));
    ok("get /readiness", await a.get("/readiness"));
    ok("post /clearance", await a.post("/clearance", { date: DAY, by: "Dr Osei" }));
    ok("get /screens/inflammatory", await a.get("/screens/inflammatory"));
    ok(
      "post /screens/inflammatory",
      await a.post("/screens/inflammatory", {
        onsetBefore45: true,
        longerThan3Months: true,
        answers: { buttockPain: true },
      }),
    );

    ok("get /exercises", await a.get("/exercises?q=squat"));
    ok("get /exercises/:id", await a.get("/exercises/back-squat"));
    const custom = ok("post /exercises", await a.post("/exercises", CUSTOM)).body;
    ok("get /exercises/:id/alternatives", await a.get("/exercises/back-squat/alternatives"));
    ok("get /exercises/:id/modifications", await a.get("/exercises/back-squat/modifications"));
    ok("get /exercises/:id/next", await a.get("/exercises/back-squat/next"));
    ok("get /exercises/:id/history", await a.get("/exercises/back-squat/history"));

    const plan = ok("post /plans", await a.post("/plans", {})).body;
    ok("get /plans/current", await a.get("/plans/current"));
    const day = plan.days[0];
    const from = day.blocks.find((b: { kind: string }) => b.kind === "main").items[0].exerciseId;
    const to = (await a.get(`/exercises/${from}/alternatives?reason=equipment`)).body[0].exercise.id;
    ok(
      "post /plans/current/swap",
      await a.post("/plans/current/swap", { dayIndex: day.index, fromExerciseId: from, toExerciseId: to }),
    );
    ok("get /today", await a.get("/today"));

    const session = { clientId: cid(), date: DAY, startedAt: `${DAY}T08:00:00Z`, painBefore: 1 };
    const s = ok("post /sessions", await a.post("/sessions", session)).body;
    const set = (n: number) => ({
      clientId: cid(),
      exerciseId: custom.id,
      setIndex: n,
      warmup: false,
      reps: 5,
      loadKg: 40,
      rir: 2,
      belt: false,
      pain: 1,
      painKind: "none",
    });
    const first = ok("post /sessions/:id/sets", await a.post(`/sessions/${s.id}/sets`, set(0))).body.set;
    const second = (await a.post(`/sessions/${s.id}/sets`, set(1))).body.set;
    ok("patch /sessions/:id/sets/:setId", await a.patch(`/sessions/${s.id}/sets/${first.id}`, { reps: 6 }));
    ok("delete /sessions/:id/sets/:setId", await a.del(`/sessions/${s.id}/sets/${second.id}`));
    ok("patch /sessions/:id", await a.patch(`/sessions/${s.id}`, { note: "felt fine" }));
    const finish = { finishedAt: `${DAY}T09:00:00Z`, painAfter: 1 };
    ok("post /sessions/:id/finish", await a.post(`/sessions/${s.id}/finish`, finish));
    ok("get /sessions", await a.get("/sessions"));
    ok("get /sessions/:id", await a.get(`/sessions/${s.id}`));
    const spare = (await a.post("/sessions", { ...session, clientId: cid() })).body;
    ok("delete /sessions/:id", await a.del(`/sessions/${spare.id}`));

    ok("get /daily", await a.get(`/daily?date=${DAY}`));
    const water = { clientId: cid(), date: DAY, kind: "water", amountMl: 250 };
    const entry = ok("post /daily", await a.post("/daily", water)).body.entries[0];
    ok("delete /daily/:id", await a.del(`/daily/${entry.id}`));

    ok("get /insights/triggers", await a.get("/insights/triggers"));
    // Sharp pain in two sessions makes the custom exercise a trigger Spotter found, whose re-test may be declined.
    for (const k of [1, 2]) {
      const sharp = (await a.post("/sessions", { ...session, clientId: cid(), startedAt: `${DAY}T1${k}:00:00Z` })).body;
      await a.post(`/sessions/${sharp.id}/sets`, { ...set(0), pain: 2, painKind: "sharp" });
    }
    const retest = await a.post(`/insights/triggers/${custom.id}/retest`, { accept: false });
    ok("post /insights/triggers/:exerciseId/retest", retest);
    ok("get /insights/habits", await a.get("/insights/habits"));
    ok("get /insights/trends", await a.get("/insights/trends"));

    ok("post /import", await a.req("POST", "/import?format=strong&unit=kg", STRONG));
    ok("get /export", await a.get("/export"));
    ok("get /export.csv", await a.get("/export.csv"));
    ok("get /reports/clinician", await a.get("/reports/clinician"));

    const share = ok("post /shares", await a.post("/shares", {})).body;
    ok("get /shares", await a.get("/shares"));
    ok("get /shares/:id", await a.get(`/shares/${share.id}`));
    ok("get /share/:token", await a.get(`/share/${share.url.split("/").pop()}`));
    ok("delete /shares/:id", await a.del(`/shares/${share.id}`));

    // The first account of the fresh database is its admin.
    ok("get /auth/registration", await new TestClient(server.url).get("/auth/registration"));
    const invite = ok("post /admin/invites", await a.post("/admin/invites", { email: "guest@example.com" })).body;
    ok("get /admin/invites", await a.get("/admin/invites"));
    ok("delete /admin/invites/:id", await a.del(`/admin/invites/${invite.id}`));
    const member = (await (await newUser(server)).get("/auth/me")).body.user.id;
    ok("get /admin/users", await a.get("/admin/users"));
    ok("post /admin/users/:id/disable", await a.post(`/admin/users/${member}/disable`));
    ok("post /admin/users/:id/enable", await a.post(`/admin/users/${member}/enable`));
    const link = ok("post /admin/users/:id/reset-link", await a.post(`/admin/users/${member}/reset-link`)).body;
    const reset = { token: link.url.split("#token=")[1], password: "another pass 9" };
    ok("post /auth/reset", await new TestClient(server.url).post("/auth/reset", reset));
    ok("delete /admin/users/:id", await a.del(`/admin/users/${member}`));

    ok("post /auth/password", await a.post("/auth/password", { current: "correct horse 1", next: "brand new pass" }));
    ok("post /auth/logout", await a.post("/auth/logout"));
    ok("post /auth/login", await a.post("/auth/login", { email: a.email, password: "brand new pass" }));
    ok("delete /account", await a.del("/account", { password: "brand new pass" }));
  });

  it("the walk reached every route of the table", () => {
    expect([...walked].sort()).toEqual(Object.keys(API_ROUTES).sort());
  });
});
