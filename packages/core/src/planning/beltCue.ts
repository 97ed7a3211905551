/**
 * G4 (revised 2026-12) on plan items: `beltCue` is the 1-based index of the one cued working set, the last of the
 * item's straight sets (the top set), and only while cued sets stay at or under a third of the exercise's working
 * sets, so none with 1-2 working sets (API.md "Added 2026-12").
 */
import type { PlanBlock, PlanItem } from "./types.js";

/** G4: fewest working sets for which one cued set stays at or under a third. */
export const BELT_CUE_MIN_SETS = 3;

/** The item with its belt cue as the index of its last working set, or without one when it has too few sets. */
export function withBeltCueIndex(item: PlanItem): PlanItem {
  if (item.beltCue === undefined) return item;
  const { beltCue: _old, ...rest } = item;
  return item.sets >= BELT_CUE_MIN_SETS ? { ...rest, beltCue: item.sets } : rest;
}

/** Every item of the blocks with its belt cue as a set index (G4). */
export function blocksWithBeltCueIndex(blocks: readonly PlanBlock[]): PlanBlock[] {
  return blocks.map((b) => ({ ...b, items: b.items.map(withBeltCueIndex) }));
}
