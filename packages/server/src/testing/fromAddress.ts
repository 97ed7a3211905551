/**
 * Requests from a chosen loopback source address (127.0.0.2, 127.0.0.3, ...), so black-box tests can be several
 * clients on one machine: the server sees a different socket address for each, as it would for real clients.
 */
import { request } from "node:http";
import type { Answer } from "./harness.js";

/** Where a request comes from and what it carries beyond its body. */
export interface From {
  /** Source address on the loopback network (default 127.0.0.1). */
  address?: string;
  /** An X-Forwarded-For header to send. */
  xff?: string;
  cookie?: string | null;
}

/** Sends `method url` with a JSON body from `from.address`; answers the status, parsed body and headers. */
export function sendFrom(method: string, url: string, body: unknown, from: From = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (payload !== undefined) headers["content-type"] = "application/json";
  if (from.xff) headers["x-forwarded-for"] = from.xff;
  if (from.cookie) headers.cookie = from.cookie;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, localAddress: from.address ?? "127.0.0.1" }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => {
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON (an HTML page): keep the text.
        }
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) h.append(k, one);
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, headers: h });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}
