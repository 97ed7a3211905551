import { describe, expect, it } from "vitest";
import { addDays } from "../time.js";
import { LEARN_PIECES, learnPieceById, learnPieceForDay, learnPieceWords } from "./learn.js";
import { DAILY_SOURCES } from "./sources.js";

const LINKS = ["/today", "/checkin", "/plan", "/library", "/insights", "/me"];

describe("LEARN_PIECES", () => {
  it("covers tolerance, nerve symptoms, glutes and core, guarding, the belt, posture and sleep, nourishment", () => {
    expect(LEARN_PIECES.map((p) => p.id)).toEqual([
      "finding-your-tolerance",
      "nerve-symptoms",
      "glutes-and-core",
      "guarding-and-alignment",
      "the-belt",
      "posture-and-sleep",
      "nourishment",
    ]);
  });

  it.each(LEARN_PIECES.map((p) => [p.id, p] as const))(
    "S0.4: %s is 120-250 words, calm, with known sources",
    (_id, p) => {
      const words = learnPieceWords(p);
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(250);
      const all = [p.title, p.summary, ...p.body].join(" ");
      expect(all).not.toMatch(/!|push through|cure|guarantee/i);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(DAILY_SOURCES[s]).toBeDefined();
      expect(LINKS).toContain(p.linkTo);
      expect(p.linkLabel.length).toBeGreaterThan(0);
      for (const para of p.body) expect(para.trim().length).toBeGreaterThan(0);
    },
  );

  it("S0.2: the nerve-symptoms piece sends the emergency signs to emergency care", () => {
    const text = learnPieceById("nerve-symptoms")?.body.join(" ") ?? "";
    for (const sign of [/bladder or bowels/, /numbness around the genitals/, /both legs/, /emergency/]) {
      expect(text).toMatch(sign);
    }
  });

  it("N2: the nourishment piece gives no dosing advice and points to a doctor or pharmacist", () => {
    const text = learnPieceById("nourishment")?.body.join(" ") ?? "";
    expect(text).toMatch(/doctor or pharmacist/);
    expect(text).toMatch(/does not tell you how much to take/);
  });

  it("D3: the posture piece carries the morning caution", () => {
    expect(learnPieceById("posture-and-sleep")?.body.join(" ")).toMatch(/first hour/);
  });

  it("an unknown id finds nothing", () => {
    expect(learnPieceById("nope")).toBeUndefined();
  });
});

describe("learnPieceForDay", () => {
  it("shows every piece once over as many days, and the same piece all day", () => {
    const days = LEARN_PIECES.map((_, i) => addDays("2026-03-10", i));
    const ids = days.map((d) => learnPieceForDay(d)?.id);
    expect(new Set(ids).size).toBe(LEARN_PIECES.length);
    expect(learnPieceForDay("2026-03-10")?.id).toBe(ids[0]);
  });

  it.each([
    ["R1", null],
    ["R2", "nerve-symptoms"],
    ["R3", "finding-your-tolerance"],
  ] as const)("S0.2: at tier %s the piece is %s", (tier, id) => {
    expect(learnPieceForDay("2026-03-10", tier)?.id ?? null).toBe(id);
  });
});
