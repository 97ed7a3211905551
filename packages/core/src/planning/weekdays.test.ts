import { describe, expect, it } from "vitest";
import { planWeekdays } from "./weekdays.js";

describe("P1: training weekdays", () => {
  it.each([
    [2, ["mon", "thu"]],
    [3, ["mon", "wed", "fri"]],
    [4, ["mon", "tue", "thu", "fri"]],
    [5, ["mon", "tue", "wed", "fri", "sat"]],
    [6, ["mon", "tue", "wed", "thu", "fri", "sat"]],
  ])("P1: %i days a week spread evenly as %j", (n, days) => {
    expect(planWeekdays({ daysPerWeek: n, trainingDays: null })).toEqual(days);
  });

  it("P1: chosen weekdays are kept in week order without duplicates", () => {
    expect(planWeekdays({ daysPerWeek: 2, trainingDays: ["sun", "wed", "sun"] })).toEqual(["wed", "sun"]);
  });
});
