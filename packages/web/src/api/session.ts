/**
 * The live session's calls (API.md "Plans and sessions"): today's planned blocks, next targets, history for last
 * time's numbers, alternatives after a stop, set writes and the finish with its progression.
 */
import type { LoggedSet, SessionFinish, SetInput, SetPatch } from "@spotter/core";
import { request } from "./client.js";
import type { Alternative, NextTarget, Readiness, SessionListItem, SessionWithSets, SetAnswer } from "./types.js";

/** One planned exercise of today's session (`GET /today` items). */
export interface PlanItem {
  exerciseId: string;
  sets: number;
  reps: [number, number];
  seconds?: number;
  loadKg?: number | null;
  targetRir: number;
  restSeconds: number;
  beltCue?: boolean;
  why?: string;
}

/** The kinds of blocks a session holds. */
export type BlockKind = "alignment" | "main" | "glute-core" | "recovery" | "cooldown";

/** One block of today's session. */
export interface PlanBlock {
  kind: BlockKind;
  items: PlanItem[];
}

/** `GET /today?date=` answer. */
export interface TodayAnswer {
  date: string;
  readiness?: Readiness;
  restDay?: boolean;
  session: { blocks: PlanBlock[]; title?: string; recovery?: boolean; minutes?: number } | null;
}

/** `POST /sessions/:id/finish` answer: the session with the next targets per exercise. */
export type FinishAnswer = SessionWithSets & { progression?: NextTarget[] };

const enc = encodeURIComponent;

/** Calls of the live session. */
export const sessionApi = {
  getToday: (date: string) => request<TodayAnswer>("GET", `/today?date=${enc(date)}`),
  getSession: (id: string) => request<SessionWithSets>("GET", `/sessions/${enc(id)}`),
  nextTarget: (exerciseId: string) => request<NextTarget>("GET", `/exercises/${enc(exerciseId)}/next`),
  alternatives: (exerciseId: string, reason: "pain" | "trigger" | "equipment" = "pain") =>
    request<Alternative[] | { alternatives: Alternative[] }>(
      "GET",
      `/exercises/${enc(exerciseId)}/alternatives?reason=${reason}`,
    ).then((v) => (Array.isArray(v) ? v : (v?.alternatives ?? []))),
  /** Sessions of a date range, each with its sets when the server includes them. */
  history: (from: string, to: string) =>
    request<SessionListItem[] | { sessions: SessionListItem[] }>(
      "GET",
      `/sessions?from=${enc(from)}&to=${enc(to)}`,
    ).then((v) => (Array.isArray(v) ? v : (v?.sessions ?? []))),
  logSet: (sessionId: string, input: SetInput) => request<SetAnswer>("POST", `/sessions/${enc(sessionId)}/sets`, input),
  patchSet: (sessionId: string, setId: string, patch: SetPatch) =>
    request<LoggedSet | { set: LoggedSet }>("PATCH", `/sessions/${enc(sessionId)}/sets/${enc(setId)}`, patch).then(
      (v) => ("set" in v && v.set ? v.set : (v as LoggedSet)),
    ),
  deleteSet: (sessionId: string, setId: string) =>
    request<void>("DELETE", `/sessions/${enc(sessionId)}/sets/${enc(setId)}`),
  finish: (sessionId: string, input: SessionFinish) =>
    request<FinishAnswer>("POST", `/sessions/${enc(sessionId)}/finish`, input),
};
