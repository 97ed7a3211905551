import { API_ERROR_CODES, API_ROUTES, type importAnswer, openPlaces, type UnlistedFields } from "@spotter/core";
import { testEngines } from "@spotter/db/testing";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { AppEnv, RouteDoc } from "./context.js";
import { ERROR_CODES } from "./errors.js";
import { AnswerMismatchError, checkAnswer, droppedFields, Routes } from "./routes.js";
import type { ImportAnswer } from "./services/importData.js";
import { startTestServer, type TestServer } from "./testing/harness.js";

const doc = (over: Partial<RouteDoc> = {}): RouteDoc => ({
  method: "get",
  path: "/thing",
  summary: "A thing",
  tag: "test",
  response: z.object({ weight: z.number(), name: z.string() }),
  ...over,
});
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("answers checked against their schemas (routes.ts, under test only)", () => {
  it("passes an answer that fits and names each field of one that does not", async () => {
    await expect(checkAnswer(doc(), json({ weight: 80, name: "bar" }))).resolves.toBeUndefined();
    const wrong = checkAnswer(doc(), json({ weight: "80 kg" }));
    await expect(wrong).rejects.toBeInstanceOf(AnswerMismatchError);
    await expect(checkAnswer(doc(), json({ weight: "80 kg" }))).rejects.toThrow(/get \/thing.*weight.*name/);
  });

  it("fails an answer with a field its schema does not list, at any depth, and names the field", async () => {
    const nested = doc({ response: z.object({ sets: z.array(z.object({ reps: z.number() })) }) });
    await expect(checkAnswer(doc(), json({ weight: 80, name: "bar", colour: "red" }))).rejects.toThrow(
      /does not list: colour$/,
    );
    await expect(checkAnswer(nested, json({ sets: [{ reps: 5 }, { reps: 5, tempo: "3-1-1" }] }))).rejects.toThrow(
      /does not list: sets\[1\]\.tempo$/,
    );
    expect(droppedFields({ a: { b: 1, c: [{ d: 1 }] } }, { a: { b: 1, c: [{}] } })).toEqual(["a.c[0].d"]);
    // A record keeps every key, so its keys are never reported.
    expect(droppedFields({ m: { x: 1, y: 2 } }, { m: { x: 1, y: 2 } })).toEqual([]);
  });

  it("fails a route missing from the route table, and JSON from a route that answers none", async () => {
    await expect(checkAnswer(doc({ response: undefined }), json({}))).rejects.toThrow(/no answer schema/);
    await expect(checkAnswer(doc({ response: null }), json({}))).rejects.toThrow(/answers none/);
    await expect(checkAnswer(doc({ response: null }), new Response(null, { status: 204 }))).resolves.toBeUndefined();
  });

  it("leaves error answers to the error catalog's shape", async () => {
    await expect(checkAnswer(doc(), json({ error: { code: "NOT_FOUND" } }, 404))).resolves.toBeUndefined();
  });

  it("a registrar that checks turns a stray answer into a 500; one that does not lets it through", async () => {
    const call = async (checkAnswers: boolean) => {
      const app = new Hono<AppEnv>();
      const routes = new Routes(app, async (_c, next) => next(), { checkAnswers });
      routes.route(doc({ public: true }), (c) => c.json({ weight: "heavy", name: "bar" }));
      app.onError((_err, c) => c.json({ error: { code: "INTERNAL" } }, 500));
      return (await app.request("/thing")).status;
    };
    const log = console.error;
    console.error = () => {};
    try {
      expect(await call(true)).toBe(500);
    } finally {
      console.error = log;
    }
    expect(await call(false)).toBe(200);
  });
});

describe.each(testEngines().slice(0, 1))("the route table and the OpenAPI document ($name)", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(async () => server.close());

  it("every registered route is in core's API_ROUTES and every entry is registered", async () => {
    const openapi = (await fetch(server.url.replace("/api/v1", "/api/openapi.json")).then((r) => r.json())) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const registered = Object.entries(openapi.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path.replace(/\{([A-Za-z]+)\}/g, ":$1")}`),
    );
    expect(registered.sort()).toEqual(Object.keys(API_ROUTES).sort());
  });

  it("the OpenAPI document describes the JSON body of every success answer that has one, every field of it", async () => {
    const openapi = (await fetch(server.url.replace("/api/v1", "/api/openapi.json")).then((r) => r.json())) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    let described = 0;
    for (const [path, ops] of Object.entries(openapi.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method} ${path.replace(/\{([A-Za-z]+)\}/g, ":$1")}` as keyof typeof API_ROUTES;
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith("2"));
        expect(success.length, key).toBe(1);
        const content = success[0]?.[1].content?.["application/json"];
        expect(Boolean(content), key).toBe(API_ROUTES[key] !== null);
        // Described field by field: no object that takes fields it does not list, no value of any shape.
        if (content) expect(openPlaces((content as { schema: unknown }).schema, key)).toEqual([]);
        if (content) described++;
      }
    }
    expect(described).toBeGreaterThanOrEqual(40);
  });
});

describe("the error codes", () => {
  it("the server's catalog holds exactly the codes core's contract gives the web app", () => {
    expect(Object.keys(ERROR_CODES).sort()).toEqual([...API_ERROR_CODES].sort());
  });
});

describe("answers the server types itself", () => {
  it("X1, X2: the import answer's schema lists every field of the server's ImportAnswer (a type check)", () => {
    const listsAll = <T extends never>(): T[] => [];
    const fits = <T extends z.input<typeof importAnswer>>(): T[] => [];
    expect([
      ...listsAll<UnlistedFields<ImportAnswer, z.output<typeof importAnswer>>>(),
      ...fits<ImportAnswer>(),
    ]).toEqual([]);
  });
});
