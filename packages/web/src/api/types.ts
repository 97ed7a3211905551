/**
 * Shapes of the API answers that core does not define as records (API.md). Records themselves come from
 * @spotter/core so the web app and the server agree on every field.
 */
import type {
  ApiAnswer,
  Checkin,
  Exercise,
  LoggedSet,
  Readiness,
  SessionWithSets,
  TrainingSession,
} from "@spotter/core";

/** A signed-in user, as `GET /auth/me` answers it (core's route table). */
export type User = ApiAnswer<"get /auth/me">["user"];

/** `POST /checkins` answer; readiness may be missing while the server's readiness work is in progress. */
export interface CheckinAnswer {
  checkin: Checkin;
  readiness?: Readiness;
}

/** One ranked alternative (S1). */
export interface Alternative {
  exercise: Exercise;
  why: string;
  gradeFrom?: string;
  gradeTo?: string;
}

/** Guidance after a logged set (G3, G4). */
export interface SetGuidance {
  action: "continue" | "hold" | "reduce" | "stop-exercise";
  next?: { loadKg: number | null; reps: number | null; warmup: boolean };
  beltCue: boolean;
  message: string;
  alternatives?: Alternative[];
}

/** `POST /sessions/:id/sets` answer. */
export interface SetAnswer {
  set: LoggedSet;
  guidance?: SetGuidance;
  /** The personal records this set set. */
  records?: ("heaviest" | "e1rm" | "reps" | "volume")[];
}

/** The next targets on an exercise (`GET /exercises/:id/next`). */
export interface NextTarget {
  exerciseId: string;
  loadKg: number | null;
  reps: [number, number];
  sets: number;
  decision:
    | "start"
    | "increase"
    | "hold"
    | "reduce"
    | "regress"
    | "substitute"
    | "step-up"
    | "deload"
    | "return"
    | "retest";
  why: string;
  pending?: boolean;
  /** Timed items: seconds per set; distance items: metres per set (no load). */
  seconds?: number;
  metres?: number;
}

/** A session as the list may answer it (sets only when the server includes them). */
export type SessionListItem = TrainingSession & { sets?: LoggedSet[] };

export type { Checkin, Exercise, LoggedSet, Readiness, SessionWithSets, TrainingSession };
