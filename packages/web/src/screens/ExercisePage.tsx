/**
 * One exercise (SPEC §3, §4 S1-S2): grade and what it means, the user's back and this exercise, the next target,
 * cues, easier options (ladder, modifications, alternatives), the spinal-load profile, belt advice and muscles.
 */
import { muscleLabel, type Profile } from "@spotter/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { ApiError, messageOf } from "../api/errors.js";
import { libraryApi } from "../api/library.js";
import type { Exercise } from "../api/types.js";
import { BackCard, findingFor } from "../components/library/BackCard.js";
import { equipmentLabel, GRADE_INFO, libraryHref, patternLabel } from "../components/library/catalog.js";
import { GradeBadge } from "../components/library/GradeBadge.js";
import { LoadChart } from "../components/library/LoadChart.js";
import { hasHistory, NextTargetCard } from "../components/library/NextTargetCard.js";
import { Alternatives, Ladder, Modifications } from "../components/library/Suggestions.js";
import { ExerciseHistory } from "../components/log/ExerciseHistory.js";
import { PinButton } from "../components/plan/Pins.js";
import { useExercises, useProfile, withDefaults } from "../lib/queries.js";
import "../styles/library.css";
import { alternativeKeys, exerciseKeys, nextTargetKeys, triggerKeys } from "../api/keys.js";

/** The exercise page at /library/:id. */
export function ExercisePageScreen() {
  const params = useParams<{ id: string }>();
  const id = decodeURIComponent(params.id ?? "");
  const qc = useQueryClient();
  const catalog = useExercises();
  const exercise = useQuery({
    queryKey: exerciseKeys.of(id),
    queryFn: () => libraryApi.exercise(id),
    initialData: () => qc.getQueryData<Exercise[]>(exerciseKeys.catalog)?.find((e) => e.id === id),
    staleTime: 60_000,
  });
  const profile = useProfile();

  if (exercise.isPending) {
    return (
      <p className="loading" role="status">
        Loading the exercise…
      </p>
    );
  }
  if (exercise.isError) {
    const missing = exercise.error instanceof ApiError && exercise.error.status === 404;
    return (
      <section className="library">
        <BackLink />
        <h1>{missing ? "Exercise not found" : "The exercise did not load"}</h1>
        <div className="error-box" role="alert">
          <p>
            {missing
              ? "There is no exercise at this address in your library. It may have been a custom one that is gone."
              : messageOf(exercise.error)}
          </p>
          {!missing && (
            <button type="button" onClick={() => exercise.refetch()}>
              Try again
            </button>
          )}
        </div>
      </section>
    );
  }
  const byId = (x?: string) => (x ? catalog.data?.find((e) => e.id === x) : undefined);
  return (
    <ExerciseDetail
      exercise={exercise.data}
      profile={withDefaults(profile.data)}
      easier={byId(exercise.data.easier)}
      harder={byId(exercise.data.harder)}
      nameOf={(x) => byId(x)?.name}
    />
  );
}

/** A link back to the Library with the filters the user had. */
function BackLink() {
  return (
    <Link href={libraryHref()} className="lib-back-link">
      <span aria-hidden="true">‹</span> Library
    </Link>
  );
}

