/** The operator's CLI verbs (issue 20): accounts without ever showing a password, backups with retention, restore. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findUserByEmail, openDatabase } from "@spotter/db";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../index.js";

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "spotter-cli-ops-"));
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const data = () => ["--data", join(dir, "data")];
const run = (...args: string[]) => main([...args, ...data()]);

describe("spotter user", () => {
  it("the first account added is the admin; invite and reset print single-use links, never a password", async () => {
    vi.stubEnv("SPOTTER_PUBLIC_URL", "https://spotter.example/");
    expect(await run("user", "add", "owner@example.com", "--password", "long enough 1")).toBe(0);
    expect(out.pop()).toBe("Created owner@example.com (admin).");
    expect(await run("user", "add", "member@example.com", "--password", "long enough 2")).toBe(0);
    expect(out.pop()).toBe("Created member@example.com.");
    expect(await run("user", "invite", "new@example.com")).toBe(0);
    expect(out.pop()).toMatch(
      /^Invite for new@example.com, usable once until .+:\nhttps:\/\/spotter\.example\/register#invite=\S+$/,
    );
    expect(await run("user", "reset-password", "member@example.com")).toBe(0);
    const reset = out.pop() as string;
    expect(reset).toMatch(
      /^Reset link for member@example.com, usable once until .+:\nhttps:\/\/spotter\.example\/reset-password#token=\S+$/,
    );
    expect(reset).not.toMatch(/password:/i);
    expect(await run("user", "list", "--json")).toBe(0);
    const listed = JSON.parse(out.pop() as string);
    expect(listed.map((a: { email: string; role: string }) => `${a.email} ${a.role}`)).toEqual([
      "owner@example.com admin",
      "member@example.com user",
    ]);
    expect(Object.keys(listed[0]).sort()).toEqual([
      "createdAt",
      "disabled",
      "email",
      "lastActiveAt",
      "records",
      "role",
    ]);
  });

  it("disables, enables, promotes and deletes (deletion asks for --yes, and never the only admin)", async () => {
    await run("user", "add", "owner@example.com", "--password", "long enough 1");
    await run("user", "add", "member@example.com", "--password", "long enough 2");
    expect(await run("user", "disable", "member@example.com")).toBe(0);
    const db = await openDatabase({ dataDir: join(dir, "data") });
    try {
      expect((await findUserByEmail(db.kysely, "member@example.com"))?.disabledAt).toBeGreaterThan(0);
      expect(await run("user", "enable", "member@example.com")).toBe(0);
      expect((await findUserByEmail(db.kysely, "member@example.com"))?.disabledAt).toBeNull();
      expect(await run("user", "delete", "member@example.com")).toBe(2);
      expect(err.pop()).toMatch(/Add --yes/);
      expect(await run("user", "delete", "owner@example.com", "--yes")).toBe(1);
      expect(err.pop()).toMatch(/only admin/);
      expect(await run("user", "promote", "member@example.com")).toBe(0);
      expect(await run("user", "delete", "owner@example.com", "--yes")).toBe(0);
      expect(await findUserByEmail(db.kysely, "owner@example.com")).toBeUndefined();
      expect(await run("user", "disable", "nobody@example.com")).toBe(1);
    } finally {
      await db.close();
    }
  });
});

describe("spotter backup and restore", () => {
  it("keeps the newest --keep snapshots, and restores only into an empty data folder", async () => {
    await run("user", "add", "owner@example.com", "--password", "long enough 1");
    const backups = join(dir, "backups");
    for (let i = 0; i < 4; i++) {
      expect(await run("backup", "--out", backups, "--keep", "2")).toBe(0);
      await new Promise((r) => setTimeout(r, 5));
    }
    const kept = readdirSync(backups).sort();
    expect(kept).toHaveLength(2);
    expect(await main(["backup", "--out", backups, "--keep", "0", ...data()])).toBe(2);
    const file = join(backups, kept[1] as string);
    expect(await main(["restore", file, ...data()])).toBe(1);
    expect(err.pop()).toMatch(/already holds a Spotter database; restore into an empty data folder/);
    const fresh = join(dir, "fresh");
    expect(await main(["restore", file, "--data", fresh])).toBe(0);
    const db = await openDatabase({ dataDir: fresh });
    try {
      expect((await findUserByEmail(db.kysely, "owner@example.com"))?.role).toBe("admin");
    } finally {
      await db.close();
    }
    expect(await main(["restore", join(dir, "nothing.db"), "--data", join(dir, "other")])).toBe(1);
    expect(err.pop()).toMatch(/There is no file/);
  });
});
