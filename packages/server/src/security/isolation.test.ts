/**
 * The isolation matrix, generated from the app's own `/api/openapi.json` so a new route joins by itself: user B
 * calls every route that has a path parameter, with every HTTP method, holding user A's ids (alone and mixed with
 * B's own). Each answer must be the 404 a missing record gets, byte for byte, and A's data must be unchanged after
 * each route. The same calls on B's own records must succeed (so the 404s are about ownership), and no GET answer of
 * B's may contain any of A's ids or texts. A route whose parameter cannot be filled fails, it is never skipped.
 * The matrix runs twice: with B an ordinary user, and with B the instance's admin (the first account), who manages
 * accounts through `/admin/*` (tested in routes/admin.test.ts) and must see nothing of A's training or health data.
 */
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, TestClient, type TestServer } from "../testing/harness.js";
import { fetchOperations, fillPath, METHODS, type Operation, paramKind } from "./openapiOps.js";
import { CAPABILITY_ROUTES, type Seeded, seedRecords, VALID_BODIES } from "./seeds.js";
import { snapshot } from "./snapshot.js";

/** An id that no record has (a well-formed UUIDv7). */
const MISSING = "0193b5a0-0000-7000-8000-0000deadbeef";

/** Every way to mix A's and B's values for the parameters, with at least one of A's. */
function foreignMixes(params: string[], a: Record<string, string>, b: Record<string, string>) {
  const mixes: { theirs: Record<string, string>; missing: Record<string, string> }[] = [];
  for (let mask = 1; mask < 1 << params.length; mask++) {
    const theirs: Record<string, string> = {};
    const missing: Record<string, string> = {};
    params.forEach((p, i) => {
      const fromA = (mask >> i) & 1;
      theirs[p] = fromA ? (a[p] as string) : (b[p] as string);
      missing[p] = fromA ? MISSING : (b[p] as string);
    });
    mixes.push({ theirs, missing });
  }
  return mixes;
}

/** The values of a path's parameters from one user's seeds (throws for a parameter with no seed). */
function valuesFor(path: string, params: string[], seeded: Seeded): Record<string, string> {
  return Object.fromEntries(
    params.map((p) => {
      const id = seeded.ids[paramKind(path, p)];
      if (id === undefined) throw new Error(`no seed for {${p}} of ${path}`);
      return [p, id];
    }),
  );
}

const key = (op: Pick<Operation, "method" | "path">) => `${op.method} ${op.path}`;

/** The operator's routes act on accounts, not records: they are tested on their own (routes/admin.test.ts). */
const isAdminRoute = (op: Pick<Operation, "path">) => op.path.startsWith("/admin/");

