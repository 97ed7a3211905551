import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp } from "@spotter/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "./report.js";

const NOW = Date.parse("2026-11-25T09:00:00Z");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("spotter report", () => {
  const dir = mkdtempSync(join(tmpdir(), "spotter-report-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const db = await openDatabase({ dataDir: dir });
    try {
      const app = createApp({ db, now: () => NOW, newId: () => uuidv7(NOW), registration: "open" });
      const reg = await app.request("/api/v1/auth/register", {
        method: "POST",
        body: JSON.stringify({ email: "cli@example.com", password: "correct horse 1" }),
      });
      const cookie = (reg.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const res = await app.request("/api/v1/checkins", {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({
          clientId: crypto.randomUUID(),
          date: "2026-11-24",
          painNow: 4,
          everydayPain: "some",
          note: "cli <marker>",
        }),
      });
      expect(res.status).toBe(201);
    } finally {
      await db.close();
    }
  });

  it("X3: prints the HTML report, or the model with --json, for a user's range", async () => {
    const html = capture();
    const args = ["--data", dir, "--user", "CLI@example.com", "--from", "2026-11-01", "--to", "2026-11-25"];
    expect(await reportCommand(args, html.io, () => NOW)).toBe(0);
    expect(html.out.join("")).toContain("cli &lt;marker&gt;");
    const json = capture();
    expect(await reportCommand([...args, "--json"], json.io, () => NOW)).toBe(0);
    const report = JSON.parse(json.out.join(""));
    expect(report).toMatchObject({ from: "2026-11-01", to: "2026-11-25" });
    expect(report.checkins[0]).toMatchObject({ date: "2026-11-24", pain: 4, note: "cli <marker>" });
  });

  it("X3: --pdf writes a PDF file", async () => {
    const file = join(dir, "out.pdf");
    const c = capture();
    expect(await reportCommand(["--data", dir, "--user", "cli@example.com", "--pdf", file], c.io, () => NOW)).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(c.err.join("")).toContain("2026-08-28 to 2026-11-25");
  });

  it("X3: bad arguments exit 2 naming the option; an unknown user exits 1", async () => {
    const bad = capture();
    expect(
      await reportCommand(
        ["--data", dir, "--user", "cli@example.com", "--from", "2026-12-01", "--to", "2026-11-01"],
        bad.io,
        () => NOW,
      ),
    ).toBe(2);
    expect(bad.err.join("")).toContain("--from is after to");
    const format = capture();
    expect(await reportCommand(["--data", dir, "--user", "cli@example.com", "--from", "1 Nov"], format.io)).toBe(2);
    expect(await reportCommand(["--data", dir], capture().io)).toBe(2);
    expect(await reportCommand(["--data", dir, "--user", "cli@example.com", "--colour"], capture().io)).toBe(2);
    const none = capture();
    expect(await reportCommand(["--data", dir, "--user", "nobody@example.com"], none.io)).toBe(1);
    expect(none.err.join("")).toContain("no account");
  });
});
