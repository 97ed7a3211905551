import { describe, expect, it } from "vitest";
import type { SleepPosition } from "../records/vocab.js";
import { type DailyCardsInput, dailyCards, sittingCard, sleepCards, sleepSupportQuestion } from "./cards.js";
import { DAILY_SOURCES } from "./sources.js";

const profile = {
  sleepPosition: "side" as SleepPosition,
  sittingHours: 8,
  reminders: { from: "08:00", to: "21:00", breakMinutes: 45 },
  timeZone: "UTC",
  bodyWeightKg: 80,
};
const input = (over: Partial<DailyCardsInput> = {}): DailyCardsInput => ({
  profile,
  date: "2026-03-10",
  isTrainingDay: false,
  ...over,
});
const ids = (cards: { id: string }[]) => cards.map((c) => c.id);

describe("sleepCards", () => {
  it.each([
    ["side", ["sleep-side"], /pillow between your knees/],
    ["back", ["sleep-back"], /pillow under your knees/],
    ["stomach", ["sleep-stomach"], /thin pillow under your hips/],
    ["mixed", ["sleep-side", "sleep-back"], /pillow between your knees/],
  ] as const)("D1: %s sleepers get %j", (position, expected, text) => {
    const cards = sleepCards(position);
    expect(ids(cards)).toEqual(expected);
    expect(cards.map((c) => c.text).join(" ")).toMatch(text);
    for (const c of cards) expect(c.rule).toBe("D1");
  });

  it("D1: stomach sleepers are invited to try the side or the back", () => {
    const [card] = sleepCards("stomach");
    expect(card?.text).toMatch(/side/);
    expect(card?.text).toMatch(/back/);
  });

  it("D1: mixed sleepers see both the knee pillow and the under-knee pillow", () => {
    const text = sleepCards("mixed")
      .map((c) => c.text)
      .join(" ");
    expect(text).toMatch(/between your knees/);
    expect(text).toMatch(/under your knees/);
  });

  it.each([
    ["side", "Did you sleep with a pillow between your knees?"],
    ["back", "Did you sleep with a pillow under your knees?"],
    ["stomach", "Did you sleep with a thin pillow under your hips?"],
  ] as const)("D1: the check-in asks %s sleepers whether the support was used", (position, q) => {
    expect(sleepSupportQuestion(position)).toBe(q);
  });
});

describe("sittingCard", () => {
  it("D2: names lumbar support, flat feet, relaxed shoulders, hips above knees and the break interval", () => {
    const c = sittingCard({ from: "09:00", to: "18:00", breakMinutes: 45 });
    expect(c.rule).toBe("D2");
    expect(c.text).toMatch(/lower back/);
    expect(c.text).toMatch(/feet flat/);
    expect(c.text).toMatch(/shoulders loose/);
    expect(c.text).toMatch(/hips a little higher than your knees/);
    expect(c.text).toMatch(/Every 45 minutes/);
    expect(c.text).toMatch(/09:00 and 18:00/);
  });

  it("D2: a changed interval shows in the card", () => {
    expect(sittingCard({ from: "08:00", to: "21:00", breakMinutes: 30 }).text).toMatch(/Every 30 minutes/);
  });
});

describe("dailyCards", () => {
  it("D3: the morning card is there every day and cites Snook 1998", () => {
    for (const isTrainingDay of [true, false]) {
      const card = dailyCards(input({ isTrainingDay })).find((c) => c.id === "morning-bending");
      expect(card?.rule).toBe("D3");
      expect(card?.sources).toContain("snook-1998");
      expect(card?.text).toMatch(/hour/);
      expect(card?.text).toMatch(/bending all the way forward/);
    }
  });

  it.each([
    [8, true],
    [4, true],
    [3, false],
    [null, false],
  ])("D2: %s hours of sitting -> sitting card %s", (sittingHours, shown) => {
    const cards = dailyCards(input({ profile: { ...profile, sittingHours } }));
    expect(ids(cards).includes("sitting")).toBe(shown);
  });

  it("D1: last night's position from the check-in wins over the profile's", () => {
    expect(ids(dailyCards(input({ sleepPosition: "back" })))).toContain("sleep-back");
    expect(ids(dailyCards(input({ sleepPosition: "back" })))).not.toContain("sleep-side");
  });

  it("N3: a rest day gets the rest-day card, a training day does not", () => {
    expect(ids(dailyCards(input({ isTrainingDay: false })))).toContain("rest-day-blood-flow");
    expect(ids(dailyCards(input({ isTrainingDay: true })))).not.toContain("rest-day-blood-flow");
  });

  it("N1: a training day names the extra water for training", () => {
    const card = dailyCards(input({ isTrainingDay: true, trainingHours: 1.5 })).find((c) => c.id === "water-training");
    expect(card?.text).toMatch(/750 mL/);
  });

  it("N1: without a body weight a card asks for it", () => {
    const cards = dailyCards(input({ profile: { ...profile, bodyWeightKg: null }, waterFloorMl: 2000 }));
    expect(cards.find((c) => c.id === "water-body-weight")?.text).toMatch(/2,000 mL/);
  });

  it("N2: logging calcium brings the elemental-calcium card", () => {
    const card = dailyCards(input({ calciumLogged: true })).find((c) => c.id === "supplement-calcium");
    expect(card?.text).toMatch(/elemental calcium/);
  });

  it("S0.2: an R1 day carries no cards, its only message is to get urgent care", () => {
    expect(dailyCards(input({ tier: "R1" }))).toEqual([]);
  });

  it.each([
    ["2026-03-10T06:30:00Z", "morning-bending"],
    ["2026-03-10T14:00:00Z", "sitting"],
    ["2026-03-10T21:30:00Z", "sleep-side"],
    ["2026-03-11T06:30:00Z", "morning-bending"], // another day: default order
  ])("D1/D2/D3: at %s the first card is %s", (now, first) => {
    expect(dailyCards(input({ nowMs: Date.parse(now) }))[0]?.id).toBe(first);
  });

  it("D1/D2/D3: every card's text is calm (no exclamation marks, no 'push through') and its sources are known", () => {
    const positions: SleepPosition[] = ["side", "back", "stomach", "mixed"];
    for (const sleepPosition of positions) {
      const cards = dailyCards(
        input({
          profile: { ...profile, sleepPosition, bodyWeightKg: null },
          waterFloorMl: 1600,
          calciumLogged: true,
          isTrainingDay: sleepPosition === "back",
          trainingHours: 1,
        }),
      );
      for (const c of cards) {
        expect(c.text).not.toMatch(/!|push through/i);
        expect(c.title).not.toMatch(/!/);
        expect(c.sources.length).toBeGreaterThan(0);
        for (const s of c.sources) expect(DAILY_SOURCES[s]).toBeDefined();
      }
    }
  });
});
