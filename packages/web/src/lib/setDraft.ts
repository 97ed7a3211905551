/** The live-session set form: its state, its prefill rules, and the POST body it becomes. */
import { fromUnit, type LoggedSet, type PainKind, type SetInput, type Unit } from "@spotter/core";
import type { SetGuidance } from "../api/types.js";
import { displayWeight } from "./format.js";

/** What the set form holds; load is in the user's unit. */
export interface SetDraft {
  reps: number;
  load: number;
  warmup: boolean;
  effortMode: "rir" | "rpe";
  rir: number | null;
  rpe: number | null;
  belt: boolean;
  pain: number;
  painKind: PainKind;
}

/** A fresh draft for an exercise never logged this session. */
export function freshSetDraft(pain: number): SetDraft {
  return {
    reps: 10,
    load: 0,
    warmup: false,
    effortMode: "rir",
    rir: 2,
    rpe: null,
    belt: false,
    pain,
    painKind: "none",
  };
}

/** A draft copied from the previous set of the same exercise (the next set usually repeats it). */
export function draftFromSet(s: LoggedSet, unit: Unit): SetDraft {
  return {
    reps: s.reps ?? 10,
    load: s.loadKg === null ? 0 : displayWeight(s.loadKg, unit),
    warmup: s.warmup,
    effortMode: s.rir === null && s.rpe !== null ? "rpe" : "rir",
    rir: s.rir,
    rpe: s.rpe,
    belt: s.belt,
    pain: s.pain ?? 0,
    painKind: s.painKind ?? "none",
  };
}

/** Applies the server's suggestion for the next set, when it gave one. */
export function applyGuidance(d: SetDraft, g: SetGuidance | undefined, unit: Unit): SetDraft {
  const next = { ...d };
  if (g?.next) {
    if (g.next.loadKg !== null && g.next.loadKg !== undefined) next.load = displayWeight(g.next.loadKg, unit);
    if (g.next.reps !== null && g.next.reps !== undefined) next.reps = g.next.reps;
    next.warmup = g.next.warmup;
  }
  if (g) next.belt = g.beltCue;
  return next;
}

/** The POST body of a set. */
export function setDraftToInput(
  d: SetDraft,
  opts: { clientId: string; exerciseId: string; setIndex: number; unit: Unit },
): SetInput {
  return {
    clientId: opts.clientId,
    exerciseId: opts.exerciseId,
    setIndex: opts.setIndex,
    warmup: d.warmup,
    reps: d.reps,
    loadKg: d.load > 0 ? fromUnit(d.load, opts.unit) : null,
    rir: d.effortMode === "rir" ? d.rir : null,
    rpe: d.effortMode === "rpe" ? d.rpe : null,
    belt: d.belt,
    pain: d.pain,
    painKind: d.painKind,
  };
}
