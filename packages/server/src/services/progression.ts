/** Next targets per exercise after a session (SPEC §7), derived from the whole log. */
import type { SessionWithSets } from "@spotter/core";
import type { Deps } from "../context.js";

/** The next targets for each exercise of a finished session. */
export async function progressionAfter(_deps: Deps, _userId: string, _session: SessionWithSets): Promise<unknown[]> {
  return [];
}
