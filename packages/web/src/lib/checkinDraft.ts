/**
 * The check-in form's state, and how it is prefilled: from today's check-in when editing, else from the latest
 * earlier one. Red flags are never carried over (SPEC §2: never prefilled).
 */
import {
  addDays,
  type CheckinInput,
  type EverydayPain,
  type FunctionItemId,
  type NerveEntry,
  type Region,
  type SleepEntry,
  type SleepPosition,
} from "@spotter/core";
import type { Checkin } from "../api/types.js";

/** A nerve symptom being entered: each part null until picked. */
export type NerveDraft = { [K in keyof NerveEntry]: NerveEntry[K] | null };

/** An empty symptom: the user picks the kind, the region and the trend. */
export const EMPTY_NERVE: NerveDraft = { kind: null, region: null, trend: null };

/** True when every part of the symptom is picked. */
export function nerveComplete(n: NerveDraft): n is NerveEntry {
  return n.kind !== null && n.region !== null && n.trend !== null;
}

/** What the form holds. */
export interface CheckinDraft {
  /** Null until chosen: pain now is never carried over from another day (UX.md "Added 2026-12"). */
  painNow: number | null;
  everydayPain: EverydayPain | null;
  regions: Region[];
  nerveOn: boolean;
  /** Each symptom's kind, region and trend stay unset until the user picks them (nothing is prefilled). */
  nerve: NerveDraft[];
  sleepHours: number;
  sleepQuality: number | null;
  sleepPosition: SleepPosition | null;
  supportUsed: boolean | null;
  /** Function check answers of this check-in (never carried over from another day). */
  functionAnswers: Partial<Record<FunctionItemId, number>>;
}

/** An empty draft for a first check-in. */
export function emptyDraft(position: SleepPosition | null): CheckinDraft {
  return {
    painNow: null,
    everydayPain: null,
    regions: [],
    nerveOn: false,
    nerve: [],
    sleepHours: 7,
    sleepQuality: null,
    sleepPosition: position,
    supportUsed: null,
    functionAnswers: {},
  };
}

/** The check-in to prefill from: today's if it exists, else the most recent earlier one. */
export function pickPrefill(checkins: Checkin[], today: string): { source: Checkin | null; editing: boolean } {
  const todays = checkins.find((c) => c.date === today);
  if (todays) return { source: todays, editing: true };
  const earlier = checkins.filter((c) => c.date < today).sort((a, b) => (a.date < b.date ? 1 : -1));
  return { source: earlier[0] ?? null, editing: false };
}

/** A draft from an earlier check-in. A carried-over nerve symptom that was "new" yesterday is "same" today. */
export function draftFrom(c: Checkin, editing: boolean, position: SleepPosition | null): CheckinDraft {
  const sleep: Partial<SleepEntry> = c.sleep ?? {};
  return {
    // Today's own answer when editing; an earlier day's pain is never offered as today's.
    painNow: editing ? c.painNow : null,
    everydayPain: c.everydayPain,
    regions: [...(c.regions ?? [])],
    nerveOn: (c.nerve ?? []).length > 0,
    nerve: (c.nerve ?? []).map((n) => ({ ...n, trend: !editing && n.trend === "new" ? "same" : n.trend })),
    sleepHours: sleep.hours ?? 7,
    sleepQuality: sleep.quality ?? null,
    sleepPosition: sleep.position ?? position,
    supportUsed: editing ? (sleep.supportUsed ?? null) : null,
    functionAnswers: editing ? { ...(c.function ?? {}) } : {},
  };
}

/** The window to load for prefilling: the last 7 days up to today. */
export function prefillWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -7), to: today };
}

/** The first required answer a draft is missing, or null when it can be sent. */
export function missingAnswer(d: CheckinDraft): "painNow" | "everydayPain" | null {
  if (d.painNow === null) return "painNow";
  if (d.everydayPain === null) return "everydayPain";
  return null;
}

/**
 * The POST body for a draft (the red flags are sent separately by the red-flag screen); null while pain now or
 * everyday pain is not chosen.
 */
export function draftToInput(d: CheckinDraft, clientId: string, date: string): CheckinInput | null {
  if (d.painNow === null || d.everydayPain === null) return null;
  return {
    clientId,
    date,
    painNow: d.painNow,
    everydayPain: d.everydayPain,
    regions: d.regions,
    nerve: d.nerveOn ? d.nerve.filter(nerveComplete) : [],
    sleep: {
      hours: d.sleepHours,
      quality: d.sleepQuality,
      position: d.sleepPosition,
      supportUsed: d.supportUsed,
    },
    ...(Object.keys(d.functionAnswers).length ? { function: d.functionAnswers } : {}),
  };
}

/** The same-day repost body that adds red-flag answers to a stored check-in, keeping all its other answers. */
export function repostWithFlags(
  c: Checkin,
  clientId: string,
  redFlags: NonNullable<CheckinInput["redFlags"]>,
): CheckinInput {
  const input: CheckinInput = {
    clientId,
    date: c.date,
    painNow: c.painNow,
    everydayPain: c.everydayPain,
    regions: c.regions ?? [],
    nerve: c.nerve ?? [],
    redFlags,
  };
  if (c.sleep) input.sleep = c.sleep;
  if (c.habits) input.habits = c.habits;
  if (c.function) input.function = c.function;
  if (c.note) input.note = c.note;
  return input;
}

/**
 * Whether to show the red-flag screen after a check-in. The server's `askRedFlags` decides; while a server has no
 * readiness yet, ask when no answers were given in the last 7 days (onboarding and the weekly re-check).
 */
export function shouldAskRedFlags(askRedFlags: boolean | undefined, checkins: Checkin[], today: string): boolean {
  if (typeof askRedFlags === "boolean") return askRedFlags;
  const since = addDays(today, -6);
  const answered = checkins.some(
    (c) => c.date >= since && c.date <= today && Object.values(c.redFlags ?? {}).some((v) => v === true || v === false),
  );
  return !answered;
}
