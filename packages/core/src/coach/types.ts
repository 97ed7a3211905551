/**
 * What the coach facade reads: one user's log as plain data, and the stored plan it coaches from. The server loads
 * these from the database; the cohort benchmark keeps them in memory. Both hand the same shapes to the same calls.
 */

import type { RetestDecision } from "../insights/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { LoggedSet, SessionWithSets } from "../records/session.js";

/** One user's log: everything the coaching rules read. */
export interface CoachLog {
  profile: Profile;
  /** The catalog plus the user's custom exercises. */
  exercises: Exercise[];
  /** Sessions with their sets, oldest first. */
  sessions: SessionWithSets[];
  /** Every set of every session (the same sets as in `sessions`, flat). */
  sets: LoggedSet[];
  checkins: Checkin[];
  clearances: Clearance[];
  /** T6: the user's re-test decisions (absent: none). */
  retests?: RetestDecision[];
}

/** The stored plan: the weekly plan and when it was made (its age counts the O5 deload weeks). */
export interface CoachPlan {
  plan: WeeklyPlan;
  /** Epoch milliseconds when the plan was made. */
  createdAtMs: number;
}
