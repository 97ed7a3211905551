import { describe, expect, it } from "vitest";
import { lastRedFlagAnswersDay, redFlagsComplete, redFlagsDue } from "./redFlagsDue.js";
import { allNo, checkin, nerve } from "./testData.js";

describe("red flags due", () => {
  it.each([
    ["all answered no", allNo(), true],
    ["one yes, rest no", { ...allNo(), cancerHistory: true }, true],
    ["one null", { ...allNo(), weightLoss: null }, false],
    ["one key missing", (({ weightLoss: _w, ...rest }) => rest)(allNo()), false],
    ["nothing", null, false],
  ])("R4: %s counts as a full set of answers: %s", (_name, answers, complete) => {
    expect(redFlagsComplete(answers)).toBe(complete);
  });

  it("R4: the last full answers are the latest complete set up to the day", () => {
    const list = [checkin("2024-05-01"), checkin("2024-05-05", { redFlags: {} }), checkin("2024-05-12")];
    expect(lastRedFlagAnswersDay(list, "2024-05-10")).toBe("2024-05-01");
    expect(lastRedFlagAnswersDay([], "2024-05-10")).toBeNull();
  });

  it.each([
    ["never answered", [], { redFlags: {} }, "never-answered"],
    [
      "new nerve symptom",
      [checkin("2024-05-09")],
      { redFlags: {}, nerve: [nerve("tingling", "neck", "new")] },
      "nerve-new-or-worse",
    ],
    ["pain 7", [checkin("2024-05-09")], { redFlags: {}, painNow: 7 }, "pain-high"],
    ["answers 7 days old", [checkin("2024-05-03")], { redFlags: {} }, "answers-old"],
    ["answers 6 days old", [checkin("2024-05-04")], { redFlags: {} }, null],
    ["answered today despite pain 9", [], { painNow: 9 }, null],
  ] as const)("R4: %s -> %s", (_name, earlier, today, why) => {
    const t = checkin("2024-05-10", today);
    expect(redFlagsDue([...earlier, t], "2024-05-10", t)).toEqual({ due: why !== null, why });
  });

  it("R4: without a check-in today, only never-answered and old answers make them due", () => {
    expect(redFlagsDue([checkin("2024-05-03")], "2024-05-10", undefined).why).toBe("answers-old");
    expect(redFlagsDue([checkin("2024-05-09")], "2024-05-10", undefined).due).toBe(false);
  });
});
