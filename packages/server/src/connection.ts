/**
 * Closing a connection cleanly after an answer sent before the request body was read (413). Such an answer must say
 * `Connection: close`: the unread rest of the body would otherwise be taken for the next request, and a client told
 * "keep-alive" would send its next request on a socket about to close. Closing at once is not clean either: data the
 * client is still sending then meets a closed socket, the kernel answers with a reset, and the client may lose the
 * 413 it has not read yet. So the server sends its answer, then its FIN, and reads and drops what still comes, until
 * the client closes its side or a short time has passed ("lingering close", as HTTP servers have long done).
 */
import type { Socket } from "node:net";
import type { HttpBindings } from "@hono/node-server";
import type { Context, MiddlewareHandler } from "hono";

/** How long a socket may keep sending a refused body after the answer went out. */
export const LINGER_MS = 2000;
/** How much of a refused body is read and dropped at most before the socket is closed anyway. */
export const LINGER_MAX_BYTES = 64 * 1024 * 1024;

const lingering = new WeakSet<Socket>();

/**
 * Makes Node's own close of this socket (which follows an answer with `Connection: close`) a lingering one: end the
 * sending side, drop incoming data, destroy on the client's FIN, after `LINGER_MS`, or after `LINGER_MAX_BYTES`.
 */
function lingerOnClose(socket: Socket): void {
  if (lingering.has(socket)) return;
  lingering.add(socket);
  let started = false;
  // Node calls this after the answer, and @hono/node-server again when its own short drain of the body gives up.
  socket.destroySoon = () => {
    if (started) return;
    started = true;
    let dropped = 0;
    const close = () => {
      clearTimeout(timer);
      socket.destroy();
    };
    const timer = setTimeout(close, LINGER_MS);
    timer.unref();
    socket.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > LINGER_MAX_BYTES) close();
    });
    socket.once("end", close);
    socket.once("error", close);
    socket.resume();
    if (socket.writable) socket.end();
  };
}

/**
 * Marks the answer being made as the last on its connection: `Connection: close` on the response, and a lingering
 * close of the socket when the app runs on Node's HTTP server (in-process `app.request` has no socket).
 */
export function closeAfterAnswer(c: Context, res: Response): Response {
  res.headers.set("Connection", "close");
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket;
  if (socket && !socket.destroyed) lingerOnClose(socket);
  return res;
}

/**
 * Makes every answer given while the request body is still arriving unread the last on its connection, as a 413 is:
 * a 400 on the query, a 401, a 404, or a route that ignores its body. Without it the answer said "keep-alive" and the
 * server dropped the socket half a second later (@hono/node-server gives up draining a large unread body), so a
 * client's next request on it failed. A small unread body arrives whole with its headers and keeps the connection.
 */
export function closeWhenBodyUnread(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    if (incoming && !incoming.complete && c.res.headers.get("Connection") !== "close") closeAfterAnswer(c, c.res);
  };
}
