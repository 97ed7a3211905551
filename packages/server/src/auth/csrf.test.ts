import { describe, expect, it } from "vitest";
import { crossSiteVerdict, type OriginSettings, originOf, ownOrigins, type WriteRequest } from "./csrf.js";

const SERVER = "http://127.0.0.1:8080";

/** A request as the guard sees it; header names are matched lower-case, as Hono does. */
function req(
  method: string,
  headers: Record<string, string | undefined>,
  path = "/checkins",
  url = `${SERVER}/api/v1${path}`,
): WriteRequest {
  const h = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return { method, path, url, header: (n) => h[n.toLowerCase()] };
}

// Each value names its class, so the expectation below reads the contract, not the parsing.
const ORIGINS = {
  absent: undefined,
  same: "http://127.0.0.1:8080",
  sameUpperCase: "HTTP://127.0.0.1:8080",
  sameHttps: "https://127.0.0.1:8080",
  otherPort: "http://127.0.0.1:5173",
  otherHost: "http://evil.example",
  opaque: "null",
} as const;
const FOREIGN_ORIGINS = new Set<keyof typeof ORIGINS>(["otherPort", "otherHost", "opaque"]);

const SITES = {
  absent: undefined,
  "same-origin": "same-origin",
  none: "none",
  "same-site": "same-site",
  "cross-site": "cross-site",
} as const;
const FOREIGN_SITES = new Set<keyof typeof SITES>(["same-site", "cross-site"]);

const TYPES = {
  json: "application/json",
  jsonCharset: "application/json; charset=utf-8",
  jsonUpper: "Application/JSON",
  csv: "text/csv",
  multipart: "multipart/form-data; boundary=x",
  plain: "text/plain;charset=UTF-8",
  form: "application/x-www-form-urlencoded",
  absent: undefined,
} as const;
const JSON_TYPES = new Set<keyof typeof TYPES>(["json", "jsonCharset", "jsonUpper"]);
const IMPORT_EXTRA = new Set<keyof typeof TYPES>(["csv", "multipart"]);

type Key<T> = keyof T & string;

