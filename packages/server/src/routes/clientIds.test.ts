/**
 * Client ids (API.md "Client ids"): for every record kind with a clientId, a repeat answers the record as it is now
 * (409 once deleted) and changes nothing, and identical posts sent at once converge on one record and one answer.
 */
import { testEngines } from "@spotter/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cid, newUser, redFlagAnswers, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

const DAYS = ["2026-11-24", "2026-11-25"] as const;

/** One record kind as the property drives it over HTTP. */
interface Kind {
  name: "checkin" | "session" | "set" | "daily";
  /** Prepares a user (e.g. a session to hold the sets); answers the base path of the kind's posts. */
  setUp(c: TestClient): Promise<string>;
  /** A create body for a client id; `variant` makes repeats differ from the first post. */
  body(clientId: string, variant: number): Record<string, unknown>;
  /** The id of the record a create answered. */
  idOf(answer: { body: Record<string, unknown> }, clientId: string): string;
  /** Every stored record of the kind, by id (what "changes nothing" compares). */
  snapshot(c: TestClient, base: string): Promise<Map<string, unknown>>;
  /** A change to one record, or null when the kind has no PATCH. */
  patch: ((c: TestClient, base: string, id: string, variant: number) => Promise<number>) | null;
  del(c: TestClient, base: string, id: string): Promise<number>;
}

const byId = (list: { id: string }[]) => new Map(list.map((r) => [r.id, r]));

const KINDS: Kind[] = [
  {
    name: "checkin",
    setUp: async () => "/checkins",
    body: (clientId, v) => ({
      clientId,
      date: DAYS[v % 2],
      painNow: v % 4,
      everydayPain: "none",
      redFlags: redFlagAnswers(),
    }),
    idOf: (a) => (a.body.checkin as { id: string }).id,
    snapshot: async (c) => byId((await c.get("/checkins")).body),
    patch: async (c, _b, id, v) => (await c.patch(`/checkins/${id}`, { note: `edit ${v}` })).status,
    del: async (c, _b, id) => (await c.del(`/checkins/${id}`)).status,
  },
  {
    name: "session",
    setUp: async () => "/sessions",
    body: (clientId, v) => ({
      clientId,
      date: DAYS[v % 2],
      startedAt: `${DAYS[v % 2]}T08:0${v % 10}:00Z`,
      painBefore: v % 3,
    }),
    idOf: (a) => a.body.id as string,
    snapshot: async (c) => byId((await c.get("/sessions")).body),
    patch: async (c, _b, id, v) => (await c.patch(`/sessions/${id}`, { note: `edit ${v}` })).status,
    del: async (c, _b, id) => (await c.del(`/sessions/${id}`)).status,
  },
  {
    name: "set",
    async setUp(c) {
      const s = await c.post("/sessions", {
        clientId: cid(),
        date: DAYS[1],
        startedAt: `${DAYS[1]}T08:00:00Z`,
        painBefore: 0,
      });
      return `/sessions/${s.body.id}/sets`;
    },
    body: (clientId, v) => ({
      clientId,
      exerciseId: "smith-machine-squat",
      setIndex: v % 5,
      warmup: false,
      reps: 5 + (v % 4),
      loadKg: 40 + v,
      belt: false,
      pain: 0,
      painKind: "none",
    }),
    idOf: (a) => (a.body.set as { id: string }).id,
    snapshot: async (c, base) => byId((await c.get(base.replace(/\/sets$/, ""))).body.sets),
    patch: async (c, base, id, v) => (await c.patch(`${base}/${id}`, { reps: 10 + (v % 5) })).status,
    del: async (c, base, id) => (await c.del(`${base}/${id}`)).status,
  },
  {
    name: "daily",
    setUp: async () => "/daily",
    body: (clientId, v) => ({ clientId, date: DAYS[v % 2], kind: "water", amountMl: 100 + 50 * (v % 4) }),
    idOf: (a, clientId) =>
      (a.body.entries as { id: string; clientId: string }[]).find((e) => e.clientId === clientId)?.id ?? "",
    async snapshot(c) {
      const days = await Promise.all(DAYS.map((d) => c.get(`/daily?date=${d}`)));
      return byId(days.flatMap((d) => d.body.entries));
    },
    patch: null,
    del: async (c, _b, id) => (await c.del(`/daily/${id}`)).status,
  },
];

type Op =
  | { op: "post"; key: number; variant: number }
  | { op: "patch"; key: number; variant: number }
  | { op: "delete"; key: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("post" as const), key: fc.nat(2), variant: fc.nat(20) }),
  fc.record({ op: fc.constant("patch" as const), key: fc.nat(2), variant: fc.nat(20) }),
  fc.record({ op: fc.constant("delete" as const), key: fc.nat(2) }),
);

