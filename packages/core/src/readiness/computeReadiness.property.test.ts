import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NerveEntry } from "../records/checkin.js";
import { EVERYDAY_PAIN, NERVE_KINDS, NERVE_TRENDS, RED_FLAG_KEYS, REGIONS, type RedFlagKey } from "../records/vocab.js";
import { addDays } from "../time.js";
import { computeReadiness } from "./computeReadiness.js";
import type { ReadinessCheckin, ReadinessInput } from "./inputs.js";
import { READINESS_REASON_TIERS, type ReadinessReasonCode } from "./reasons.js";
import { R1_RED_FLAG_KEYS } from "./redFlagQuestions.js";
import { tierSeverityRank } from "./tiers.js";

const TODAY = "2024-06-30";
const hh = (h: number) => String(h).padStart(2, "0");

const answer = fc.oneof(
  { arbitrary: fc.constant<boolean | null>(false), weight: 12 },
  { arbitrary: fc.constant<boolean | null>(null), weight: 2 },
  { arbitrary: fc.constant<boolean | null>(true), weight: 1 },
);
const redFlags = fc.record(
  Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, answer])) as Record<RedFlagKey, typeof answer>,
);
const nerveEntry: fc.Arbitrary<NerveEntry> = fc.record({
  kind: fc.constantFrom(...NERVE_KINDS),
  region: fc.constantFrom(...REGIONS),
  trend: fc.constantFrom(...NERVE_TRENDS),
});
const nerveList = fc.oneof(
  { arbitrary: fc.constant<NerveEntry[]>([]), weight: 4 },
  { arbitrary: fc.array(nerveEntry, { minLength: 1, maxLength: 3 }), weight: 1 },
);
const checkinOn = (date: string): fc.Arbitrary<ReadinessCheckin> =>
  fc
    .record({
      painNow: fc.integer({ min: 0, max: 10 }),
      everydayPain: fc.constantFrom(...EVERYDAY_PAIN),
      nerve: nerveList,
      redFlags,
      hour: fc.integer({ min: 0, max: 23 }),
    })
    .map(({ hour, ...c }) => ({ date, ...c, createdAt: `${date}T${hh(hour)}:00:00Z` }));

/** A random history of up to 45 days before TODAY, today's check-in, sessions and clearances. */
const history: fc.Arbitrary<{ input: ReadinessInput; today: ReadinessCheckin }> = fc
  .record({
    past: fc.uniqueArray(fc.integer({ min: 1, max: 45 }), { maxLength: 35 }),
    clearances: fc.array(fc.record({ back: fc.integer({ min: 0, max: 45 }), hour: fc.integer({ min: 0, max: 23 }) }), {
      maxLength: 2,
    }),
    sessions: fc.array(
      fc.record({ back: fc.integer({ min: 0, max: 2 }), painBefore: fc.option(fc.integer({ min: 0, max: 10 })) }),
      { maxLength: 2 },
    ),
  })
  .chain(({ past, clearances, sessions }) =>
    fc
      .record({ pastCheckins: fc.tuple(...past.map((n) => checkinOn(addDays(TODAY, -n)))), today: checkinOn(TODAY) })
      .map(({ pastCheckins, today }) => ({
        today,
        input: {
          date: TODAY,
          checkins: [...pastCheckins, today],
          sessions: sessions.map((s) => ({ date: addDays(TODAY, -s.back), painBefore: s.painBefore })),
          clearances: clearances.map((c) => {
            const date = addDays(TODAY, -c.back);
            return { date, recordedAt: `${date}T${hh(c.hour)}:30:00Z` };
          }),
          timeZone: "UTC",
        },
      })),
  );

/** The input with today's check-in replaced. */
function withToday(input: ReadinessInput, today: ReadinessCheckin, next: ReadinessCheckin): ReadinessInput {
  return { ...input, checkins: input.checkins.map((c) => (c === today ? next : c)) };
}
const rank = (input: ReadinessInput) => tierSeverityRank(computeReadiness(input).tier);