for (const [engine, intruder] of testEngines().flatMap((e) =>
  (["user", "admin"] as const).map((i) => [e, i] as const),
)) {
  describe(`security: isolation matrix from /api/openapi.json on ${engine.name}, B ${intruder === "admin" ? "the admin" : "a user"}`, () => {
    let server: TestServer;
    let ops: Operation[];
    let a: TestClient;
    let b: TestClient;
    let seedA: Seeded;
    let seedB: Seeded;
    let aId: string;
    /** Operations on owned records: a path parameter and a login. */
    let owned: Operation[];

    beforeAll(async () => {
      server = await startTestServer(engine);
      ops = await fetchOperations(server);
      owned = ops.filter((o) => o.params.length > 0 && !CAPABILITY_ROUTES[key(o)] && !isAdminRoute(o));
      // The first account of a fresh database is the admin.
      if (intruder === "admin") {
        b = await newUser(server);
        a = await newUser(server);
      } else {
        a = await newUser(server);
        b = await newUser(server);
      }
      expect((await b.get("/auth/me")).body.user.role).toBe(intruder);
      aId = (await a.get("/auth/me")).body.user.id;
      seedA = await seedRecords(a, "2026-11-20");
      seedB = await seedRecords(b, "2026-11-21");
    });
    afterAll(async () => server?.close());

    it("every route with a path parameter can be filled from the seeds, and only named capabilities are public", () => {
      const unfilled: string[] = [];
      for (const op of ops.filter((o) => o.params.length > 0 && !isAdminRoute(o))) {
        if (op.public) {
          if (!CAPABILITY_ROUTES[key(op)]) unfilled.push(`${key(op)}: public with a parameter, not a named capability`);
          continue;
        }
        for (const p of op.params) {
          if (seedA.ids[paramKind(op.path, p)] === undefined) unfilled.push(`${key(op)}: no seed for {${p}}`);
        }
        if (op.body && !VALID_BODIES[key(op)]) unfilled.push(`${key(op)}: no valid body in seeds.ts`);
      }
      expect(unfilled).toEqual([]);
      // The document's id routes as of this suite (more may join; fewer means the document lost some).
      expect(owned.length).toBeGreaterThanOrEqual(18);
    });

    it("B holding A's ids gets the missing-record 404 on every id route with every method, and A's data stays", async () => {
      const paths = [...new Set(owned.map((o) => o.path))];
      // B calls with its session cookie and, separately, with a personal token: both ways in must isolate.
      const bot = new TestClient(server.url);
      bot.bearer = (await b.post("/auth/tokens", { name: "isolation bot" })).body.token;
      let probes = 0;
      for (const path of paths) {
        const params = owned.find((o) => o.path === path)?.params ?? [];
        const before = await snapshot(server, a, aId);
        for (const mix of foreignMixes(params, valuesFor(path, params, seedA), valuesFor(path, params, seedB))) {
          for (const [method, caller] of METHODS.flatMap((m) => [b, bot].map((c) => [m, c] as const))) {
            const documented = owned.find((o) => o.path === path && o.method === method);
            const bodyOf = documented?.body ? VALID_BODIES[key(documented)] : undefined;
            const body = method === "get" ? undefined : bodyOf ? bodyOf() : method === "delete" ? undefined : {};
            const what = `${method.toUpperCase()} ${fillPath(path, mix.theirs)} (${caller.bearer ? "token" : "cookie"})`;
            const theirs = await caller.req(method.toUpperCase(), fillPath(path, mix.theirs), body);
            const missing = await caller.req(method.toUpperCase(), fillPath(path, mix.missing), body);
            expect(theirs.status, what).toBe(404);
            expect(theirs.body, what).toEqual(missing.body);
            expect(theirs.body.error.code, what).toBe("NOT_FOUND");
            probes++;
          }
        }
        expect(await snapshot(server, a, aId), `A's data after B's calls on ${path}`).toEqual(before);
      }
      // (11 id paths + the set path's 3 mixes of A's and B's ids) x 5 methods x 2 ways in, as of this suite.
      expect(probes).toBeGreaterThanOrEqual(140);
      console.info(
        `isolation on ${engine.name} (B ${intruder}): ${probes} cross-user probes on ${paths.length} id paths`,
      );
    });

    it("the same documented calls on B's own records succeed, so those 404s are about ownership", async () => {
      let day = Date.parse("2026-10-01T00:00:00Z");
      for (const op of owned) {
        // A fresh set of B's records per call, as a delete or finish may use one up.
        const own = await seedRecords(b, new Date(day).toISOString().slice(0, 10));
        day += 86_400_000;
        const bodyOf = op.body ? VALID_BODIES[key(op)] : undefined;
        const r = await b.req(
          op.method.toUpperCase(),
          fillPath(op.path, valuesFor(op.path, op.params, own)),
          bodyOf?.(),
        );
        expect(r.status, `${key(op)} on B's own record: ${JSON.stringify(r.body)}`).toBeGreaterThanOrEqual(200);
        expect(r.status, `${key(op)} on B's own record: ${JSON.stringify(r.body)}`).toBeLessThan(300);
      }
      // A fresh set of records per route (about 10 s on an idle machine): room for a loaded CI runner.
    }, 60_000);

    it("a body naming A's custom exercise is refused exactly as one naming a missing exercise", async () => {
      let checked = 0;
      for (const op of owned.filter((o) => o.body && VALID_BODIES[key(o)])) {
        const fields = Object.keys(op.body?.properties ?? {}).filter((f) => /exerciseId$/i.test(f));
        for (const field of fields) {
          const before = await snapshot(server, a, aId);
          const path = fillPath(op.path, valuesFor(op.path, op.params, seedB));
          const body = VALID_BODIES[key(op)]?.() as Record<string, unknown>;
          const theirs = await b.req(op.method.toUpperCase(), path, { ...body, [field]: seedA.ids["/exercises"] });
          const missing = await b.req(op.method.toUpperCase(), path, { ...body, [field]: "no-such-exercise" });
          expect(theirs.status, `${key(op)} ${field}`).toBe(missing.status);
          expect(theirs.status, `${key(op)} ${field}`).toBeGreaterThanOrEqual(400);
          expect(JSON.stringify(theirs.body).replaceAll(seedA.ids["/exercises"] as string, "?")).toEqual(
            JSON.stringify(missing.body).replaceAll("no-such-exercise", "?"),
          );
          expect(await snapshot(server, a, aId)).toEqual(before);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(2);
    });

    it("no GET answer of B's holds any of A's ids or texts, while A's own answers do", async () => {
      const reads = ops.filter((o) => o.method === "get" && !o.public && !isAdminRoute(o));
      let withTeeth = 0;
      for (const op of reads) {
        const path = fillPath(op.path, valuesFor(op.path, op.params, seedB));
        const theirs = await b.req("GET", path);
        expect(theirs.status, `GET ${path} as B`).toBe(200);
        const text = typeof theirs.body === "string" ? theirs.body : JSON.stringify(theirs.body);
        const leaked = seedA.markers.filter((m) => text.includes(m));
        expect(leaked, `GET ${path} as B`).toEqual([]);
        // The same route as A, on A's records: does it show A's data at all? (counts the checks that can fail)
        const mine = await a.req("GET", fillPath(op.path, valuesFor(op.path, op.params, seedA)));
        const mineText = typeof mine.body === "string" ? mine.body : JSON.stringify(mine.body);
        if (seedA.markers.some((m) => mineText.includes(m))) withTeeth++;
      }
      // Lists, exports, reports and record reads that show A's data to A: at least these many as of this suite.
      expect(withTeeth).toBeGreaterThanOrEqual(10);
      console.info(
        `isolation on ${engine.name} (B ${intruder}): ${reads.length} GET routes, ${withTeeth} of them show A's data to A`,
      );
    });
  });
}
