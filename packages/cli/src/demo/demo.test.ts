import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp } from "@spotter/server";
import { afterAll, describe, expect, it } from "vitest";
import { demoCommand } from "../commands/demo.js";

describe("spotter demo", () => {
  const dir = mkdtempSync(join(tmpdir(), "spotter-demo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("T2: 12 weeks of history that show at least one trigger and one tolerated exercise", async () => {
    const log = console.log;
    console.log = () => {};
    try {
      expect(await demoCommand(["--data", dir, "--email", "demo@example.com"])).toBe(0);
    } finally {
      console.log = log;
    }
    const db = await openDatabase({ dataDir: dir });
    try {
      const app = createApp({ db, now: () => Date.now(), newId: () => uuidv7(), registration: "open" });
      const login = await app.request("/api/v1/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: "demo@example.com", password: "spotter-demo" }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const get = async (path: string) => (await app.request(`/api/v1${path}`, { headers: { cookie } })).json();
      const triggers = (await get("/insights/triggers")) as { subject: { exerciseId?: string }; status: string }[];
      const found = triggers.filter((t) => t.subject.exerciseId);
      expect(found.find((t) => t.subject.exerciseId === "leg-press-reclined")?.status).toBe("trigger");
      expect(found.some((t) => t.status === "tolerated")).toBe(true);
      const sessions = (await get("/sessions")) as unknown[];
      expect(sessions.length).toBeGreaterThanOrEqual(30);
      const checkins = (await get("/checkins")) as unknown[];
      expect(checkins).toHaveLength(84);
      const habits = (await get("/insights/habits")) as { factor: string }[];
      expect(habits.map((h) => h.factor)).toContain("support-pillow");
      const plan = (await get("/plans/current")) as { days: { blocks: { items: { exerciseId: string }[] }[] }[] };
      const planned = plan.days.flatMap((d) => d.blocks.flatMap((b) => b.items.map((i) => i.exerciseId)));
      expect(planned).not.toContain("leg-press-reclined");
    } finally {
      await db.close();
    }
  }, 120_000);
});
