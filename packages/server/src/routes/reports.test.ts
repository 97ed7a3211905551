import { testEngines } from "@spotter/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, startTestServer, type TestServer } from "../testing/harness.js";
import { BASE_NOW, HOSTILE_NAME, seedReportLog } from "../testing/reportData.js";

for (const engine of testEngines()) {
  describe(`clinician report over the API on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server.close());

    const fetchWith = (cookie: string | null, path: string) =>
      fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

    it("X3: the HTML report holds the user's own data, escaped, and nothing of another user's", async () => {
      const a = await newUser(server);
      const b = await newUser(server);
      await seedReportLog(server, a, "marker-of-a");
      await seedReportLog(server, b, "marker-of-b");
      const res = await fetchWith(a.cookie, "/reports/clinician?from=2026-11-01&to=2026-11-25");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      const page = await res.text();
      expect(page.startsWith("<!doctype html>")).toBe(true);
      expect(page).toContain("marker-of-a");
      expect(page).not.toContain("marker-of-b");
      // Every user string is escaped: no script tag survives, the name and note read as text.
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toContain("<b>gardening</b>");
      expect(page).toContain(
        "&lt;script&gt;alert(1)&lt;/script&gt; sore after &lt;b&gt;gardening&lt;/b&gt; &amp; lifting",
      );
      expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ćwiczenie – Übung ✓");
      // Loads in the profile's unit (100 kg back squat in pounds), the red flag, the clearance, the nerve entry.
      expect(page).toContain("220.46 lb × 5");
      expect(page).toContain("night pain not eased by position");
      expect(page).toContain("No heavy deadlifts");
      expect(page).toContain("left leg below the knee");
      expect(page).toContain("not a medical device");
      expect(page).toMatch(/<caption>Daily check-ins \(5\)<\/caption>/);
      expect(page).toContain('<th scope="col">');
      expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/);
    });

    it("X3: format=pdf answers a PDF attachment named after the range", async () => {
      const a = await newUser(server);
      await seedReportLog(server, a, "pdf-marker");
      const res = await fetchWith(a.cookie, "/reports/clinician?from=2026-11-01&to=2026-11-25&format=pdf");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe(
        'attachment; filename="spotter-report-2026-11-01-2026-11-25.pdf"',
      );
      const buf = Buffer.from(await res.arrayBuffer());
      expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(buf.length).toBeGreaterThan(5000);
    });

    it("X3: without a range the report covers the last 90 days ending today in the user's zone", async () => {
      const a = await newUser(server);
      await a.put("/profile", { timeZone: "Pacific/Auckland" });
      server.setNow(BASE_NOW);
      const res = await fetchWith(a.cookie, "/reports/clinician");
      const page = await res.text();
      // 09:00 UTC on 25 Nov is 22:00 in Auckland (UTC+13), still the 25th; 89 days before it is 28 Aug.
      expect(page).toContain("28 Aug 2026 to 25 Nov 2026 (90 days)");
      server.setNow(Date.parse("2026-11-25T12:00:00Z"));
      expect(await (await fetchWith(a.cookie, "/reports/clinician")).text()).toContain("29 Aug 2026 to 26 Nov 2026");
      server.setNow(BASE_NOW);
    });

    it.each([
      ["from=2026-11-20&to=2026-11-10", "from"],
      ["from=2023-01-01&to=2026-11-20", "from"],
      ["from=2026-02-30&to=2026-03-05", "from"],
      ["from=2026-11-01&to=tomorrow", "to"],
      ["to=2027-01-01", "to"],
      ["format=docx", "format"],
      ["colour=blue", "colour"],
    ])("X3: a bad range or option (%s) is a 400 naming %s", async (query, field) => {
      const a = await newUser(server);
      const r = await a.get(`/reports/clinician?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION_FAILED");
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    });

    it("X3: a range of exactly 1,096 days is accepted; the report needs a login", async () => {
      const a = await newUser(server);
      const ok = await fetchWith(a.cookie, "/reports/clinician?from=2023-11-26&to=2026-11-25");
      expect(ok.status).toBe(200);
      const anon = await fetchWith(null, "/reports/clinician");
      expect(anon.status).toBe(401);
    });

    it("X3: the custom exercise's Unicode name renders in the PDF without error", async () => {
      const a = await newUser(server);
      await seedReportLog(server, a, "unicode");
      const json = await a.get("/exercises?q=Übung");
      expect(json.body.some((e: { name: string }) => e.name === HOSTILE_NAME)).toBe(true);
      const res = await fetchWith(a.cookie, "/reports/clinician?format=pdf");
      expect(res.status).toBe(200);
    });
  });
}
