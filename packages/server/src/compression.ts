/**
 * Compressing the API's answers (JSON, CSV, the report and share pages) for clients that accept it: brotli when
 * accepted, else gzip. The catalog and a heavy user's insights run to hundreds of KB of JSON, which a phone on a weak
 * signal waits for; a set's answer of a few hundred bytes goes out as it is, as does anything already compressed
 * (PDF, the web app's precompressed files). Compression runs on libuv's thread pool, not the main thread.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.js";
import { acceptedEncodings } from "./webApp.js";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Answers smaller than this go out plain: the headers and the work would cost more than they save. */
export const COMPRESS_MIN_BYTES = 1024;

/** Media types worth compressing. */
const TEXT_TYPES = /^(?:application\/(?:json|problem\+json|javascript|xml)|text\/)/i;

/** The encoding to answer with, from the request's Accept-Encoding; null for none. */
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = acceptedEncodings(acceptEncoding);
  if (accepted.includes("br")) return "br";
  if (accepted.includes("gzip")) return "gzip";
  return null;
}

/** The middleware; put it outside the routes whose answers it compresses. */
export function compressAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const encoding = chooseEncoding(c.req.header("accept-encoding"));
    const res = c.res;
    const type = res.headers.get("content-type") ?? "";
    // `res.body` is read only for an answer about to be compressed: on Node, reading it turns the answer into a
    // stream, which @hono/node-server then writes chunk by chunk instead of at once (every set's answer did this).
    if (
      c.req.method === "HEAD" ||
      res.status === 204 ||
      res.status === 206 ||
      res.headers.has("content-encoding") ||
      !TEXT_TYPES.test(type) ||
      /no-transform/i.test(res.headers.get("cache-control") ?? "")
    ) {
      return;
    }
    res.headers.append("Vary", "Accept-Encoding");
    if (!encoding || !res.body) return;
    const plain = Buffer.from(await res.arrayBuffer());
    if (plain.length < COMPRESS_MIN_BYTES) {
      c.res = new Response(plain, res);
      return;
    }
    const packed =
      encoding === "br"
        ? await brotli(plain, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
          })
        : await gzipAsync(plain, { level: 6 });
    const headers = new Headers(res.headers);
    headers.set("Content-Encoding", encoding);
    headers.delete("Content-Length");
    c.res = new Response(packed, { status: res.status, statusText: res.statusText, headers });
  };
}
