/**
 * An answer given before the request body was read (a 400 on the query, a 401, a 404, a logout that ignores its
 * body) must not leave a keep-alive client on a socket that closes under it. The fuzz suite found this: after such
 * an answer said "keep-alive", the server dropped the connection half a second later, and the client's next
 * request on it failed with "other side closed". Either the answer says `Connection: close`, or the connection
 * serves the next request.
 */
import net from "node:net";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestClient, type TestServer } from "../testing/harness.js";

/** Sends raw HTTP/1.1 requests on one socket, one after another, and answers each status line and headers. */
async function onOneSocket(port: number, requests: { head: string; body: string }[], pauseMs: number) {
  const sock = net.connect(port, "127.0.0.1");
  let buffer = "";
  let closed = false;
  sock.on("data", (d) => {
    buffer += d.toString("latin1");
  });
  sock.on("close", () => {
    closed = true;
  });
  sock.on("error", () => {
    closed = true;
  });
  const answers: { status: string; connection: string | undefined }[] = [];
  for (const r of requests) {
    if (closed) break;
    buffer = "";
    sock.write(`${r.head}Content-Length: ${Buffer.byteLength(r.body)}\r\n\r\n`);
    sock.write(r.body);
    const deadline = Date.now() + 5_000;
    while (!closed && !/\r\n\r\n/.test(buffer) && Date.now() < deadline)
      await new Promise((res) => setTimeout(res, 10));
    if (!/\r\n\r\n/.test(buffer)) break;
    answers.push({
      status: buffer.split("\r\n")[0] ?? "",
      connection: buffer.match(/\r\nconnection: *([^\r]+)/i)?.[1]?.toLowerCase(),
    });
    if (answers.at(-1)?.connection === "close") break;
    await new Promise((res) => setTimeout(res, pauseMs));
  }
  sock.destroy();
  return answers;
}

for (const engine of testEngines().slice(0, 1)) {
  describe(`an answer before the body was read keeps or closes its connection cleanly (${engine.name})`, () => {
    let server: TestServer;
    let user: TestClient;
    beforeAll(async () => {
      server = await startTestServer(engine);
      user = await newUser(server);
    });
    afterAll(async () => server?.close());

    const big = "x".repeat(900_000);
    const cases: [string, string][] = [
      ["POST /api/v1/auth/logout", "a route that ignores its body"],
      ["POST /api/v1/import?dryRun=bad", "a query refused before the file is read"],
      ["POST /api/v1/no-such-route", "a route that does not exist"],
    ];
    for (const [line, why] of cases) {
      it(`${line} (${why}) with a 900 kB body: "Connection: close", or the next request is served`, async () => {
        const port = Number(new URL(server.url).port);
        const head = (l: string) =>
          `${l} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${user.cookie}\r\nContent-Type: text/csv\r\n`;
        const answers = await onOneSocket(
          port,
          [
            { head: head(line), body: big },
            { head: head("GET /api/v1/auth/me"), body: "" },
          ],
          800,
        );
        expect(answers[0]?.status).toMatch(/^HTTP\/1\.1 [24]\d\d /);
        if (answers[0]?.connection !== "close")
          expect(answers[1]?.status, "the next request on the socket").toMatch(/ 200 /);
      });
    }
  });
}
