/** Readiness day by day over a range, for trends and the clinician report (X3: training done and avoided). */
import type { Readiness } from "../records/readiness.js";
import { addDays, daysBetween } from "../time.js";
import { readinessOn } from "./computeReadiness.js";
import type { ReadinessInput } from "./inputs.js";
import { indexReadiness, type ReadinessIndex } from "./readinessIndex.js";

/** One day's readiness in a series. */
export interface ReadinessDay {
  date: string;
  readiness: Readiness;
}

/** Longest range one call computes, so a mistaken range cannot stall the server. */
export const READINESS_SERIES_MAX_DAYS = 731;

/**
 * The readiness of every day in the inclusive range [from, to], each computed as `computeReadiness` would on that
 * day (later check-ins and clearances do not reach back). Ranges longer than 731 days are cut at `to`'s end. The
 * history is indexed once, so the cost is the records plus the days of the range; pass `index` to read its `work`.
 */
export function readinessSeries(
  input: Omit<ReadinessInput, "date">,
  from: string,
  to: string,
  index: ReadinessIndex = indexReadiness(input),
): ReadinessDay[] {
  const out: ReadinessDay[] = [];
  const span = daysBetween(from, to);
  if (span < 0) return out;
  const start = span >= READINESS_SERIES_MAX_DAYS ? addDays(to, -(READINESS_SERIES_MAX_DAYS - 1)) : from;
  for (let day = start; day <= to; day = addDays(day, 1)) {
    out.push({ date: day, readiness: readinessOn(index, day) });
  }
  return out;
}
