/**
 * Onboarding step three (SPEC §1, P9): before the first plan, which movements and directions already hurt. Nothing
 * is required; what is ticked leaves those exercises out of every plan and can be changed under Me, Your back.
 */
import { type AggravatingEntry, type Direction, PATTERNS, type Pattern } from "@spotter/core";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { messageOf } from "../api/errors.js";
import { patternChoice } from "../components/back/backText.js";
import { DirectionChoices, directionsOf } from "../components/back/DirectionsCard.js";
import { useSaveBack } from "../components/back/useSaveBack.js";
import { MultiOptions } from "../components/Options.js";
import { useProfile, withDefaults } from "../lib/queries.js";

/** Training patterns a user can name here (recovery work is never the problem to name at the start). */
const NAMEABLE: readonly Pattern[] = PATTERNS.filter(
  (p) => !["decompression", "soft-tissue", "mobility", "conditioning", "isolation"].includes(p),
);

/** The screen at /welcome/back. */
export function OnboardingBackScreen() {
  const profile = withDefaults(useProfile().data);
  const [, navigate] = useLocation();
  const start = profile.aggravating ?? [];
  const [dirs, setDirs] = useState<Direction[]>(() => directionsOf(start));
  const [patterns, setPatterns] = useState<Pattern[]>(() =>
    start.flatMap((e) => ("pattern" in e && NAMEABLE.includes(e.pattern) ? [e.pattern] : [])),
  );
  const save = useSaveBack();
  const next = () => navigate("/checkin?first=1");

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const kept = start.filter((a) => !("direction" in a) && !("pattern" in a && NAMEABLE.includes(a.pattern)));
    const aggravating: AggravatingEntry[] = [
      ...kept,
      ...patterns.map((pattern) => ({ pattern })),
      ...dirs.map((direction) => ({ direction })),
    ];
    save.mutate({ aggravating }, { onSuccess: next });
  };

  return (
    <section>
      <h1>What already hurts</h1>
      <p className="muted">
        If some movements already bring on your back pain, tell Spotter now and your first plan will leave them out. If
        you are not sure, leave everything clear: Spotter also learns from your log, and you can change this later under
        Me, Your back.
      </p>
      <form onSubmit={submit} noValidate>
        <DirectionChoices
          value={dirs}
          onChange={(d, on) => setDirs((cur) => (on ? [...cur.filter((x) => x !== d), d] : cur.filter((x) => x !== d)))}
        />
        <MultiOptions
          legend="Movements that already hurt"
          hint="A ticked movement is left out as a whole. Single exercises can be marked later in the Library."
          options={NAMEABLE.map((p) => ({ value: p, label: patternChoice(p) }))}
          value={patterns}
          onChange={setPatterns}
        />
        {save.isError && (
          <p className="field-error" role="alert">
            {messageOf(save.error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={save.isPending}>
          Save and go to your first check-in
        </button>
      </form>
    </section>
  );
}
