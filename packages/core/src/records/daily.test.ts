import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dailyEntryFromInput, dailyEntryInputSchema } from "./daily.js";

const base = { clientId: "0190a5b4-7c1e-7aaa-8bbb-123456789abc", date: "2026-03-10" };

function pathsOf(body: unknown): string[] {
  const r = dailyEntryInputSchema.safeParse(body);
  if (r.success) return [];
  return r.error.issues.map((i) => i.path.join("."));
}

describe("dailyEntryInputSchema: good input", () => {
  it.each([
    ["water", { kind: "water", amountMl: 250 }],
    ["water at the 10 L limit", { kind: "water", amountMl: 10_000 }],
    ["water with a label", { kind: "water", amountMl: 330, name: "sparkling" }],
    ["calcium", { kind: "supplement", name: "Calcium", amount: 500, unit: "mg" }],
    ["vitamin D in IU", { kind: "supplement", name: "Vitamin D3", amount: 1000, unit: "IU" }],
    ["vitamin D at 100,000 IU", { kind: "supplement", name: "Vitamin D3", amount: 100_000, unit: "IU" }],
    ["vitamin D in ug", { kind: "supplement", name: "D3", amount: 25, unit: "ug" }],
    ["a tablet", { kind: "supplement", name: "Multivitamin", amount: 1, unit: "tablet" }],
    ["half a tablet", { kind: "supplement", name: "Calcium", amount: 0.5, unit: "tablet" }],
    ["foam rolling", { kind: "blood-flow", name: "foam-rolling", minutes: 10 }],
    ["a 240-minute walk", { kind: "blood-flow", name: "walking", minutes: 240 }],
    ["a break", { kind: "break" }],
    ["a timed break", { kind: "break", minutes: 3, at: "2026-03-10T09:45:00+01:00" }],
    ["pillow used", { kind: "support", used: true }],
    ["lumbar support not used", { kind: "support", name: "lumbar", used: false }],
    ["nulls for fields of other kinds", { kind: "water", amountMl: 250, unit: null, minutes: null }],
  ])("N1/N2/N3/D1/D2: accepts %s", (_label, body) => {
    expect(dailyEntryInputSchema.safeParse({ ...base, ...body }).success).toBe(true);
  });
});

