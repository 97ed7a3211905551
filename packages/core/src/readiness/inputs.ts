/**
 * The plain-data input of the readiness engine. Full `Checkin`, `TrainingSession` and `Clearance` records fit these
 * shapes as they are, so the server can pass what it loads from the database without mapping.
 */
import type { NerveEntry } from "../records/checkin.js";
import type { EverydayPain, RedFlagKey, Region } from "../records/vocab.js";

/** The parts of a check-in the readiness rules read. */
export interface ReadinessCheckin {
  /** The user's local day of the check-in (`YYYY-MM-DD`); one check-in per day. */
  date: string;
  painNow: number;
  everydayPain: EverydayPain;
  /** Nerve symptom entries; missing means none reported. */
  nerve?: readonly NerveEntry[] | null;
  /** Red-flag answers: true, false or null; a missing key (or a missing object) means not answered. */
  redFlags?: Partial<Record<RedFlagKey, boolean | null>> | null;
  /** R8: body-map regions with pain or symptoms; missing means none marked. */
  regions?: readonly Region[] | null;
  /** R8: red-flag keys answered again after a re-ask (their answer stands as given). */
  confirmed?: readonly RedFlagKey[] | null;
  /** When the day's check-in was first stored (ISO instant); decides coverage on the day a clearance is recorded. */
  createdAt?: string;
}

/** The parts of a training session the readiness rules read (R3 lingering pain). */
export interface ReadinessSession {
  /** The local day the session started. */
  date: string;
  painBefore: number | null;
}

/** The parts of a clearance the readiness rules read. */
export interface ReadinessClearance {
  /** The day the clinician saw the user, as the user entered it (shown, not used for coverage). */
  date: string;
  /** When the clearance was recorded (ISO instant): it covers what was known up to then. */
  recordedAt: string;
}

/** Everything `computeReadiness` needs, as plain data. */
export interface ReadinessInput {
  /** The day asked for (`YYYY-MM-DD`); the check-in of this date, if any, is "today's". */
  date: string;
  /**
   * The user's check-ins in any order. Pass all of them, or at least every check-in since 35 days before the latest
   * clearance: older yes answers and nerve symptoms keep their locks only while they are in this list.
   */
  checkins: readonly ReadinessCheckin[];
  /** The user's sessions (only the day before `date` is read). */
  sessions?: readonly ReadinessSession[];
  /** Every clearance of the user; only the latest one recorded by the end of `date` matters. */
  clearances?: readonly ReadinessClearance[];
  /** The profile's IANA time zone, for the local day of `recordedAt` (default "UTC"). */
  timeZone?: string;
}
