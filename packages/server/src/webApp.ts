/**
 * Serving the built web app (packages/web/dist): its files with the precompressed copies the build wrote, chosen by
 * the request's Accept-Encoding; a year's immutable cache for the hashed files under /assets; a plain 404 that no one
 * caches for a file that is not there; and the SPA fallback (index.html) for every other GET, which is a client-side
 * route.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import type { AppEnv } from "./context.js";

/** Cache-Control of the hashed build files: a new build gives a changed file a new name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * A path that names a file rather than a screen: everything under /assets, and any last segment with a file
 * extension (robots.txt, favicon.ico, an icon). Screens' addresses never carry one (ids are UUIDs or slugs).
 */
const FILE_PATH = /^\/assets\/|\/[^/]*\.[A-Za-z0-9]{1,12}$/;

/** Extensions the build writes a brotli and a gzip copy of (the same list as the build's precompress step). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt)$/;

/**
 * The encodings a request accepts, from Accept-Encoding, dropping any with `q=0`. serveStatic reads the header as a
 * plain list, so the header is rewritten to the accepted names before it looks.
 */
export function acceptedEncodings(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part) => {
      const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return { name, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((e) => e.name && e.q > 0)
    .map((e) => e.name);
}

/** A missing file: 404, never the page, and never cached (the next build may bring it). */
function missingFile(c: Context<AppEnv>) {
  c.header("Cache-Control", "no-store");
  return c.text("Not found.", 404);
}

/** Adds the web app's routes; does nothing when `webDir` holds no built app. Register after every API route. */
export function registerWebApp(app: Hono<AppEnv>, webDir: string | undefined): void {
  if (!webDir || !existsSync(join(webDir, "index.html"))) return;
  // Re-read index.html when a new build replaces it, so a running server never serves a page whose assets are gone.
  const indexFile = join(webDir, "index.html");
  let cached = { mtimeMs: -1, html: "" };
  const indexHtml = () => {
    const mtimeMs = statSync(indexFile).mtimeMs;
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: readFileSync(indexFile, "utf8") };
    return cached.html;
  };
  // The build's own bookkeeping (Vite's manifest) is not part of the app.
  app.all("/.vite/*", missingFile);
  app.use("/sw.js", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("Cache-Control", "no-cache");
  });
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.header("Cache-Control", IMMUTABLE);
  });
  const files = serveStatic<AppEnv>({ root: webDir, precompressed: true });
  app.use("/*", async (c, next) => {
    const original = c.req.header("accept-encoding");
    if (original?.includes(";")) {
      // serveStatic matches encodings by exact name; give it the accepted ones only (`br;q=0` refuses brotli).
      c.req.raw.headers.set("accept-encoding", acceptedEncodings(original).join(", "));
    }
    // serveStatic returns the file's answer rather than setting it; set it, so the headers below apply to it.
    const found = await files(c, next);
    if (found instanceof Response) c.res = found;
    // The page itself (`/`, `/index.html`) must be asked for again each time, so a new build's assets are found.
    if (c.res.status === 200 && c.res.headers.get("content-type")?.startsWith("text/html")) {
      c.header("Cache-Control", "no-cache");
    }
    // A cache in between must keep the compressed and the plain copies apart, including for the plain one.
    if (c.res.status === 200 && COMPRESSIBLE.test(c.req.path) && !c.res.headers.get("vary")?.includes("Accept")) {
      c.res.headers.append("Vary", "Accept-Encoding");
    }
  });
  app.get("*", (c) => {
    if (FILE_PATH.test(c.req.path)) return missingFile(c);
    // SPA fallback: every other GET is a client-side route.
    c.header("Cache-Control", "no-cache");
    return c.html(indexHtml());
  });
}
