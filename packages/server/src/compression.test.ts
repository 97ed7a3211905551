/**
 * Compressed API answers, black-box over a real server on port 0 with raw HTTP (node:http neither asks for nor undoes
 * compression by itself): the exercise catalog is large JSON, a login's answer is small.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPRESS_MIN_BYTES, chooseEncoding } from "./compression.js";
import { type StartedServer, startServer } from "./serve.js";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: StartedServer;
let dataDir: string;
let cookie = "";

function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (b: Buffer) => chunks.push(b));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "spotter-compress-"));
  server = await startServer({ port: 0, dataDir, registration: "open" });
  const reg = await call(
    "POST",
    "/api/v1/auth/register",
    { "content-type": "application/json" },
    JSON.stringify({ email: "compress@example.com", password: "compress password" }),
  );
  expect(reg.status).toBe(201);
  cookie = String(reg.headers["set-cookie"]).split(";")[0] ?? "";
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("compressed API answers", () => {
  it("sends a large JSON answer as brotli, or gzip, to a client that accepts it, and the same JSON plain otherwise", async () => {
    const plain = await call("GET", "/api/v1/exercises", { cookie });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toContain("Accept-Encoding");
    expect(plain.body.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    const br = await call("GET", "/api/v1/exercises", { cookie, "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    const gz = await call("GET", "/api/v1/exercises", { cookie, "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it("sends a small answer and an error plain, with the status and headers unchanged", async () => {
    const me = await call("GET", "/api/v1/auth/me", { cookie, "accept-encoding": "br, gzip" });
    expect(me.status).toBe(200);
    expect(me.headers["content-encoding"]).toBeUndefined();
    expect(me.headers["cache-control"]).toBe("no-store");
    expect(me.body.toString()).toContain("compress@example.com");
    const missing = await call("GET", "/api/v1/nope", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body.toString()).error.code).toBe("NOT_FOUND");
  });
});

describe("chooseEncoding", () => {
  it.each([
    [undefined, null],
    ["identity", null],
    ["gzip, deflate", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0, gzip", "gzip"],
  ])("%s -> %s", (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
