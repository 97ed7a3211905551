import { describe, expect, it } from "vitest";
import { HABIT_FACTORS, type HabitLink, habitLinks } from "./habits.js";
import { day, mkCheckin } from "./testkit.js";
import type { InsightCheckin, InsightDailyEntry } from "./types.js";

/** `n` consecutive check-ins (days 0..n-1) with pain 3 and no habit answers. */
function plainDays(n: number): InsightCheckin[] {
  return Array.from({ length: n }, (_, i) => mkCheckin(i, 3));
}

function link(list: HabitLink[], factor: string): HabitLink {
  const l = list.find((x) => x.factor === factor);
  if (!l) throw new Error(`no ${factor}`);
  return l;
}

/**
 * 40 days of check-ins: on `withDays` days the check-in says the user sat 6 hours or more (pain next morning 5),
 * on `withoutDays` days less (pain next morning 2). Each answer sits on an even day; its outcome is the odd day after.
 */
function sittingLog(withDays: number, withoutDays: number): InsightCheckin[] {
  const byDay = new Map<number, InsightCheckin>(plainDays(40).map((c, i) => [i, c]));
  let d = 0;
  const answer = (hours: number, nextPain: number) => {
    byDay.set(d, mkCheckin(d, 3, { habits: { lumbarSupport: null, foamRolling: null, sittingHours: hours } }));
    byDay.set(d + 1, mkCheckin(d + 1, nextPain));
    d += 2;
  };
  for (let i = 0; i < withDays; i++) answer(8, 5);
  for (let i = 0; i < withoutDays; i++) answer(2, 2);
  return [...byDay.values()];
}

describe("T3 habit links", () => {
  it.each([
    { days: 29, shown: false },
    { days: 30, shown: true },
  ])("T3: $days days of check-ins -> shown: $shown", ({ days, shown }) => {
    const list = habitLinks({ checkins: plainDays(days) });
    expect(list.length > 0).toBe(shown);
  });

  it("T3: before 30 days nothing at all is shown, even with strong patterns", () => {
    const checkins = sittingLog(5, 5).filter((c) => c.date < day(29));
    expect(new Set(checkins.map((c) => c.date)).size).toBe(29);
    expect(habitLinks({ checkins })).toEqual([]);
  });

  it("T3: two check-ins on one day count as one check-in day", () => {
    const checkins = [...plainDays(29), mkCheckin(5, 4)];
    expect(habitLinks({ checkins })).toEqual([]);
  });

  it.each([
    { withDays: 2, withoutDays: 5, delta: null },
    { withDays: 3, withoutDays: 2, delta: null },
    { withDays: 3, withoutDays: 3, delta: 3 },
    { withDays: 6, withoutDays: 4, delta: 3 },
  ])("T3: $withDays days with and $withoutDays without give delta $delta", ({ withDays, withoutDays, delta }) => {
    const l = link(habitLinks({ checkins: sittingLog(withDays, withoutDays) }), "sitting-6h");
    expect(l.daysWith).toBe(withDays);
    expect(l.daysWithout).toBe(withoutDays);
    expect(l.nextDayPainDelta).toBe(delta);
  });

  it("T3: the summary is worded as an association, never as a cause", () => {
    const l = link(habitLinks({ checkins: sittingLog(4, 4) }), "sitting-6h");
    expect(l.summary).toBe(
      "After days you sat for 6 hours or more, your pain the next morning was 3 points higher on average than after days you sat less (4 days with, 4 without). This is a pattern in your log, not proof of cause.",
    );
    for (const x of habitLinks({ checkins: sittingLog(4, 4) })) {
      expect(x.summary).not.toMatch(/because|causes|caused by|!/i);
    }
  });

  it("T3: days without an answer are neither with nor without", () => {
    const l = link(habitLinks({ checkins: sittingLog(3, 3) }), "lumbar-support");
    expect(l.daysWith + l.daysWithout).toBe(0);
    expect(l.nextDayPainDelta).toBeNull();
    expect(l.summary).toContain("at least 3 of each");
  });

  it("T3: the sleep answers of a check-in link to that same morning's pain (they describe the night before)", () => {
    const checkins = plainDays(40).map((c, i) =>
      i < 10
        ? mkCheckin(i, i % 2 === 0 ? 1 : 4, {
            sleep: { hours: i % 2 === 0 ? 8 : 5, quality: 3, position: "side", supportUsed: i % 2 === 0 },
          })
        : c,
    );
    const list = habitLinks({ checkins });
    expect(link(list, "support-pillow").nextDayPainDelta).toBe(-3);
    expect(link(list, "short-sleep").nextDayPainDelta).toBe(3);
    expect(link(list, "support-pillow").summary).toContain("3 points lower");
  });

  it("T3: daily entries mark factors too: pillow, lumbar support, blood-flow work and water", () => {
    const checkins = plainDays(40).map((c, i) => (i >= 1 && i <= 3 ? mkCheckin(i, 1) : c));
    const daily: InsightDailyEntry[] = [];
    for (let i = 0; i < 3; i++) {
      daily.push({ date: day(i), kind: "blood-flow", name: "foam-rolling", minutes: 10 });
      daily.push({ date: day(i), kind: "support", name: "lumbar", used: true });
      daily.push({ date: day(i + 1), kind: "support", name: "pillow", used: true });
      daily.push({ date: day(i), kind: "water", amountMl: 1500 }, { date: day(i), kind: "water", amountMl: 1000 });
    }
    for (let i = 10; i < 14; i++) {
      daily.push({ date: day(i), kind: "support", name: "lumbar", used: false });
      daily.push({ date: day(i + 1), kind: "support", name: "pillow", used: false });
      daily.push({ date: day(i), kind: "water", amountMl: 900 });
    }
    const list = habitLinks({ checkins, daily, waterTargetMl: (d) => (d === day(0) ? 2500 : 2000) });
    expect(link(list, "lumbar-support")).toMatchObject({ daysWith: 3, daysWithout: 4, nextDayPainDelta: -2 });
    expect(link(list, "support-pillow")).toMatchObject({ daysWith: 3, daysWithout: 4, nextDayPainDelta: -2 });
    expect(link(list, "water-target")).toMatchObject({ daysWith: 3, daysWithout: 4, nextDayPainDelta: -2 });
    // Blood-flow work is only ever logged as done here, so there is nothing to compare against.
    expect(link(list, "blood-flow")).toMatchObject({ daysWith: 3, daysWithout: 0, nextDayPainDelta: null });
  });

  it("T3: a yes from any source wins over a no for the same day", () => {
    const checkins = plainDays(40).map((c, i) =>
      i < 3 ? mkCheckin(i, 3, { habits: { lumbarSupport: false, foamRolling: false, sittingHours: null } }) : c,
    );
    const daily: InsightDailyEntry[] = [0, 1, 2].map((i) => ({
      date: day(i),
      kind: "support",
      name: "lumbar",
      used: true,
    }));
    expect(link(habitLinks({ checkins, daily }), "lumbar-support").daysWith).toBe(3);
  });

  it("T3: the water factor is left out without a target; every other factor is listed in a fixed order", () => {
    const list = habitLinks({ checkins: plainDays(30) });
    expect(list.map((x) => x.factor)).toEqual(HABIT_FACTORS.filter((f) => f !== "water-target"));
  });
});