describe("dailyEntryInputSchema: bad input names the field", () => {
  it.each([
    ["N1: water over 10 L", { kind: "water", amountMl: 10_001 }, "amountMl"],
    ["N1: water of 0 mL", { kind: "water", amountMl: 0 }, "amountMl"],
    ["N1: negative water", { kind: "water", amountMl: -250 }, "amountMl"],
    ["N1: fractional millilitres", { kind: "water", amountMl: 250.5 }, "amountMl"],
    ["N1: water without an amount", { kind: "water" }, "amountMl"],
    [
      "N2: vitamin D over 100,000 IU",
      { kind: "supplement", name: "Vitamin D3", amount: 100_001, unit: "IU" },
      "amount",
    ],
    [
      "N2: vitamin D over 100,000 IU given in ug",
      { kind: "supplement", name: "vit d", amount: 2600, unit: "ug" },
      "amount",
    ],
    [
      "N2: any supplement over 100,000 IU",
      { kind: "supplement", name: "Vitamin A", amount: 200_000, unit: "IU" },
      "amount",
    ],
    [
      "N2: calcium over 10 g in one dose",
      { kind: "supplement", name: "Calcium", amount: 12_000, unit: "mg" },
      "amount",
    ],
    ["N2: a negative amount", { kind: "supplement", name: "Calcium", amount: -500, unit: "mg" }, "amount"],
    ["N2: a zero amount", { kind: "supplement", name: "Calcium", amount: 0, unit: "mg" }, "amount"],
    ["N2: a missing unit", { kind: "supplement", name: "Calcium", amount: 500 }, "unit"],
    ["N2: an unknown unit", { kind: "supplement", name: "Calcium", amount: 500, unit: "spoons" }, "unit"],
    ["N2: calcium in IU", { kind: "supplement", name: "Calcium", amount: 500, unit: "IU" }, "unit"],
    ["N2: a missing name", { kind: "supplement", amount: 500, unit: "mg" }, "name"],
    ["N2: a blank name", { kind: "supplement", name: "   ", amount: 500, unit: "mg" }, "name"],
    ["N2: a missing amount", { kind: "supplement", name: "Calcium", unit: "mg" }, "amount"],
    ["N2: 50 tablets", { kind: "supplement", name: "Calcium", amount: 50, unit: "tablet" }, "amount"],
    ["N3: blood-flow without minutes", { kind: "blood-flow", name: "massage" }, "minutes"],
    ["N3: blood-flow over 240 minutes", { kind: "blood-flow", name: "massage", minutes: 241 }, "minutes"],
    ["N3: blood-flow of 0 minutes", { kind: "blood-flow", name: "massage", minutes: 0 }, "minutes"],
    ["N3: an unknown kind of blood-flow work", { kind: "blood-flow", name: "sauna", minutes: 20 }, "name"],
    ["N3: blood-flow without its kind", { kind: "blood-flow", minutes: 20 }, "name"],
    ["D2: a break over 120 minutes", { kind: "break", minutes: 121 }, "minutes"],
    ["D1: support without used", { kind: "support" }, "used"],
    ["D1: an unknown support", { kind: "support", name: "brace", used: true }, "name"],
    ["N1: a field of another kind", { kind: "water", amountMl: 250, minutes: 5 }, "minutes"],
    [
      "N2: amountMl on a supplement",
      { kind: "supplement", name: "Calcium", amount: 5, unit: "mg", amountMl: 5 },
      "amountMl",
    ],
    ["N1/N2/N3: an unknown kind", { kind: "coffee", amountMl: 250 }, "kind"],
    ["N1: an unknown field", { kind: "water", amountMl: 250, colour: "blue" }, ""],
  ])("%s -> error on %s", (_label, body, path) => {
    expect(pathsOf({ ...base, ...body })).toContain(path);
  });

  it.each([
    ["a bad date", { date: "2026-02-30" }, "date"],
    ["a bad clientId", { clientId: "nope" }, "clientId"],
  ])("N1/N2/N3: rejects %s on %s", (_label, patch, path) => {
    expect(pathsOf({ ...base, kind: "water", amountMl: 250, ...patch })).toContain(path);
  });

  it("N2: the error message for 100,001 IU says what the limit is", () => {
    const r = dailyEntryInputSchema.safeParse({ ...base, kind: "supplement", name: "D3", amount: 100_001, unit: "IU" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/100,000 IU/);
  });
});

describe("dailyEntryFromInput", () => {
  it("D1: a support entry without a name records the sleep pillow, and a missing time takes the arrival time", () => {
    const input = dailyEntryInputSchema.parse({ ...base, kind: "support", used: true });
    const e = dailyEntryFromInput(input, { id: "e1", receivedAt: "2026-03-10T07:00:00.000Z" });
    expect(e).toEqual({
      id: "e1",
      clientId: base.clientId,
      date: "2026-03-10",
      kind: "support",
      amountMl: null,
      name: "pillow",
      amount: null,
      unit: null,
      minutes: null,
      used: true,
      at: "2026-03-10T07:00:00.000Z",
      createdAt: "2026-03-10T07:00:00.000Z",
    });
  });

  it("D2: a break keeps the time the client gave", () => {
    const input = dailyEntryInputSchema.parse({ ...base, kind: "break", at: "2026-03-10T09:45:00+01:00" });
    expect(dailyEntryFromInput(input, { id: "e2", receivedAt: "2026-03-10T12:00:00Z" }).at).toBe(
      "2026-03-10T09:45:00+01:00",
    );
  });
});

describe("dailyEntryInputSchema: properties", () => {
  it("N1: every whole amount from 1 to 10,000 mL is accepted and every larger one is rejected on amountMl", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 10_001, max: 10_000_000 }), (ok, bad) => {
        expect(pathsOf({ ...base, kind: "water", amountMl: ok })).toEqual([]);
        expect(pathsOf({ ...base, kind: "water", amountMl: bad })).toEqual(["amountMl"]);
      }),
    );
  });

  it("N2: vitamin D is accepted up to 100,000 IU (2,500 ug) and rejected on amount above, in either unit", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 100_000, noNaN: true }),
        fc.double({ min: 100_000.01, max: 1e9, noNaN: true }),
        fc.constantFrom("Vitamin D3", "vit d", "D3", "cholecalciferol"),
        (ok, bad, name) => {
          expect(pathsOf({ ...base, kind: "supplement", name, amount: ok, unit: "IU" })).toEqual([]);
          expect(pathsOf({ ...base, kind: "supplement", name, amount: bad, unit: "IU" })).toEqual(["amount"]);
          expect(pathsOf({ ...base, kind: "supplement", name, amount: ok / 40, unit: "ug" })).toEqual([]);
          expect(pathsOf({ ...base, kind: "supplement", name, amount: bad / 40, unit: "ug" })).toEqual(["amount"]);
        },
      ),
    );
  });

  it("N2: a negative or zero amount is always rejected on amount", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 0, noNaN: true }), (amount) => {
        expect(pathsOf({ ...base, kind: "supplement", name: "Calcium", amount, unit: "mg" })).toContain("amount");
      }),
    );
  });
});

describe("dailyEntryInputSchema: OpenAPI", () => {
  it("N1/N2/N3: converts to JSON Schema for the API description, with the kinds and units as enums", () => {
    const js = z.toJSONSchema(dailyEntryInputSchema, { io: "input" }) as {
      properties: Record<string, { enum?: string[]; anyOf?: { enum?: string[] }[] }>;
      required: string[];
    };
    expect(js.required).toEqual(expect.arrayContaining(["clientId", "date", "kind"]));
    expect(js.properties.kind?.enum).toEqual(["water", "supplement", "blood-flow", "break", "support"]);
    const unitEnums = (js.properties.unit?.anyOf ?? []).flatMap((x) => x.enum ?? []);
    expect(unitEnums).toContain("IU");
  });
});

describe("N1: the water entry limit says what is wrong", () => {
  it("N1: over 10 L names the limit, not the unit", () => {
    const r = dailyEntryInputSchema.safeParse({
      clientId: "0b9a1d2e-1111-4111-8111-111111111111",
      date: "2026-11-25",
      kind: "water",
      amountMl: 20_000,
    });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path[0] === "amountMl");
    expect(issue?.message).toMatch(/at most 10000 mL/);
  });
});
