/** A 413 on a real socket: it says `Connection: close`, and the client can finish sending without a reset. */
import net from "node:net";
import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/harness.js";

/** What a raw HTTP/1.1 client saw: the bytes of the answer, whether the server sent FIN, and any socket error. */
interface Seen {
  answer: string;
  serverEnded: boolean;
  error: string | null;
  sentBytes: number;
}

/**
 * Sends a POST declaring `declared` bytes, then streams them in 64 KiB pieces (as a slow uploader would) even after
 * the answer arrives, then closes its side.
 */
function oversizedPost(port: number, declared: number): Promise<Seen> {
  return new Promise((resolve) => {
    const seen: Seen = { answer: "", serverEnded: false, error: null, sentBytes: 0 };
    const sock = net.connect({ port, host: "127.0.0.1", allowHalfOpen: true });
    sock.on("data", (b) => {
      seen.answer += b.toString();
    });
    sock.on("end", () => {
      seen.serverEnded = true;
    });
    sock.on("error", (e: NodeJS.ErrnoException) => {
      seen.error = e.code ?? e.message;
    });
    sock.on("close", () => resolve(seen));
    sock.write(
      `POST /api/v1/checkins HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    const piece = Buffer.alloc(64 * 1024, 0x20);
    const pump = setInterval(() => {
      if (sock.destroyed) return clearInterval(pump);
      if (seen.sentBytes >= declared) {
        clearInterval(pump);
        sock.end();
        return;
      }
      sock.write(piece);
      seen.sentBytes += piece.length;
    }, 5);
  });
}

const [engine] = testEngines();
describe("a body over the limit", () => {
  let server: TestServer;
  beforeAll(async () => {
    if (!engine) throw new Error("no test engine");
    server = await startTestServer(engine, { bodyLimitBytes: 64 * 1024 });
  });
  afterAll(async () => server.close());

  it("answers 413 with Connection: close (never keep-alive), then lets the client finish sending before closing", async () => {
    const port = Number(new URL(server.url).port);
    const declared = 1024 * 1024;
    const seen = await oversizedPost(port, declared);
    const [head = "", body = ""] = seen.answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    expect(head).not.toMatch(/keep-alive/i);
    expect(JSON.parse(body).error.code).toBe("PAYLOAD_TOO_LARGE");
    // The whole declared body went out without a reset, and the server closed its side in order.
    expect(seen.error).toBe(null);
    expect(seen.sentBytes).toBe(declared);
    expect(seen.serverEnded).toBe(true);
  });

  it("a body within the limit keeps the connection open for the next request", async () => {
    const r = await fetch(`${server.url}/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com", password: "x" }),
    });
    expect(r.status).toBe(401);
    expect(r.headers.get("connection")).not.toBe("close");
  });
});
