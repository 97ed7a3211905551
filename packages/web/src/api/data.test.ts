import { afterEach, describe, expect, it, vi } from "vitest";
import { setFetch } from "./client.js";
import { absoluteUrl, asksForUnit, dataApi, dataLinks, importQuery } from "./data.js";

afterEach(() => setFetch((...a) => fetch(...a)));

describe("data calls", () => {
  it("sends the file as it is, CSV for the apps and JSON for a backup, with the query", async () => {
    const f = vi.fn(async () => new Response(JSON.stringify({ workouts: 1 }), { status: 200 }));
    setFetch(f);
    const file = new Blob(["Date,Exercise Name\n"], { type: "text/csv" });
    await dataApi.importFile(file, "strong", "kg", true);
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/import?format=strong&unit=kg&dryRun=1");
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)["content-type"]).toBe("text/csv");
    await dataApi.importFile(new Blob(["{}"]), "spotter", null, false);
    const [url2, init2] = f.mock.calls[1] as unknown as [string, RequestInit];
    expect(url2).toBe("/api/v1/import?format=spotter");
    expect((init2.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("knows the server's question about the unit from its error", async () => {
    setFetch(
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: { code: "VALIDATION_FAILED", message: "x", details: [{ path: "unit", message: "Say kg or lb" }] },
            }),
            { status: 400 },
          ),
      ),
    );
    const e = await dataApi.importFile(new Blob(["a"]), "strong", null, true).catch((x: unknown) => x);
    expect(asksForUnit(e)).toBe(true);
    expect(asksForUnit(new Error("x"))).toBe(false);
  });

  it("builds the download and report addresses and makes share urls absolute", () => {
    expect(dataLinks.report("2026-01-01", "2026-03-31", "pdf")).toBe(
      "/api/v1/reports/clinician?from=2026-01-01&to=2026-03-31&format=pdf",
    );
    expect(importQuery("hevy", null, false)).toBe("?format=hevy");
    // The distance unit and the preview's mapping corrections go along (API.md: mapping is URL-encoded JSON).
    const q = new URLSearchParams(
      importQuery("strong", "kg", true, { distanceUnit: "mi", mapping: { "Squat (Barbell)": "goblet-squat" } }),
    );
    expect(q.get("distanceUnit")).toBe("mi");
    expect(JSON.parse(q.get("mapping") ?? "")).toEqual({ "Squat (Barbell)": "goblet-squat" });
    expect(q.get("dryRun")).toBe("1");
    expect(importQuery("strong", null, false, { mapping: {} })).toBe("?format=strong");
    expect(absoluteUrl("/share/abc", "https://spotter.example")).toBe("https://spotter.example/share/abc");
  });
});
