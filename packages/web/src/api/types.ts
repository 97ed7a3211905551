/**
 * The API's answers as the web app reads them. Every type here is inferred from core's route table (the Zod schema
 * of each route's success answer, `ApiAnswer<route>`), so the server, the OpenAPI document and the screens share
 * one description; a field the server drops or retypes fails the web build. Stored records the screens edit
 * (check-ins, sets, sessions, exercises) keep core's record types, which the same schemas are checked against.
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

/** A signed-in user, as `GET /auth/me` answers it. */
export type User = ApiAnswer<"get /auth/me">["user"];

/** `POST /checkins` answer: the check-in and the day's readiness. */
export type CheckinAnswer = ApiAnswer<"post /checkins">;

/** One ranked alternative (S1), `GET /exercises/:id/alternatives`. */
export type Alternative = ApiAnswer<"get /exercises/:id/alternatives">[number];

/** `POST /sessions/:id/sets` answer: the set, the guidance for the next one and the records it set. */
export type SetAnswer = ApiAnswer<"post /sessions/:id/sets">;

/** Guidance after a logged set (G3, G4). */
export type SetGuidance = SetAnswer["guidance"];

/** The next target on an exercise (`GET /exercises/:id/next`), with the stand-in or step it names. */
export type NextTarget = ApiAnswer<"get /exercises/:id/next">;

/** A session as `GET /sessions` lists it, with its sets. */
export type SessionListItem = ApiAnswer<"get /sessions">[number];

export type { Checkin, Exercise, LoggedSet, Readiness, SessionWithSets, TrainingSession };
