/**
 * The R1 and R2 signs that lock training (SPEC §2, S0.2): yes answers and nerve symptoms that no clearance covers
 * yet. A sign found on any day up to the day asked for keeps its lock until a clearance covers it.
 */
import type { NerveEntry } from "../records/checkin.js";
import { RED_FLAG_KEYS, type RedFlagKey } from "../records/vocab.js";
import { type ClearanceCover, isCheckinCovered } from "./clearanceCover.js";
import type { ReadinessCheckin } from "./inputs.js";
import { hasBothLegs, isLegRegion, isWorseningLegWeakness, type NerveSymptomKey, nerveSymptomKey } from "./nerve.js";
import { RED_FLAG_REASON_CODES, type ReadinessReasonCode } from "./reasons.js";
import { CHANGE_RED_FLAG_KEYS } from "./redFlagQuestions.js";

/** One locking sign: its reason code and the first day it was reported without cover. */
export interface LockSign {
  code: ReadinessReasonCode;
  since: string;
}

function addSign(signs: Map<ReadinessReasonCode, string>, code: ReadinessReasonCode, day: string): void {
  const known = signs.get(code);
  if (known === undefined || day < known) signs.set(code, day);
}

function toList(signs: Map<ReadinessReasonCode, string>): LockSign[] {
  return [...signs].map(([code, since]) => ({ code, since }));
}

/**
 * Yes answers that no clearance covers. A yes on a covered check-in is covered. After the clearance, a yes to a
 * question the clearance already knew as yes stays covered while the answers run on unbroken (no "no" in between),
 * so a lasting fact such as a cancer history does not lock again every week; a yes that follows a "no", a yes to a
 * question that was not yes at the clearance, and any later yes to "weakness getting worse" are new and lock again.
 * `checkins` must be sorted by date.
 */
export function redFlagLockSigns(checkins: readonly ReadinessCheckin[], cover: ClearanceCover | null): LockSign[] {
  const baseline = new Map<RedFlagKey, boolean>();
  const broken = new Set<RedFlagKey>();
  const signs = new Map<ReadinessReasonCode, string>();
  for (const c of checkins) {
    const covered = isCheckinCovered(c, cover);
    for (const k of RED_FLAG_KEYS) {
      const answer = c.redFlags?.[k];
      if (answer !== true && answer !== false) continue;
      if (covered) {
        baseline.set(k, answer);
        continue;
      }
      if (answer === false) {
        broken.add(k);
        continue;
      }
      const continues =
        cover !== null && baseline.get(k) === true && !broken.has(k) && !CHANGE_RED_FLAG_KEYS.includes(k);
      if (!continues) addSign(signs, RED_FLAG_REASON_CODES[k], c.date);
    }
  }
  return toList(signs);
}

/** The nerve symptoms a clearance knew: every symptom (kind and side) on a covered check-in. */
export function nerveBaseline(
  checkins: readonly ReadinessCheckin[],
  cover: ClearanceCover | null,
): Set<NerveSymptomKey> {
  const known = new Set<NerveSymptomKey>();
  for (const c of checkins) {
    if (!isCheckinCovered(c, cover)) continue;
    for (const e of c.nerve ?? []) known.add(nerveSymptomKey(e));
  }
  return known;
}

/** True when a nerve entry on an uncovered check-in is cleared: known to the clearance and the same or better. */
export function isNerveEntryCleared(
  entry: NerveEntry,
  cover: ClearanceCover | null,
  baseline: ReadonlySet<NerveSymptomKey>,
): boolean {
  return cover !== null && baseline.has(nerveSymptomKey(entry)) && (entry.trend === "same" || entry.trend === "better");
}

/**
 * Nerve entries that lock: on an uncovered check-in, weakness getting worse in a leg (R1), symptoms in the left and
 * right leg unless all of them are cleared (R1), and any entry that is not cleared (R2: no clearance since it
 * began, or new or worse since the clearance). `checkins` must be sorted by date.
 */
export function nerveLockSigns(checkins: readonly ReadinessCheckin[], cover: ClearanceCover | null): LockSign[] {
  const baseline = nerveBaseline(checkins, cover);
  const signs = new Map<ReadinessReasonCode, string>();
  for (const c of checkins) {
    if (isCheckinCovered(c, cover)) continue;
    const entries = c.nerve ?? [];
    if (entries.some(isWorseningLegWeakness)) addSign(signs, "NERVE_LEG_WEAKNESS_WORSE", c.date);
    const legs = entries.filter((e) => isLegRegion(e.region));
    if (hasBothLegs(legs) && !legs.every((e) => isNerveEntryCleared(e, cover, baseline))) {
      addSign(signs, "NERVE_BOTH_LEGS", c.date);
    }
    for (const e of entries) {
      if (isNerveEntryCleared(e, cover, baseline)) continue;
      const known = cover !== null && baseline.has(nerveSymptomKey(e));
      addSign(signs, known ? "NERVE_NEW_OR_WORSE" : "NERVE_UNCLEARED", c.date);
    }
  }
  return toList(signs);
}
