import { LEARN_PIECES, type SupplementTotal } from "@spotter/core";
import { describe, expect, it } from "vitest";
import {
  fieldMessage,
  hoursText,
  learnHref,
  servingChoices,
  sourcesOf,
  totalLines,
  totalScale,
  volumeText,
  waterProgress,
  waterTargetHow,
} from "./dailyText.js";

describe("N1 water in words", () => {
  it("N1: volumes in mL below a litre and in litres above", () => {
    expect(volumeText(250)).toBe("250 mL");
    expect(volumeText(2500)).toBe("2.5 L");
    expect(volumeText(3412)).toBe("3.41 L");
  });

  it("N1: progress is capped and says what is left", () => {
    expect(waterProgress(1000, 2000)).toEqual({ share: 0.5, leftMl: 1000, line: "1 L to go to reach today's target." });
    expect(waterProgress(2500, 2000).share).toBe(1);
    expect(waterProgress(2500, 2000).line).toBe("You have reached today's target.");
  });

  it("N1: explains a body-weight target with training in the user's unit", () => {
    const day = { waterTargetMl: 3412, waterTargetBasis: "body-weight" as const, trainingHours: 65 / 60 };
    const kg = waterTargetHow(day, { bodyWeightKg: 82, sex: "male", unit: "kg" });
    expect(kg).toBe(
      "35 mL per kg of your 82 kg body weight gives 2.87 L, plus 542 mL for about 1 hour 5 minutes of training (500 mL an hour). This counts what you drink, not water in food.",
    );
    const lb = waterTargetHow(day, { bodyWeightKg: 82, sex: "male", unit: "lb" });
    expect(lb).toMatch(/^35 mL per kg \(about 16 mL per lb\) of your 181 lb body weight gives 2.87 L/);
  });

  it("N1: explains the floor without a body weight and when the weight is light", () => {
    const day = { waterTargetMl: 1600, waterTargetBasis: "floor" as const, trainingHours: 0 };
    expect(waterTargetHow(day, { bodyWeightKg: null, sex: "female", unit: "kg" })).toMatch(
      /general minimum of 1.6 L a day; add your weight under Me/,
    );
    expect(waterTargetHow(day, { bodyWeightKg: 40, sex: "female", unit: "kg" })).toMatch(
      /^The general minimum of 1.6 L a day is more than your body weight alone gives/,
    );
  });

  it("offers 250, 500 and 750 mL, and keeps a size the user set elsewhere", () => {
    expect(servingChoices(250).map((c) => c.ml)).toEqual([250, 500, 750]);
    expect(servingChoices(330).map((c) => c.ml)).toEqual([250, 500, 750, 330]);
  });

  it("writes hours in words", () => {
    expect(hoursText(1)).toBe("1 hour");
    expect(hoursText(0.75)).toBe("45 minutes");
    expect(hoursText(1.5)).toBe("1 hour 30 minutes");
  });
});

describe("N2 supplement totals in words", () => {
  const vitD: SupplementTotal = {
    nutrient: "vitamin-d",
    label: "Vitamin D",
    total: 5000,
    unit: "IU",
    referenceIntake: 600,
    upperLimit: 4000,
    aboveUpperLimit: true,
    uncountedEntries: 0,
    note: null,
  };

  it("N2: names the reference intake and upper limit with their unit", () => {
    expect(totalLines(vitD)).toEqual({
      amount: "5,000 IU",
      reference: "Reference intake 600 IU a day · upper limit 4,000 IU",
    });
    expect(totalLines({ ...vitD, nutrient: null, referenceIntake: null, upperLimit: null }).reference).toBeNull();
  });

  it("N2: the scale keeps the upper limit in view and the total on it", () => {
    const s = totalScale(vitD);
    expect(s?.total).toBe(1);
    expect(s?.upper).toBeCloseTo(0.8);
    const low = totalScale({ ...vitD, total: 1000 });
    expect(low?.upper).toBeCloseTo(0.8);
    expect(low?.total).toBeCloseTo(0.2);
  });
});

describe("Learn", () => {
  it("every piece lists its sources and leads somewhere in the app", () => {
    for (const p of LEARN_PIECES) {
      expect(sourcesOf(p.sources).length).toBe(p.sources.length);
      expect(learnHref(p)).toMatch(/^\/(checkin|plan|insights|me|daily|library)?$/);
    }
    expect(learnHref({ id: "nourishment", linkTo: "/today" })).toBe("/daily");
    expect(learnHref({ id: "guarding-and-alignment", linkTo: "/today" })).toBe("/");
  });
});

describe("field messages from the server", () => {
  it("puts the field's name before messages written after it, and ends them with a full stop", () => {
    expect(fieldMessage("Amount", "is more than 100,000 IU in one dose; check the amount and the unit")).toBe(
      "Amount is more than 100,000 IU in one dose; check the amount and the unit.",
    );
    expect(fieldMessage("Unit", "calcium is measured in mg")).toBe("Calcium is measured in mg.");
    expect(fieldMessage("Amount", "must be whole millilitres")).toBe("Amount must be whole millilitres.");
  });
});
