/**
 * P1: the split by days a week, as day templates made of slots. Our own choice, documented in docs/evidence/planning.md:
 * 2 days full body A/B, 3 days full body A/B/C, 4 days upper/lower twice, 5 days upper/lower plus push/pull/legs,
 * 6 days push/pull/legs twice. Every day also gets a glute, a core and a back-care slot (P3), added by the builder.
 */
import type { Pattern } from "../records/vocab.js";
import type { PlanMuscleGroup } from "./groups.js";

/** The kinds of main slot. */
export type PlanSlotKey =
  | "squat"
  | "single-leg"
  | "hinge"
  | "leg-curl"
  | "leg-extension"
  | "horizontal-push"
  | "vertical-push"
  | "horizontal-pull"
  | "vertical-pull"
  | "shoulder-accessory";

/** What fills a slot: the patterns it takes, the group it is for, and whether it wants single-limb work. */
export interface PlanSlotSpec {
  key: PlanSlotKey;
  patterns: readonly Pattern[];
  /** The group the slot is for: a candidate must have it among its counted groups. */
  group: PlanMuscleGroup;
  /** A candidate must have this among its primary muscles (narrows broad patterns). */
  primaryAny?: readonly string[];
  /** Only single-limb candidates. */
  unilateral?: boolean;
  /** Isolation or machine accessory: rests shorter and uses the accessory rep range. */
  accessory?: boolean;
}

/** The slot definitions. */
export const PLAN_SLOTS: Record<PlanSlotKey, PlanSlotSpec> = {
  squat: { key: "squat", patterns: ["squat"], group: "quads" },
  "single-leg": { key: "single-leg", patterns: ["lunge", "squat", "hinge"], group: "quads", unilateral: true },
  hinge: { key: "hinge", patterns: ["hinge"], group: "hamstrings" },
  "leg-curl": { key: "leg-curl", patterns: ["knee-flexion"], group: "hamstrings", accessory: true },
  "leg-extension": { key: "leg-extension", patterns: ["knee-extension"], group: "quads", accessory: true },
  "horizontal-push": { key: "horizontal-push", patterns: ["horizontal-push"], group: "chest" },
  "vertical-push": {
    key: "vertical-push",
    patterns: ["vertical-push"],
    group: "shoulders",
    primaryAny: ["shoulders"],
  },
  "horizontal-pull": {
    key: "horizontal-pull",
    patterns: ["horizontal-pull"],
    group: "back",
    primaryAny: ["lats", "upper-back"],
  },
  "vertical-pull": { key: "vertical-pull", patterns: ["vertical-pull"], group: "back" },
  "shoulder-accessory": {
    key: "shoulder-accessory",
    patterns: ["isolation", "horizontal-pull"],
    group: "shoulders",
    primaryAny: ["shoulders"],
    accessory: true,
  },
};

/** One day of a split: its title and its main slots, most important first. */
export interface PlanDayTemplate {
  title: string;
  slots: readonly PlanSlotKey[];
}

const FULL_A: PlanDayTemplate = {
  title: "Full body A",
  slots: ["squat", "horizontal-push", "horizontal-pull", "hinge", "shoulder-accessory"],
};
const FULL_B: PlanDayTemplate = {
  title: "Full body B",
  slots: ["single-leg", "vertical-pull", "vertical-push", "leg-curl", "horizontal-push"],
};
const FULL_C: PlanDayTemplate = {
  title: "Full body C",
  slots: ["squat", "horizontal-pull", "horizontal-push", "single-leg", "shoulder-accessory"],
};
const UPPER_A: PlanDayTemplate = {
  title: "Upper A",
  slots: ["horizontal-push", "horizontal-pull", "vertical-push", "vertical-pull", "shoulder-accessory"],
};
const LOWER_A: PlanDayTemplate = { title: "Lower A", slots: ["squat", "hinge", "single-leg", "leg-curl"] };
const UPPER_B: PlanDayTemplate = {
  title: "Upper B",
  slots: ["vertical-pull", "horizontal-push", "horizontal-pull", "vertical-push", "shoulder-accessory"],
};
const LOWER_B: PlanDayTemplate = { title: "Lower B", slots: ["single-leg", "leg-curl", "squat", "leg-extension"] };
const PUSH: PlanDayTemplate = {
  title: "Push",
  slots: ["horizontal-push", "vertical-push", "shoulder-accessory", "horizontal-push"],
};
const PULL: PlanDayTemplate = {
  title: "Pull",
  slots: ["vertical-pull", "horizontal-pull", "shoulder-accessory", "horizontal-pull"],
};
const LEGS: PlanDayTemplate = {
  title: "Legs",
  slots: ["squat", "hinge", "single-leg", "leg-curl", "leg-extension"],
};

/** The split for a number of training days (1-7; outside 2-6 the nearest is used). */
export function planSplit(days: number): PlanDayTemplate[] {
  const titled = (t: PlanDayTemplate, title: string): PlanDayTemplate => ({ ...t, title });
  switch (Math.min(7, Math.max(1, days))) {
    case 1:
      return [titled(FULL_A, "Full body")];
    case 2:
      return [FULL_A, FULL_B];
    case 3:
      return [FULL_A, FULL_B, FULL_C];
    case 4:
      return [UPPER_A, LOWER_A, UPPER_B, LOWER_B];
    case 5:
      return [UPPER_A, LOWER_A, PUSH, PULL, LEGS];
    case 6:
      return [
        titled(PUSH, "Push A"),
        titled(PULL, "Pull A"),
        titled(LEGS, "Legs A"),
        ...[PUSH, PULL, LEGS].map((t) => titled(t, `${t.title} B`)),
      ];
    default:
      return [FULL_A, FULL_B, FULL_C, UPPER_A, LOWER_A, UPPER_B, LOWER_B];
  }
}