describe("the cross-site write rule (API.md Added 2026-12), every combination", () => {
  const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
  const cases: [string, Key<typeof ORIGINS>, Key<typeof SITES>, Key<typeof TYPES>, boolean, string][] = [];
  for (const method of methods)
    for (const origin of Object.keys(ORIGINS) as Key<typeof ORIGINS>[])
      for (const site of Object.keys(SITES) as Key<typeof SITES>[])
        for (const type of Object.keys(TYPES) as Key<typeof TYPES>[])
          for (const withBody of [true, false])
            for (const path of ["/checkins", "/import"]) cases.push([method, origin, site, type, withBody, path]);

  it(`decides ${cases.length} requests as the contract states`, () => {
    const seen = { FORBIDDEN: 0, UNSUPPORTED_MEDIA_TYPE: 0, accepted: 0 };
    for (const [method, origin, site, type, withBody, path] of cases) {
      const verdict = crossSiteVerdict(
        req(
          method,
          {
            origin: ORIGINS[origin],
            "sec-fetch-site": SITES[site],
            "content-type": TYPES[type],
            "content-length": withBody ? "17" : "0",
          },
          path,
        ),
        {},
      );
      const write = !["GET", "HEAD"].includes(method);
      const typeOk = JSON_TYPES.has(type) || (path === "/import" && IMPORT_EXTRA.has(type));
      const expected = !write
        ? null
        : FOREIGN_ORIGINS.has(origin) || FOREIGN_SITES.has(site)
          ? "FORBIDDEN"
          : withBody && !typeOk
            ? "UNSUPPORTED_MEDIA_TYPE"
            : null;
      expect(
        verdict?.code ?? null,
        `${method} ${path} origin=${origin} site=${site} type=${type} body=${withBody}`,
      ).toBe(expected);
      seen[verdict?.code ?? "accepted"]++;
    }
    // The matrix exercises both refusals and the accepted case, not one of them alone.
    expect(Math.min(...Object.values(seen))).toBeGreaterThan(100);
  });

  it("a write with neither Origin nor Sec-Fetch-Site is accepted (non-browser clients send neither)", () => {
    expect(crossSiteVerdict(req("POST", { "content-type": "application/json", "content-length": "2" }), {})).toBe(null);
  });

  it("a chunked body counts as a body; a bodiless write needs no content type", () => {
    const chunked = req("POST", { "transfer-encoding": "chunked", "content-type": "text/plain" });
    expect(crossSiteVerdict(chunked, {})?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(crossSiteVerdict(req("DELETE", {}), {})).toBe(null);
    expect(crossSiteVerdict(req("POST", { "content-length": "0" }), {})).toBe(null);
  });

  it("a JSON body without a content type is refused (a no-cors fetch of a Blob sends none)", () => {
    expect(crossSiteVerdict(req("POST", { "content-length": "2" }), {})?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("the messages are plain and say what to do", () => {
    const forged = crossSiteVerdict(req("POST", { origin: "http://evil.example" }), {});
    expect(forged?.message).toBe("This change came from another site's page, so Spotter did not make it.");
    const plain = crossSiteVerdict(req("POST", { "content-type": "text/plain", "content-length": "2" }), {});
    expect(plain?.message).toMatch(/application\/json/);
    const csv = crossSiteVerdict(req("POST", { "content-type": "text/plain", "content-length": "2" }, "/import"), {});
    expect(csv?.message).toMatch(/text\/csv/);
  });
});

describe("the server's own origin", () => {
  const at = (url: string, headers: Record<string, string> = {}) => ({
    url,
    header: (n: string) => headers[n.toLowerCase()],
  });

  it("comes from the Host header and the scheme the request arrived with, plus its https form", () => {
    const own = ownOrigins(at("http://10.0.0.5:8080/api/v1/x", { host: "spotter.home:8080" }), {});
    expect([...own].sort()).toEqual(["http://spotter.home:8080", "https://spotter.home:8080"]);
  });

  it("drops the default port, as browsers do in Origin", () => {
    expect(ownOrigins(at("https://spotter.example:443/x", { host: "spotter.example:443" }), {})).toEqual(
      new Set(["https://spotter.example"]),
    );
  });

  it("reads X-Forwarded-Host and X-Forwarded-Proto only from a trusted proxy", () => {
    const request = at("http://127.0.0.1:8080/x", {
      host: "127.0.0.1:8080",
      "x-forwarded-host": "spotter.example",
      "x-forwarded-proto": "https",
    });
    expect(ownOrigins(request, {}).has("https://spotter.example")).toBe(false);
    expect(ownOrigins(request, { viaTrustedProxy: true }).has("https://spotter.example")).toBe(true);
  });

  it("includes SPOTTER_PUBLIC_URL's origin, whatever path it has", () => {
    const settings: OriginSettings = { publicUrl: "https://Spotter.Example/app/" };
    expect(
      ownOrigins(at("http://127.0.0.1:8080/x", { host: "127.0.0.1:8080" }), settings).has("https://spotter.example"),
    ).toBe(true);
    const verdict = crossSiteVerdict(
      req("POST", { origin: "https://spotter.example", "content-type": "application/json", "content-length": "2" }),
      settings,
    );
    expect(verdict).toBe(null);
  });

  it("an http page never writes to the server reached over https (a downgrade stays refused)", () => {
    const verdict = crossSiteVerdict(
      req(
        "POST",
        { origin: "http://spotter.example", host: "spotter.example" },
        "/checkins",
        "https://spotter.example/api/v1/checkins",
      ),
      {},
    );
    expect(verdict?.code).toBe("FORBIDDEN");
  });

  it("originOf refuses what has no web origin", () => {
    expect(originOf("null")).toBe(null);
    expect(originOf("file:///etc/passwd")).toBe(null);
    expect(originOf("HTTP://A.example:80/")).toBe("http://a.example");
  });
});
