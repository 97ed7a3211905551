/**
 * The live session's calls (API.md "Plans and sessions"): today's planned blocks, next targets, history for last
 * time's numbers, alternatives after a stop, set writes and the finish with its progression.
 */
import type { ApiAnswer, LoggedSet, SessionFinish, SetInput, SetPatch } from "@spotter/core";
import { request } from "./client.js";
import type { Alternative, NextTarget, SessionListItem, SessionWithSets, SetAnswer } from "./types.js";

/** `GET /today?date=` answer (core's route table). */
export type TodayAnswer = ApiAnswer<"get /today">;

/** One block of today's session. */
export type PlanBlock = NonNullable<TodayAnswer["session"]>["blocks"][number];

/** One planned exercise of today's session, with its next target in short. */
export type PlanItem = PlanBlock["items"][number];

/** The kinds of blocks a session holds. */
export type BlockKind = PlanBlock["kind"];

/** `POST /sessions/:id/finish` answer: the session with the next targets it changed. */
export type FinishAnswer = ApiAnswer<"post /sessions/:id/finish">;

const enc = encodeURIComponent;

/** Calls of the live session. */
export const sessionApi = {
  getToday: (date: string) => request<TodayAnswer>("GET", `/today?date=${enc(date)}`),
  getSession: (id: string) => request<SessionWithSets>("GET", `/sessions/${enc(id)}`),
  nextTarget: (exerciseId: string) => request<NextTarget>("GET", `/exercises/${enc(exerciseId)}/next`),
  alternatives: (exerciseId: string, reason: "pain" | "trigger" | "equipment" = "pain") =>
    request<Alternative[]>("GET", `/exercises/${enc(exerciseId)}/alternatives?reason=${reason}`),
  /** Sessions of a date range, each with its sets when the server includes them. */
  history: (from: string, to: string) => request<SessionListItem[]>("GET", `/sessions?from=${enc(from)}&to=${enc(to)}`),
  logSet: (sessionId: string, input: SetInput) => request<SetAnswer>("POST", `/sessions/${enc(sessionId)}/sets`, input),
  patchSet: (sessionId: string, setId: string, patch: SetPatch) =>
    request<LoggedSet>("PATCH", `/sessions/${enc(sessionId)}/sets/${enc(setId)}`, patch),
  deleteSet: (sessionId: string, setId: string) =>
    request<void>("DELETE", `/sessions/${enc(sessionId)}/sets/${enc(setId)}`),
  finish: (sessionId: string, input: SessionFinish) =>
    request<FinishAnswer>("POST", `/sessions/${enc(sessionId)}/finish`, input),
};
