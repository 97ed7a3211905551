/**
 * A professional clearance (SPEC §2): recorded only through `POST /clearance`, it lifts an R1 or R2 lock and covers
 * everything known when it was recorded. Since X5 it may carry restrictions as rules the plan obeys.
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";
import { zTextField } from "./text.js";
import { DIRECTIONS, type Direction, PATTERNS, type Pattern, zDay } from "./vocab.js";

/** X5: the kinds of rule a clearance may hold. */
export const RESTRICTION_KINDS = ["pattern", "direction", "exercise", "load-cap", "effort-cap"] as const;
/** One kind of X5 rule. */
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** X5: a load cap, a share of each exercise's last working load before the clearance's day, or total kg. */
export type LoadCapValue = { percent: number } | { kg: number };

/** X5: one restriction rule as stored (the server gives it an id). */
export type RestrictionRule = {
  id: string;
  /** The last day it holds (inclusive); absent: until a later clearance lifts it by id. */
  until?: string;
} & (
  | { kind: "pattern"; value: Pattern }
  | {
      kind: "direction";
      value: Direction /** Demand (1-3) from which it excludes; P9's threshold when absent. */;
      threshold?: number;
    }
  | { kind: "exercise"; value: string }
  | {
      kind: "load-cap";
      value: LoadCapValue /** Exercise ids or patterns it covers; every loaded exercise when absent. */;
      scope?: string[];
    }
  | { kind: "effort-cap"; value: number; scope?: string[] }
);

/** A stored clearance. */
export interface Clearance {
  id: string;
  date: string;
  by: string;
  restrictions: string | null;
  /** When it was recorded (ISO instant): it covers what was known up to then. */
  recordedAt: string;
  /** X5: the rules it holds (absent or empty: none). */
  rules?: RestrictionRule[];
  /** X5: ids of earlier rules this clearance ends. */
  lifts?: string[];
}

const zScope = z
  .array(zTextField("id", { trim: true, min: 1 }))
  .min(1)
  .max(50);
const zUntil = zDay.describe("The rule's last day (inclusive), from the clearance's day to two years after today.");

/** The rule validators, with or without the stored id (a backup carries it; a post never does). */
function ruleSchemas<T extends z.ZodRawShape>(extra: T) {
  return z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("pattern"), value: z.enum(PATTERNS), until: zUntil.optional(), ...extra }),
    z.strictObject({
      kind: z.literal("direction"),
      value: z.enum(DIRECTIONS),
      threshold: z.int().min(1).max(3).optional(),
      until: zUntil.optional(),
      ...extra,
    }),
    z.strictObject({
      kind: z.literal("exercise"),
      value: zTextField("id", { trim: true, min: 1 }),
      until: zUntil.optional(),
      ...extra,
    }),
    z.strictObject({
      kind: z.literal("load-cap"),
      value: z.union([
        z.strictObject({ percent: z.number().gt(0).max(100) }),
        z.strictObject({ kg: z.number().gt(0).max(1000) }),
      ]),
      scope: zScope.optional(),
      until: zUntil.optional(),
      ...extra,
    }),
    z.strictObject({
      kind: z.literal("effort-cap"),
      value: z.int().min(0).max(10),
      scope: zScope.optional(),
      until: zUntil.optional(),
      ...extra,
    }),
  ]);
}

/** X5: validator of one rule in `POST /clearance`. */
export const restrictionRuleInputSchema = ruleSchemas({});
/** A rule as posted (without its id). */
export type RestrictionRuleInput = z.infer<typeof restrictionRuleInputSchema>;

/** Validator for `POST /clearance`. */
export const clearanceInputSchema = z.strictObject({
  date: zRecordDay,
  by: zTextField("by", { trim: true, min: 1 }),
  restrictions: zTextField("restrictions", { trim: true }).nullable().optional(),
  rules: z.array(restrictionRuleInputSchema).max(30).optional(),
  lifts: z
    .array(zTextField("id", { trim: true, min: 1 }))
    .max(100)
    .optional(),
});
/** A parsed clearance body. */
export type ClearanceInput = z.infer<typeof clearanceInputSchema>;

/** X5: a stored rule's validator (a posted rule with its id), for backups. */
export const restrictionRuleSchema = ruleSchemas({ id: zTextField("id", { min: 1 }) });

/** X5: a rule as the profile lists it (a stored rule with its clearance's day and clinician), for backups. */
export const profileRuleSchema = ruleSchemas({
  id: zTextField("id", { min: 1 }),
  from: zDay.optional(),
  by: zTextField("by").optional(),
});