for (const engine of testEngines()) {
  describe(`client ids on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    for (const kind of KINDS) {
      it(`${kind.name}: any mix of create, patch, delete and repeat answers the current record or 409 and changes nothing`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
            const c = await newUser(server);
            const base = await kind.setUp(c);
            const clientIds = [cid(), cid(), cid()];
            // What the client knows: the record each applied client id made, and whether it is gone.
            const applied = new Map<number, { id: string; gone: boolean }>();
            for (const o of ops) {
              const known = applied.get(o.key);
              if (o.op === "post") {
                const before = await kind.snapshot(c, base);
                const r = await c.post(base, kind.body(clientIds[o.key] as string, o.variant));
                if (!known) {
                  expect(r.status).toBe(201);
                  const id = kind.idOf(r, clientIds[o.key] as string);
                  // A check-in for a day that has one updates it: other keys may share the record.
                  applied.set(o.key, { id, gone: false });
                  continue;
                }
                const after = await kind.snapshot(c, base);
                expect(after).toEqual(before);
                if (known.gone || !before.has(known.id)) {
                  expect(r.status).toBe(409);
                  expect(r.body.error.code).toBe("CONFLICT");
                } else {
                  expect(r.status).toBe(201);
                  expect(kind.idOf(r, clientIds[o.key] as string)).toBe(known.id);
                  if (kind.name === "checkin") expect(r.body.checkin).toEqual(before.get(known.id));
                  if (kind.name === "session")
                    expect({ ...r.body, readiness: undefined }).toEqual(before.get(known.id));
                  if (kind.name === "set") expect(r.body.set).toEqual(before.get(known.id));
                }
              } else if (known && !known.gone) {
                const status =
                  o.op === "patch"
                    ? await kind.patch?.(c, base, known.id, o.variant)
                    : await kind.del(c, base, known.id);
                if (o.op === "delete") {
                  // Another key's post may have deleted the same check-in already.
                  expect([200, 204, 404]).toContain(status);
                  for (const v of applied.values()) if (v.id === known.id) v.gone = true;
                } else if (status !== undefined) expect(status).toBe(200);
              }
            }
          }),
          { numRuns: 12 },
        );
      });

      it(`${kind.name}: 20 identical posts at once store one record and get one answer`, async () => {
        const c = await newUser(server);
        const base = await kind.setUp(c);
        const clientId = cid();
        const answers = await Promise.all(Array.from({ length: 20 }, () => c.post(base, kind.body(clientId, 1))));
        expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
        const ids = new Set(answers.map((a) => kind.idOf(a, clientId)));
        expect(ids.size).toBe(1);
        const stored = await kind.snapshot(c, base);
        expect(stored.size).toBe(1);
        // A daily answer is the whole day; the others are the record: every answer reads the same.
        const bodies = new Set(answers.map((a) => JSON.stringify(kind.name === "set" ? a.body.set : a.body)));
        if (kind.name !== "checkin") expect(bodies.size).toBe(1);
        else expect(new Set(answers.map((a) => JSON.stringify(a.body.checkin))).size).toBe(1);
      });
    }

    it("a repeated check-in never reverts a later edit, and a deleted one is not brought back", async () => {
      const c = await newUser(server);
      const body = KINDS[0]?.body(cid(), 1) as Record<string, unknown>;
      const first = await c.post("/checkins", body);
      const id = first.body.checkin.id;
      expect((await c.patch(`/checkins/${id}`, { painNow: 7, note: "later edit" })).status).toBe(200);
      const again = await c.post("/checkins", body);
      expect(again.status).toBe(201);
      expect(again.body.checkin).toMatchObject({ id, painNow: 7, note: "later edit" });
      expect((await c.get(`/checkins/${id}`)).body).toMatchObject({ painNow: 7, note: "later edit" });
      expect((await c.del(`/checkins/${id}`)).status).toBe(200);
      const late = await c.post("/checkins", body);
      expect(late.status).toBe(409);
      expect((await c.get("/checkins")).body).toEqual([]);
      // A new user action with a new client id records the day again.
      expect((await c.post("/checkins", { ...body, clientId: cid() })).status).toBe(201);
    });

    it("the sets of a deleted session answer 409 when repeated into a session", async () => {
      const c = await newUser(server);
      const s1 = (
        await c.post("/sessions", { clientId: cid(), date: DAYS[1], startedAt: `${DAYS[1]}T08:00:00Z`, painBefore: 0 })
      ).body;
      const setBody = KINDS[2]?.body(cid(), 1) as Record<string, unknown>;
      expect((await c.post(`/sessions/${s1.id}/sets`, setBody)).status).toBe(201);
      expect((await c.del(`/sessions/${s1.id}`)).status).toBe(204);
      const s2 = (
        await c.post("/sessions", { clientId: cid(), date: DAYS[1], startedAt: `${DAYS[1]}T09:00:00Z`, painBefore: 0 })
      ).body;
      const late = await c.post(`/sessions/${s2.id}/sets`, setBody);
      expect(late.status).toBe(409);
      expect((await c.get(`/sessions/${s2.id}`)).body.sets).toEqual([]);
    });
  });
}
