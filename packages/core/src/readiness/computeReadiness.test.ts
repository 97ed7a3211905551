import { describe, expect, it } from "vitest";
import { computeReadiness } from "./computeReadiness.js";
import { checkin, input } from "./testData.js";

const D = "2024-05-10";

describe("computeReadiness basics", () => {
  it("R5: pain 0-2, no everyday pain and red flags answered gives full training", () => {
    const r = computeReadiness(input(D, [checkin(D)]));
    expect(r).toEqual({ tier: "R5", reasons: [expect.objectContaining({ code: "READY" })], askRedFlags: false });
  });

  it("R1: saddle numbness alone gives R1", () => {
    const r = computeReadiness(input(D, [checkin(D, { redFlags: { ...checkin(D).redFlags, saddleNumbness: true } })]));
    expect(r.tier).toBe("R1");
    expect(r.reasons.map((x) => x.code)).toEqual(["RED_FLAG_SADDLE"]);
  });
});