describe("readiness properties", () => {
  it("S0.2: adding a yes to today's check-in never lowers the severity", () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...RED_FLAG_KEYS), ({ input, today }, key) => {
        // Answering a question that was open can complete the set and lift R4; that is answering, not adding.
        fc.pre(today.redFlags?.[key] === false || (input.clearances ?? []).length === 0);
        const next = { ...today, redFlags: { ...today.redFlags, [key]: true } };
        expect(rank(withToday(input, today, next))).toBeLessThanOrEqual(rank(input));
      }),
    );
  });

  it("R1: with no clearance, a yes to any R1 question gives R1 whatever else is true", () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...R1_RED_FLAG_KEYS), ({ input, today }, key) => {
        const next = { ...today, redFlags: { ...today.redFlags, [key]: true } };
        const r = computeReadiness({ ...withToday(input, today, next), clearances: [] });
        expect(r.tier).toBe("R1");
      }),
    );
  });

  it("R3: raising today's pain never lowers the severity", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 10 }), ({ input, today }, rise) => {
        const next = { ...today, painNow: Math.min(10, today.painNow + rise) };
        expect(rank(withToday(input, today, next))).toBeLessThanOrEqual(rank(input));
      }),
    );
  });

  it("R2: worsening or adding a nerve symptom today never lowers the severity", () => {
    fc.assert(
      fc.property(history, nerveEntry, fc.nat(), ({ input, today }, extra, pick) => {
        const entries = today.nerve ?? [];
        const worsened = entries.map((e, i) =>
          i === pick % Math.max(1, entries.length) ? { ...e, trend: "worse" as const } : e,
        );
        expect(rank(withToday(input, today, { ...today, nerve: worsened }))).toBeLessThanOrEqual(rank(input));
        expect(rank(withToday(input, today, { ...today, nerve: [...entries, extra] }))).toBeLessThanOrEqual(
          rank(input),
        );
      }),
    );
  });

  it("R5: a missing answer never counts as all clear (a no turned into not answered never lowers the severity)", () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...RED_FLAG_KEYS), ({ input, today }, key) => {
        fc.pre(today.redFlags?.[key] === false);
        const next = { ...today, redFlags: { ...today.redFlags, [key]: null } };
        expect(rank(withToday(input, today, next))).toBeLessThanOrEqual(rank(input));
      }),
    );
  });

  it("R5: full training only with pain 0-2, no everyday pain, a check-in and nothing due", () => {
    fc.assert(
      fc.property(history, fc.boolean(), ({ input, today }, dropToday) => {
        const used = dropToday ? { ...input, checkins: input.checkins.filter((c) => c !== today) } : input;
        const r = computeReadiness(used);
        if (r.tier === "R5") {
          expect(dropToday).toBe(false);
          expect(today.painNow).toBeLessThanOrEqual(2);
          expect(today.everydayPain).toBe("none");
          expect(r.askRedFlags).toBe(false);
        }
        if (r.askRedFlags) expect(r.reasons.map((x) => x.code)).toContain("RED_FLAGS_DUE");
      }),
    );
  });

  it("S0.2: every reason belongs to the chosen tier (the due questions aside), and there is always one", () => {
    fc.assert(
      fc.property(history, ({ input }) => {
        const r = computeReadiness(input);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) {
          const code = reason.code as ReadinessReasonCode;
          if (code !== "RED_FLAGS_DUE") expect(READINESS_REASON_TIERS[code]).toBe(r.tier);
          expect(reason.message).not.toMatch(/!|push through/i);
        }
      }),
    );
  });

  it("R2: a clearance recorded after every check-in lifts every R1 and R2 lock", () => {
    fc.assert(
      fc.property(history, ({ input }) => {
        const clearances = [...(input.clearances ?? []), { date: TODAY, recordedAt: `${TODAY}T23:59:00Z` }];
        expect(["R3", "R4", "R5"]).toContain(computeReadiness({ ...input, clearances }).tier);
      }),
    );
  });

  it("R4: the answer does not depend on the order of the input lists", () => {
    fc.assert(
      fc.property(history, fc.func(fc.integer()), ({ input }, order) => {
        const shuffled = [...input.checkins].sort(
          (a, b) => order(a.date) - order(b.date) || (a.date < b.date ? -1 : 1),
        );
        expect(computeReadiness({ ...input, checkins: shuffled })).toEqual(computeReadiness(input));
      }),
    );
  });
});