/** The page once the exercise has loaded. */
function ExerciseDetail(props: {
  exercise: Exercise;
  profile: Profile;
  easier?: Exercise;
  harder?: Exercise;
  nameOf: (id: string) => string | undefined;
}) {
  const { exercise: e, profile } = props;
  const triggers = useQuery({ queryKey: triggerKeys.all, queryFn: libraryApi.triggers, staleTime: 60_000 });
  const next = useQuery({ queryKey: nextTargetKeys.of(e.id), queryFn: () => libraryApi.next(e.id), staleTime: 60_000 });
  const mods = useQuery({
    queryKey: exerciseKeys.modifications(e.id),
    queryFn: () => libraryApi.modifications(e.id),
    staleTime: 5 * 60_000,
  });
  const alts = useQuery({
    queryKey: alternativeKeys.of(e.id),
    queryFn: () => libraryApi.alternatives(e.id, "pain"),
    staleTime: 60_000,
  });
  const info = GRADE_INFO[e.grade];
  const hasBelt = profile.equipment.includes("belt");

  return (
    <article className="library lib-page">
      <BackLink />
      <h1>{e.name}</h1>
      <p className="lib-meta">
        {patternLabel(e.pattern)} · {e.laterality === "unilateral" ? "Single-limb, one side at a time" : "Both sides"} ·{" "}
        {e.equipment.map(equipmentLabel).join(", ")}
        {e.custom ? " · Your own exercise" : ""}
      </p>
      {e.aliases.length > 0 && <p className="small muted">Other apps call it {e.aliases.slice(0, 4).join(", ")}.</p>}

      <div className="lib-grade-line">
        <GradeBadge grade={e.grade} />
        <p>{info.meaning}</p>
      </div>

      <BackCard exercise={e} profile={profile} finding={findingFor(triggers.data, e.id)} />
      <PinButton exerciseId={e.id} name={e.name} pinned={profile.pinned ?? []} />

      {hasHistory(next.data) && (
        <NextTargetCard target={next.data} exercise={e} unit={profile.unit} nameOf={props.nameOf} />
      )}

      <ExerciseHistory exerciseId={e.id} name={e.name} unit={profile.unit} />

      {e.cues.length > 0 && (
        <section aria-labelledby="lib-cues">
          <h2 id="lib-cues">Cues</h2>
          <ul className="lib-cues">
            {e.cues.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="lib-easier">
        <h2 id="lib-easier">Easier on your back</h2>
        <Ladder easier={props.easier} harder={props.harder} />
        <h3>Keep the exercise, change how you do it</h3>
        {mods.isPending && <p className="loading">Loading…</p>}
        {mods.isError && <p className="field-error">{messageOf(mods.error)}</p>}
        {mods.isSuccess &&
          (mods.data.length > 0 ? (
            <Modifications items={mods.data} nameOf={props.nameOf} />
          ) : (
            <p className="small muted">This one has no changes to offer; it is already as simple as it gets.</p>
          ))}
        <h3>If it hurts, do one of these instead</h3>
        {alts.isPending && <p className="loading">Loading…</p>}
        {alts.isError && <p className="field-error">{messageOf(alts.error)}</p>}
        {alts.isSuccess &&
          (alts.data.length > 0 ? (
            <Alternatives items={alts.data} />
          ) : (
            <p className="small muted">
              No exercise with your equipment trains the same muscles with less load on your spine. With more equipment
              listed on Me, Spotter can suggest some.
            </p>
          ))}
      </section>

      <section aria-labelledby="lib-load">
        <h2 id="lib-load">Spinal load</h2>
        <p className="small muted">
          Each demand is scored from 0 (none) to 3 (high). Together with the support, they give the grade.
        </p>
        <LoadChart load={e.load} name={e.name} />
      </section>

      <section aria-labelledby="lib-belt">
        <h2 id="lib-belt">Belt</h2>
        {e.beltEligible ? (
          <p>
            A belt fits this lift. Wear it for your heaviest sets only: warm-ups and lighter sets go without it, so your
            trunk keeps practising its own bracing.
            {!hasBelt && " You have not listed a belt on Me, so Spotter will not suggest it."}
          </p>
        ) : (
          <p>No belt here. It helps only on heavy free-weight squats, lunges, deadlifts and bent-over rows.</p>
        )}
      </section>

      <section aria-labelledby="lib-muscles">
        <h2 id="lib-muscles">Muscles</h2>
        <dl className="lib-muscles">
          <dt>Main work</dt>
          <dd>{e.primaryMuscles.map(muscleLabel).join(", ") || "Not listed"}</dd>
          {e.secondaryMuscles.length > 0 && (
            <>
              <dt>Also working</dt>
              <dd>{e.secondaryMuscles.map(muscleLabel).join(", ")}</dd>
            </>
          )}
        </dl>
      </section>
    </article>
  );
}
