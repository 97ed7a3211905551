/**
 * Scale-out (issue 19): any number of stateless servers on one PostgreSQL. Two real server processes on one schema:
 * a login made through one is a login on the other (and a logout through one ends it on both), a rate limit counted
 * through both refuses on both, and a session's sets logged through either are seen, in full, through the other,
 * including what each server derives from its in-memory copy of the log. Runs when SPOTTER_TEST_DATABASE_URL is set.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { dropSchema, openDatabase } from "@spotter/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerChild, startServerChild } from "./resilience/child.js";
import { sendFrom } from "./testing/fromAddress.js";

const url = process.env.SPOTTER_TEST_DATABASE_URL;
const PASSWORD = "correct horse 1";

interface SessionAnswer {
  id: string;
  sets: { clientId: string; loadKg: number | null }[];
}

describe.skipIf(!url)("two servers on one PostgreSQL", () => {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  let a: ServerChild;
  let b: ServerChild;
  beforeAll(async () => {
    // Migrated before either starts, as after an upgrade; then both serve the same schema.
    await (await openDatabase({ databaseUrl: url, schema })).close();
    a = await startServerChild({ databaseUrl: url, schema });
    b = await startServerChild({ databaseUrl: url, schema });
  }, 90_000);
  afterAll(async () => {
    await a?.kill();
    await b?.kill();
    if (url) await dropSchema(url, schema);
  });

  const cookieOf = (headers: Headers) => (headers.get("set-cookie") ?? "").split(";")[0] ?? "";

  it("a login made through one server is a login on the other, and a logout through either ends it on both", async () => {
    const email = `scale-${randomBytes(3).toString("hex")}@example.com`;
    const reg = await sendFrom("POST", `${a.api}/auth/register`, { email, password: PASSWORD });
    expect(reg.status).toBe(201);
    const login = await sendFrom("POST", `${b.api}/auth/login`, { email, password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = cookieOf(login.headers);
    expect((await sendFrom("GET", `${a.api}/auth/me`, undefined, { cookie })).status).toBe(200);
    expect((await sendFrom("GET", `${b.api}/auth/me`, undefined, { cookie })).status).toBe(200);
    expect((await sendFrom("POST", `${a.api}/auth/logout`, {}, { cookie })).status).toBeLessThan(300);
    expect((await sendFrom("GET", `${b.api}/auth/me`, undefined, { cookie })).status).toBe(401);
  });

  it("a login limit counted through both servers refuses on both", async () => {
    const email = `limit-${randomBytes(3).toString("hex")}@example.com`;
    expect((await sendFrom("POST", `${a.api}/auth/register`, { email, password: PASSWORD })).status).toBe(201);
    const guess = (s: ServerChild, password: string) =>
      sendFrom("POST", `${s.api}/auth/login`, { email, password }, { address: "127.0.0.3" });
    // The default limit: 10 failed logins in 15 minutes, here 5 through each server.
    for (let i = 0; i < 5; i++) expect((await guess(a, `wrong a${i}`)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await guess(b, `wrong b${i}`)).status).toBe(401);
    expect((await guess(a, PASSWORD)).status).toBe(429);
    expect((await guess(b, PASSWORD)).status).toBe(429);
  });

  it("a session's sets logged through either server are all seen through the other", async () => {
    const email = `sets-${randomBytes(3).toString("hex")}@example.com`;
    const reg = await sendFrom("POST", `${a.api}/auth/register`, { email, password: PASSWORD });
    const cookie = cookieOf(reg.headers);
    const today = new Date().toISOString().slice(0, 10);
    const started = await sendFrom(
      "POST",
      `${a.api}/sessions`,
      { clientId: randomUUID(), date: today, startedAt: new Date().toISOString(), painBefore: 1 },
      { cookie },
    );
    expect(started.status).toBe(201);
    const sessionId = (started.body as SessionAnswer).id;
    const logSet = (s: ServerChild, setIndex: number, loadKg: number) =>
      sendFrom(
        "POST",
        `${s.api}/sessions/${sessionId}/sets`,
        {
          clientId: randomUUID(),
          exerciseId: "leg-press-upright",
          setIndex,
          warmup: false,
          reps: 10,
          loadKg,
          rir: 2,
          belt: false,
          pain: 1,
          painKind: "none",
        },
        { cookie },
      );
    const setsOn = async (s: ServerChild) =>
      ((await sendFrom("GET", `${s.api}/sessions/${sessionId}`, undefined, { cookie })).body as SessionAnswer).sets;
    const nextOn = async (s: ServerChild) =>
      (await sendFrom("GET", `${s.api}/exercises/leg-press-upright/next`, undefined, { cookie })).body;

    for (let i = 0; i < 3; i++) expect((await logSet(a, i, 100)).status).toBe(201);
    // Both servers have read (and cached) the log before the other writes again.
    expect(await setsOn(b)).toHaveLength(3);
    const nextBefore = await nextOn(a);
    expect(await nextOn(b)).toEqual(nextBefore);

    expect((await logSet(b, 3, 140)).status).toBe(201);
    const onA = await setsOn(a);
    expect(onA).toHaveLength(4);
    expect(onA.map((s) => s.loadKg)).toEqual([100, 100, 100, 140]);
    // What server A derives from its cached log follows server B's write at once.
    expect(await nextOn(a)).toEqual(await nextOn(b));
  });
});
