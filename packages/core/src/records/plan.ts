/**
 * The stored weekly plan's shape (SPEC §5), checked when a plan comes from outside the server: a restored backup.
 * Today, the plan screen and the daily totals read a stored plan without checking it again, so a plan of the wrong
 * shape must be refused before it is stored. Fields this version does not know are kept (a newer backup may carry
 * them), but the whole plan is bounded in depth and size, and every text in it follows the text rule.
 */
import { z } from "zod";
import { findBadText, zTextField } from "./text.js";
import { WEEKDAYS, zKg } from "./vocab.js";

/** The kinds of block a session is made of, in the order a session runs them. */
export const PLAN_BLOCK_KINDS = ["alignment", "main", "glute-core", "recovery", "cooldown"] as const;

/** How deep a stored plan's JSON may nest (the plan itself is five levels: plan, day, block, item, proposal). */
export const PLAN_MAX_DEPTH = 8;
/** How large a stored plan's JSON may be, in characters (a full week is about 20,000). */
export const PLAN_MAX_CHARS = 200_000;

// Plan texts (why, notes, reasons) are the server's own sentences; a note's limit holds the longest with room.
const zLineOfText = zTextField("note");

const zPlanItem = z.looseObject({
  exerciseId: zTextField("id", { min: 1 }),
  sets: z.int().min(0).max(20),
  reps: z
    .tuple([z.int().min(0).max(1000), z.int().min(0).max(1000)])
    .refine(([lo, hi]) => lo <= hi, "low end must not exceed high end")
    .optional(),
  seconds: z.int().min(0).max(86_400).optional(),
  distanceM: z.number().min(0).max(1_000_000).optional(),
  loadKg: zKg.optional(),
  targetRir: z.number().min(0).max(10),
  restSeconds: z.int().min(0).max(3600),
  beltCue: z.union([z.boolean(), z.int().min(1).max(20)]).optional(),
  why: zLineOfText.optional(),
  proposal: z.looseObject({ exerciseId: zTextField("id", { min: 1 }), why: zLineOfText }).optional(),
});

const zPlanDay = z.looseObject({
  index: z.int().min(0).max(6),
  weekday: z.enum(WEEKDAYS),
  title: zTextField("title"),
  minutes: z.int().min(0).max(600),
  blocks: z
    .array(
      z.looseObject({
        kind: z.enum(PLAN_BLOCK_KINDS),
        items: z.array(zPlanItem).max(40),
        notes: z.array(zLineOfText).max(20).optional(),
      }),
    )
    .max(10),
});

/** True when a JSON value nests deeper than `max` levels; a walk with its own stack, so any depth is safe to ask. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    if (depth + 1 > max) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
}

/** Validator for a stored weekly plan (the `plan` of a backup's `plans`). */
export const storedPlanSchema = z
  .unknown()
  .superRefine((v, ctx) => {
    // Depth first (a walk that never recurses: JSON.parse accepts any depth), then size, so a hostile plan costs no
    // more than reading it once before it is refused.
    if (nestsDeeperThan(v, PLAN_MAX_DEPTH)) {
      ctx.addIssue({ code: "custom", message: `nests deeper than ${PLAN_MAX_DEPTH} levels` });
    } else if ((JSON.stringify(v) ?? "").length > PLAN_MAX_CHARS) {
      ctx.addIssue({ code: "custom", message: `is larger than ${PLAN_MAX_CHARS} characters` });
    } else {
      const bad = findBadText(v);
      if (bad)
        ctx.addIssue({ code: "custom", message: bad.message, path: bad.path === "(body)" ? [] : bad.path.split(".") });
    }
  })
  .pipe(
    z.looseObject({
      days: z.array(zPlanDay).max(7),
      shortfalls: z.array(zLineOfText).max(50),
      reasons: z.array(zLineOfText).max(50),
    }),
  );
