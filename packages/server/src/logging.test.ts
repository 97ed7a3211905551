import { Writable } from "node:stream";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createLogger, parseLogLevel, requestLog } from "./logging.js";

function appWithLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const app = new Hono();
  app.use(requestLog(createLogger("info", sink)));
  app.get("/things/:id", (c) => c.json({ ok: true }));
  app.get("/boom", () => {
    throw new Error("x");
  });
  app.onError((_e, c) => c.json({}, 500));
  return { app, lines };
}

describe("log settings", () => {
  it.each([
    [undefined, "info"],
    ["", "info"],
    [" WARN ", "warn"],
    ["silent", "silent"],
  ])("SPOTTER_LOG_LEVEL %j reads as %s", (text, level) => {
    expect(parseLogLevel(text)).toBe(level);
  });

  it("refuses an unknown level, naming the accepted ones", () => {
    expect(() => parseLogLevel("loud")).toThrow(/fatal, error, warn, info, debug, silent/);
  });
});

describe("request lines", () => {
  it("name the route pattern, not the path, and answer the request id in X-Request-Id", async () => {
    const { app, lines } = appWithLog();
    const r = await app.request("/things/secret-id-123?email=a@b.c");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: "GET", route: "/things/:id", status: 200, level: "info" });
    expect(r.headers.get("x-request-id")).toBe(lines[0]?.requestId);
    expect(JSON.stringify(lines)).not.toContain("secret-id-123");
  });

  it("keep a proxy's request id when it looks like one, and replace anything else", async () => {
    const { app, lines } = appWithLog();
    await app.request("/things/1", { headers: { "x-request-id": "edge-7f3a9c21" } });
    await app.request("/things/1", { headers: { "x-request-id": "someone@example.com" } });
    expect(lines[0]?.requestId).toBe("edge-7f3a9c21");
    expect(lines[1]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("log a failed request at error level", async () => {
    const { app, lines } = appWithLog();
    expect((await app.request("/boom")).status).toBe(500);
    expect(lines[0]).toMatchObject({ route: "/boom", status: 500, level: "error" });
  });
});
