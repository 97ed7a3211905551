/**
 * The Library's calls (SPEC §3 C1-C6, §4 S1-S2): one exercise, its alternatives, modifications and next target,
 * Spotter's own trigger findings, and custom exercises. Built on the shared `request`.
 */

import type { ApiAnswer, CustomExerciseInput, Modification, Profile } from "@spotter/core";
import { request } from "./client.js";
import type { Alternative, Exercise, NextTarget } from "./types.js";

/** What `/insights/triggers` says about one subject (only the fields the Library reads). */
export interface TriggerFinding {
  subject: { exerciseId: string } | { pattern: string };
  status: "trigger" | "suspected" | "tolerated" | "unknown";
  exposures: number;
  summary: string;
  evidence: string;
  /** "found" when Spotter found it from the log, "named" when the user listed it. */
  source?: string;
  overruledByUser?: boolean;
  informational?: boolean;
  action?: string;
}

/** `/exercises/:id/next`, with the stand-in it suggests on "substitute" and the exercise named on "regress" or "step-up". */
export type LibraryNextTarget = NextTarget;

/** `GET /exercises/:id/history`. */
export type ExerciseHistory = ApiAnswer<"get /exercises/:id/history">;

const enc = encodeURIComponent;

/** The Library's calls. */
export const libraryApi = {
  exercise: (id: string) => request<Exercise>("GET", `/exercises/${enc(id)}`),
  search: (q: string) => request<Exercise[]>("GET", `/exercises?q=${enc(q)}`),
  alternatives: (id: string, reason: "pain" | "trigger" | "equipment" = "pain") =>
    request<Alternative[]>("GET", `/exercises/${enc(id)}/alternatives?reason=${reason}`),
  modifications: (id: string) => request<Modification[]>("GET", `/exercises/${enc(id)}/modifications`),
  next: (id: string) => request<LibraryNextTarget>("GET", `/exercises/${enc(id)}/next`),
  /** Every session of the exercise (the newest `limit`), its records and its e1RM over time. */
  history: (id: string, limit: number) =>
    request<ExerciseHistory>("GET", `/exercises/${enc(id)}/history?limit=${limit}`),
  triggers: () => request<TriggerFinding[]>("GET", "/insights/triggers"),
  createExercise: (input: CustomExerciseInput) => request<Exercise>("POST", "/exercises", input),
  /** Writes only the two lists the Library changes, so nothing else of the profile is touched. */
  putBackLists: (update: Pick<Profile, "aggravating"> | Pick<Profile, "cleared">) =>
    request<Profile>("PUT", "/profile", update),
};
