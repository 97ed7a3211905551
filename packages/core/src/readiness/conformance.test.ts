/**
 * SPEC §2 wording checked at its edges: red-flag questions that a check-in made due stay due until they are
 * answered, as the onboarding and 7-day reasons do.
 */
import { describe, expect, it } from "vitest";
import { computeReadiness } from "./computeReadiness.js";
import { redFlagsDue } from "./redFlagsDue.js";
import { checkin, input, nerve } from "./testData.js";

const D = "2024-05-10";

describe("R4 red flags due stay due until answered", () => {
  it.each([
    [
      "pain 7 yesterday, unanswered since: still due",
      [checkin("2024-05-08"), checkin("2024-05-09", { painNow: 7, redFlags: {} })],
      "pain-high",
    ],
    [
      "a worsening nerve symptom two days ago, unanswered since: still due",
      [
        checkin("2024-05-07"),
        checkin("2024-05-08", { redFlags: {}, nerve: [nerve("numbness", "thigh-left", "worse")] }),
      ],
      "nerve-new-or-worse",
    ],
    ["pain 7 yesterday, answered that day: not due", [checkin("2024-05-09", { painNow: 7 })], null],
    [
      "pain 7 two days ago, answered yesterday: not due",
      [checkin("2024-05-08", { painNow: 7, redFlags: {} }), checkin("2024-05-09")],
      null,
    ],
    [
      "pain 6 yesterday, unanswered: not due",
      [checkin("2024-05-08"), checkin("2024-05-09", { painNow: 6, redFlags: {} })],
      null,
    ],
  ] as const)("R4: %s -> due because %s", (_name, earlier, why) => {
    const today = checkin(D, { painNow: 2, redFlags: {} });
    expect(redFlagsDue([...earlier, today], D, today)).toEqual({ due: why !== null, why });
    expect(computeReadiness(input(D, [...earlier, today])).askRedFlags).toBe(why !== null);
  });

  it("R4: answering them today ends it", () => {
    const earlier = [checkin("2024-05-08"), checkin("2024-05-09", { painNow: 7, redFlags: {} })];
    const today = checkin(D, { painNow: 2 });
    expect(computeReadiness(input(D, [...earlier, today])).askRedFlags).toBe(false);
  });
});
