/** The user's "today": their local calendar day from the profile's time zone (SPEC §2 "Time"). */
import { addDays, localDay } from "@spotter/core";
import type { Deps } from "../context.js";
import { invalidField } from "../errors.js";

/** Today's local day for a time zone. */
export function todayIn(deps: Deps, timeZone: string): string {
  return localDay(deps.now(), timeZone);
}

/** Rejects a day after tomorrow (the client's clock may run a day ahead of the server's, never more). */
export function assertNotFuture(deps: Deps, timeZone: string, date: string, path = "date"): void {
  if (date > addDays(todayIn(deps, timeZone), 1)) throw invalidField(path, "is in the future");
}
