/**
 * P2 and M1: every session opens with an alignment block (foam rolling and hanging decompression, or a supported
 * alternative when there is no bar or hanging bothers the back) and closes with decompression and gentle
 * stretching. The SPEC names these exercises, so they are looked up by id, each with an attribute fallback.
 */
import type { Exercise } from "../records/exercise.js";
import type { Goal, Pattern } from "../records/vocab.js";
import { planItemFor } from "./dose.js";
import { isPlannable, planExclusion } from "./eligibility.js";
import type { PickContext } from "./pick.js";
import type { PlanBlock, PlanItem } from "./types.js";
import { exclusionWords, inPlaceOfWhy } from "./wording.js";

/** Catalog ids the alignment and cooldown blocks prefer, in order. */
export const ALIGNMENT_IDS = {
  hang: "dead-hang",
  supportedHang: "supported-hang",
  floorDecompression: ["supine-90-90-rest", "prone-lying-rest"],
  rolling: ["foam-roll-thoracic", "foam-roll-glutes"],
  mobility: ["cat-cow", "pelvic-tilt"],
  stretches: ["figure-four-stretch", "half-kneeling-hip-flexor-stretch", "supine-hamstring-stretch"],
} as const;

interface Ctx extends PickContext {
  goal: Goal;
}

/** An exercise that may be used for gentle work: plannable and not a suspected trigger. */
function usable(ctx: Ctx, id: string): Exercise | undefined {
  const ex = ctx.exercises.find((e) => e.id === id);
  if (!ex || !isPlannable(ex, ctx.rules) || ctx.rules.statusOf(id) === "suspected") return undefined;
  return ex;
}

/** Usable exercises of a pattern, by id (the fallback when a named one is missing). */
function usableOfPattern(ctx: Ctx, pattern: Pattern, measure?: "seconds"): Exercise[] {
  return ctx.exercises.filter(
    (e) =>
      e.pattern === pattern &&
      (measure === undefined || e.measure === measure) &&
      isPlannable(e, ctx.rules) &&
      ctx.rules.statusOf(e.id) !== "suspected",
  );
}

function easyItem(ctx: Ctx, ex: Exercise, role: "alignment" | "cooldown", sets: number, seconds: number, why: string) {
  return planItemFor(ex, role, { goal: ctx.goal, targetRir: 0, sets, seconds, why });
}

/** The hang, or its supported alternative with the reason it stands in. */
function decompressionForAlignment(ctx: Ctx): PlanItem | undefined {
  const hang = usable(ctx, ALIGNMENT_IDS.hang);
  if (hang) {
    return easyItem(ctx, hang, "alignment", 2, 20, "Hanging lets your spine lengthen before you load it.");
  }
  const hangDef = ctx.exercises.find((e) => e.id === ALIGNMENT_IDS.hang);
  const why = hangDef ? planExclusion(hangDef, ctx.rules) : null;
  const because =
    why === "equipment" || why === null
      ? hangDef && ctx.rules.statusOf(hangDef.id) === "suspected"
        ? "a full hang may be bothering your back lately"
        : "you have no pull-up bar listed"
      : exclusionWords(hangDef ?? { name: "Dead hang", pattern: "decompression" }, why);
  const supported = usable(ctx, ALIGNMENT_IDS.supportedHang);
  if (supported && hangDef) {
    return easyItem(ctx, supported, "alignment", 2, 30, inPlaceOfWhy(supported, hangDef, because));
  }
  const floor =
    ALIGNMENT_IDS.floorDecompression.map((id) => usable(ctx, id)).find((e) => e !== undefined) ??
    usableOfPattern(ctx, "decompression")[0];
  if (!floor) return undefined;
  const text = hangDef ? inPlaceOfWhy(floor, hangDef, because) : "Lying supported takes load off your lower back.";
  return easyItem(ctx, floor, "alignment", 1, 60, text);
}

/** P2: the alignment block; with `emphasis` (M1 muscle guarding) each item gets one more set. */
export function alignmentBlock(ctx: Ctx, dayIndex: number, emphasis = false): PlanBlock {
  const items: PlanItem[] = [];
  const rolls = ALIGNMENT_IDS.rolling.map((id) => usable(ctx, id)).filter((e): e is Exercise => e !== undefined);
  const rolling = rolls.length > 0 ? rolls : usableOfPattern(ctx, "soft-tissue").slice(0, 2);
  for (const ex of rolling) {
    items.push(easyItem(ctx, ex, "alignment", 1, 60, "Rolling eases tension in the muscles around your spine."));
  }
  const decompression = decompressionForAlignment(ctx);
  if (decompression) items.push(decompression);
  if (rolling.length === 0) {
    const moves = ALIGNMENT_IDS.mobility.map((id) => usable(ctx, id)).filter((e): e is Exercise => e !== undefined);
    const pick = moves[dayIndex % Math.max(1, moves.length)] ?? usableOfPattern(ctx, "mobility")[0];
    if (pick) items.push(easyItem(ctx, pick, "alignment", 1, 45, "Slow, easy movement wakes your back up gently."));
  }
  const block: PlanBlock = { kind: "alignment", items };
  if (emphasis) {
    for (const it of items) it.sets += 1;
    block.notes = [
      "Your last session showed signs of muscle guarding, so today's alignment work is a little longer. Take your time with it.",
    ];
  }
  if (items.length === 0) {
    block.notes = [
      ...(block.notes ?? []),
      "Your exclusions leave no alignment exercise: spend a few minutes lying on your back with your knees bent before you start.",
    ];
  }
  return block;
}

/** P2: the cooldown block: decompression, then two gentle stretches rotating over the week. */
export function cooldownBlock(ctx: Ctx, dayIndex: number): PlanBlock {
  const items: PlanItem[] = [];
  const floor =
    ALIGNMENT_IDS.floorDecompression.map((id) => usable(ctx, id)).find((e) => e !== undefined) ??
    usable(ctx, ALIGNMENT_IDS.supportedHang) ??
    usable(ctx, ALIGNMENT_IDS.hang) ??
    usableOfPattern(ctx, "decompression")[0];
  if (floor) {
    const secs = floor.pattern === "decompression" && floor.equipment.includes("pull-up-bar") ? 20 : 90;
    items.push(easyItem(ctx, floor, "cooldown", 1, secs, "A few quiet minutes of decompression let your back settle."));
  }
  const named = ALIGNMENT_IDS.stretches.map((id) => usable(ctx, id)).filter((e): e is Exercise => e !== undefined);
  const stretches = named.length > 0 ? named : usableOfPattern(ctx, "mobility", "seconds");
  for (let k = 0; k < Math.min(2, stretches.length); k++) {
    const ex = stretches[(dayIndex + k) % stretches.length];
    if (ex && !items.some((i) => i.exerciseId === ex.id)) {
      items.push(easyItem(ctx, ex, "cooldown", 1, 30, "A gentle stretch, held where it feels easy, never forced."));
    }
  }
  const block: PlanBlock = { kind: "cooldown", items };
  if (items.length === 0) {
    block.notes = [
      "Your exclusions leave no cooldown exercise: lie on your back for a few minutes and breathe slowly.",
    ];
  }
  return block;
}
