/**
 * Your back (SPEC §1): the movements the user left out, the exercises they are cleared for, the professional
 * clearance (read-only) and optional diagnosis notes. Each change saves on its own with PUT /profile.
 */
import { useMemo } from "react";
import { Link } from "wouter";
import { ClearanceCard } from "../components/back/ClearanceCard.js";
import { ClearedCard } from "../components/back/ClearedCard.js";
import { DirectionsCard } from "../components/back/DirectionsCard.js";
import { ExcludedCard } from "../components/back/ExcludedCard.js";
import { NotesCard } from "../components/back/NotesCard.js";
import { useExercises, useProfile, withDefaults } from "../lib/queries.js";
import "../styles/data.css";
import "../styles/account.css";

/** The screen at /me/back. */
export function BackScreen() {
  const profile = withDefaults(useProfile().data);
  const catalog = useExercises();
  const names = useMemo(
    () => (catalog.data ? new Map(catalog.data.map((e) => [e.id, e.name])) : catalog.isError ? new Map() : null),
    [catalog.data, catalog.isError],
  );
  return (
    <section className="data-screen back-screen">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Your back</h1>
      <p>
        What you have told Spotter about your back. Each change is saved at once, and today's session follows it. To
        rework the rest of your week, <Link href="/plan">make a new plan</Link> on the Plan tab.
      </p>
      <DirectionsCard list={profile.aggravating ?? []} />
      <ExcludedCard list={profile.aggravating ?? []} names={names} />
      <ClearedCard cleared={profile.cleared ?? []} names={names} />
      <ClearanceCard clearance={profile.clearance} />
      <NotesCard notes={profile.diagnosisNotes ?? null} />
    </section>
  );
}
