import { describe, expect, it } from "vitest";
import { exerciseById } from "../catalog/catalog.js";
import { defaultProfile } from "../records/profile.js";
import { rankAlternatives } from "./alternatives.js";
import { alternativeContextFor } from "./context.js";

describe("alternativeContextFor", () => {
  const profile = {
    ...defaultProfile(),
    aggravating: [{ exerciseId: "leg-press-reclined" }, { pattern: "hinge" as const }],
    cleared: ["smith-machine-squat"],
  };

  it("S1: found triggers and aggravating exercises are excluded, cleared triggers are not", () => {
    const ctx = alternativeContextFor({
      profile,
      triggerIds: ["back-squat", "smith-machine-squat", "goblet-squat"],
      tier: "R5",
      reason: "trigger",
    });
    expect([...ctx.excluded].sort()).toEqual(["back-squat", "goblet-squat", "leg-press-reclined"]);
    expect([...ctx.excludedPatterns]).toEqual(["hinge"]);
    expect(ctx.equipment).toEqual(profile.equipment);
    expect(ctx.catalog.length).toBeGreaterThanOrEqual(150);
  });

  it("S1: an aggravating exercise stays excluded even when also listed as cleared", () => {
    const ctx = alternativeContextFor({
      profile: { ...profile, cleared: ["leg-press-reclined"] },
      triggerIds: [],
      tier: "R5",
      reason: "pain",
    });
    expect(ctx.excluded.has("leg-press-reclined")).toBe(true);
  });

  it("S3: with the default profile a triggered back squat gets the guide's three alternatives first", () => {
    const ctx = alternativeContextFor({
      profile: defaultProfile(),
      triggerIds: ["back-squat"],
      tier: "R5",
      reason: "trigger",
      limit: 5,
    });
    const squat = exerciseById("back-squat");
    if (!squat) throw new Error("no back squat");
    const r = rankAlternatives(squat, ctx).map((a) => a.exercise.id);
    expect(r.slice(0, 3)).toEqual(["smith-machine-squat", "leg-press-upright", "bulgarian-split-squat"]);
    expect(r).toHaveLength(5);
  });
});
