/**
 * Serving the built web app, black-box: a real server on port 0 over a build-like directory, asked with raw HTTP
 * (node:http, which neither asks for nor undoes compression by itself) so the test sees the bytes and headers a
 * browser gets.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "./serve.js";
import { acceptedEncodings, IMMUTABLE } from "./webApp.js";

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: StartedServer;
let dataDir: string;
let webDir: string;
const SCRIPT = `export const screen = "${"today ".repeat(400)}";\n`;
const ROBOTS = "User-agent: *\nDisallow: /api/\n";

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (b: Buffer) => chunks.push(b));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "spotter-webapp-data-"));
  webDir = mkdtempSync(join(tmpdir(), "spotter-webapp-web-"));
  mkdirSync(join(webDir, "assets"));
  writeFileSync(join(webDir, "index.html"), '<!doctype html><title>Spotter</title><script src="/assets/app-1.js">');
  writeFileSync(join(webDir, "robots.txt"), ROBOTS);
  writeFileSync(join(webDir, "sw.js"), "self.addEventListener('fetch', () => {});");
  const script = join(webDir, "assets/app-1.js");
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  mkdirSync(join(webDir, ".vite"));
  writeFileSync(join(webDir, ".vite/manifest.json"), "{}");
  server = await startServer({ port: 0, dataDir, webDir, registration: "open" });
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

describe("static files of the web app", () => {
  it("sends the brotli copy to a client that accepts br, with Vary and the immutable cache", async () => {
    const r = await get("/assets/app-1.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers.vary).toContain("Accept-Encoding");
    expect(r.headers["content-type"]).toContain("javascript");
    expect(r.headers["cache-control"]).toBe(IMMUTABLE);
    expect(brotliDecompressSync(r.body).toString()).toBe(SCRIPT);
    expect(r.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("sends the gzip copy to a client that accepts only gzip, or refuses br with q=0", async () => {
    for (const accept of ["gzip", "br;q=0, gzip;q=0.8"]) {
      const r = await get("/assets/app-1.js", { "accept-encoding": accept });
      expect(r.status).toBe(200);
      expect(r.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(r.body).toString()).toBe(SCRIPT);
    }
  });

  it("sends the plain file, still marked Vary, to a client that accepts no compression", async () => {
    const r = await get("/assets/app-1.js");
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.headers.vary).toContain("Accept-Encoding");
    expect(r.body.toString()).toBe(SCRIPT);
  });

  it("answers a missing script with a 404 that no one caches, never the page", async () => {
    for (const path of ["/assets/Insights-old.js", "/assets/gone.css", "/favicon.ico", "/icon-512.png"]) {
      for (const method of ["GET", "HEAD"]) {
        const r = await get(path, { "accept-encoding": "br, gzip" }, method);
        expect(r.status, `${method} ${path}`).toBe(404);
        expect(r.headers["cache-control"], path).toBe("no-store");
        expect(String(r.headers["content-type"]), path).not.toContain("text/html");
      }
    }
  });

  it("serves robots.txt as the file it is", async () => {
    const r = await get("/robots.txt");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toContain("text/plain");
    expect(r.body.toString()).toBe(ROBOTS);
  });

  it("answers a screen's address with the page, which the browser asks for again each time", async () => {
    for (const path of ["/", "/session/0190a6b2-5d7e-7000-8000-000000000001", "/library/leg-press-upright"]) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers["content-type"], path).toContain("text/html");
      expect(r.headers["cache-control"], path).toBe("no-cache");
      expect(r.body.toString(), path).toContain("<title>Spotter</title>");
    }
  });

  it("keeps the build's own bookkeeping private and the service worker uncached", async () => {
    expect((await get("/.vite/manifest.json")).status).toBe(404);
    expect((await get("/sw.js")).headers["cache-control"]).toBe("no-cache");
  });
});

describe("acceptedEncodings", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["gzip, deflate, br", ["gzip", "deflate", "br"]],
    ["br;q=0, gzip;q=0.5", ["gzip"]],
    ["BR ; q=1.0,identity", ["br", "identity"]],
  ])("%s -> %j", (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});
