/**
 * Set tags in every spelling the apps write (X1): Strong's Set Order letters (`W`, `D`, `F`) and the words its
 * current Android export writes (`WARM_UP`, `DROP`, `FAILURE`), Hevy's set_type (`warmup`, `dropset`, `failure`,
 * `normal`), and the spellings seen in hand-edited files. One table, so every reader agrees on what a tag means.
 */
import type { ImportedSet } from "./types.js";

/** What a set tag says about a set. */
export interface SetKind {
  warmup: boolean;
  setType: ImportedSet["setType"];
}

const NORMAL: SetKind = { warmup: false, setType: "normal" };
const WARMUP: SetKind = { warmup: true, setType: "normal" };
const DROP: SetKind = { warmup: false, setType: "drop" };
const FAILURE: SetKind = { warmup: false, setType: "failure" };

/**
 * Every known spelling, as the apps write it, and what it means. Lookup is by `tagKey` (case, spaces, `_` and `-`
 * ignored), so `WARM_UP`, `warm-up` and `Warm up` are one entry; the list keeps the spellings we have seen so that
 * each has its own test.
 */
export const SET_TAG_VARIANTS: readonly (readonly [spelling: string, kind: SetKind])[] = [
  ["W", WARMUP],
  ["WARM_UP", WARMUP],
  ["WARMUP", WARMUP],
  ["warmup", WARMUP],
  ["warm-up", WARMUP],
  ["warm_up", WARMUP],
  ["Warm Up", WARMUP],
  ["D", DROP],
  ["DROP", DROP],
  ["DROP_SET", DROP],
  ["DROPSET", DROP],
  ["drop", DROP],
  ["dropset", DROP],
  ["drop_set", DROP],
  ["Drop Set", DROP],
  ["F", FAILURE],
  ["FAILURE", FAILURE],
  ["failure", FAILURE],
  ["Failure", FAILURE],
  ["N", NORMAL],
  ["NORMAL", NORMAL],
  ["normal", NORMAL],
  ["Normal", NORMAL],
  ["WORKING", NORMAL],
  ["working", NORMAL],
];

/** A tag made comparable: lower case without spaces, `_` or `-`. */
export const tagKey = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");

const BY_KEY: ReadonlyMap<string, SetKind> = new Map(SET_TAG_VARIANTS.map(([s, k]) => [tagKey(s), k]));

/**
 * What a tag means: an empty cell or a set number is a normal set, a known spelling its kind, anything else null
 * (the caller skips the row naming the tag).
 */
export function setKindOf(raw: string): SetKind | null {
  const t = raw.trim();
  if (t === "" || /^\d+$/.test(t)) return NORMAL;
  return BY_KEY.get(tagKey(t)) ?? null;
}
