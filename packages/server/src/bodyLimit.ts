/**
 * The body limit, decided from the request's headers whenever they say the size. Hono's `bodyLimit` reads
 * `c.req.raw.body` first, and on Node that builds a whole web `Request` for every request (its URL parsed again, a
 * web stream over the socket, an abort signal): a sixth of the server's time under 200 users logging sets, GETs
 * included. Here a Content-Length is compared as it stands and a GET or HEAD has no body (as a web Request says); any
 * other body that does not state its size (chunked, or HTTP/2) is counted as it streams, by Hono's own.
 */
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** Refuses a body over `maxSize` bytes through `onError` (which throws or answers). */
export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) {
      return c.req.method === "GET" || c.req.method === "HEAD" ? next() : streamed(c, next);
    }
    if (Number(length) > maxSize) return onError(c);
    await next();
  };
}
