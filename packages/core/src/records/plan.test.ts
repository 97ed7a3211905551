import { describe, expect, it } from "vitest";
import { buildWeeklyPlan } from "../planning/buildPlan.js";
import { EXERCISES, profileWith, statusesOf } from "../planning/testkit.js";
import { PLAN_MAX_CHARS, PLAN_MAX_DEPTH, storedPlanSchema } from "./plan.js";

const plan = () =>
  JSON.parse(
    JSON.stringify(
      buildWeeklyPlan({ profile: profileWith({ daysPerWeek: 4 }), exercises: EXERCISES, statusOf: statusesOf() }),
    ),
  );

function firstIssue(value: unknown): { path: string; message: string } | null {
  const r = storedPlanSchema.safeParse(value);
  if (r.success) return null;
  const i = r.error.issues[0];
  return i ? { path: i.path.join("."), message: i.message } : null;
}

describe("X2: a stored plan's shape (a restored backup's plan must not break Today)", () => {
  it("accepts every plan the planner makes, keeping fields it does not know", () => {
    for (const days of [2, 3, 4, 5, 6]) {
      const p = buildWeeklyPlan({
        profile: profileWith({ daysPerWeek: days }),
        exercises: EXERCISES,
        statusOf: statusesOf(),
      });
      expect(storedPlanSchema.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
    }
    const withExtra = { ...plan(), futureField: { a: 1 } };
    expect(storedPlanSchema.parse(withExtra)).toMatchObject({ futureField: { a: 1 } });
  });

  it.each([
    ["not an object", "weekly", "", "must be an object"],
    ["no days", {}, "days", ""],
    ["blocks not a list", "blocks", "days.0.blocks", ""],
    ["an unknown block kind", "kind", "days.0.blocks.0.kind", ""],
    ["an item without an exercise", "exerciseId", "days.0.blocks.0.items.0.exerciseId", ""],
    ["a NUL in a day's title", "title", "days.0.title", "must not contain a NUL character"],
  ])("refuses %s, naming the field", (_name, what, path, message) => {
    let value: unknown = what;
    if (typeof what === "string" && !["weekly"].includes(what)) {
      const p = plan();
      const day = p.days[0];
      if (what === "blocks") day.blocks = "everything";
      if (what === "kind") day.blocks[0].kind = "party";
      if (what === "exerciseId") delete day.blocks[0].items[0].exerciseId;
      if (what === "title") day.title = "Full body\u0000";
      value = p;
    }
    const issue = firstIssue(value);
    expect(issue?.path).toBe(path);
    if (message) expect(issue?.message).toContain(message.replace("must be an object", ""));
  });

  it("refuses a plan nested deeper than the limit or larger than the limit", () => {
    let deep: unknown = "x";
    for (let i = 0; i < PLAN_MAX_DEPTH + 2; i++) deep = { d: deep };
    const nested = { ...plan(), extra: deep };
    expect(firstIssue(nested)?.message).toBe(`nests deeper than ${PLAN_MAX_DEPTH} levels`);
    // JSON.parse accepts any depth: 100,000 levels are refused without overflowing the stack.
    let abyss: unknown = [];
    for (let i = 0; i < 100_000; i++) abyss = [abyss];
    expect(firstIssue({ ...plan(), extra: abyss })?.message).toBe(`nests deeper than ${PLAN_MAX_DEPTH} levels`);
    const big = { ...plan(), extra: "x".repeat(PLAN_MAX_CHARS) };
    expect(firstIssue(big)?.message).toBe(`is larger than ${PLAN_MAX_CHARS} characters`);
  });
});
