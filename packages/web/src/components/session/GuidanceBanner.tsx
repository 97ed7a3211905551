/**
 * Guidance after a set (G3, G4): keep going, hold, lighten, or stop this exercise with kinder alternatives one tap
 * away. When the answer came without alternatives (a set logged offline, or a reload) they are asked for.
 */
import type { Exercise, Unit } from "@spotter/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { alternativeKeys } from "../../api/keys.js";
import { sessionApi } from "../../api/session.js";
import type { Alternative, SetGuidance } from "../../api/types.js";
import { weightText } from "../../lib/format.js";
import { BeltIcon } from "./BeltIcon.js";

const TITLE: Record<SetGuidance["action"], string> = {
  "stop-exercise": "Stop this exercise for today",
  reduce: "Lighten the next set",
  hold: "Keep the load where it is",
  continue: "Good to go on",
};

/** The banner for the latest set of the current exercise. */
export function GuidanceBanner(props: {
  guidance: Pick<SetGuidance, "action" | "message" | "next" | "beltCue"> & { alternatives?: Alternative[] };
  exerciseName: string;
  exerciseId: string;
  unit: Unit;
  offline?: boolean;
  /** True right after a set was logged: the banner scrolls into view. */
  scroll?: boolean;
  onSwitch: (e: Exercise) => void;
}) {
  const g = props.guidance;
  // A new banner comes after a logged set: bring it, and the next set's button below it, into view.
  const ref = useRef<HTMLDivElement>(null);
  const scroll = props.scroll;
  useEffect(() => {
    if (scroll) ref.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [scroll]);
  const tone = g.action === "continue" ? "ok" : "caution";
  return (
    <div ref={ref} className="guidance-wrap">
      {g.action === "stop-exercise" ? <StopBanner {...props} /> : <Banner {...props} tone={tone} />}
    </div>
  );
}

function Banner(props: Parameters<typeof GuidanceBanner>[0] & { tone: string }) {
  const g = props.guidance;
  return (
    <div className={`banner ${props.tone} guidance`} role="status">
      <p className="guidance-title">{TITLE[g.action]}</p>
      {g.message && <p>{g.message}</p>}
      {g.action === "reduce" && g.next?.loadKg ? (
        <p>The next set is filled in at {weightText(g.next.loadKg, props.unit)}.</p>
      ) : null}
      {g.action === "hold" && (
        <p className="small">
          You can go on today. Spotter keeps this load next time instead of raising it, and raises it once a session
          stays in the safe zone.
        </p>
      )}
      {g.beltCue && (
        <p className="belt-note">
          <BeltIcon /> Belt on for the next set. Keep it for the heaviest sets only, so your trunk keeps bracing on its
          own the rest of the time.
        </p>
      )}
    </div>
  );
}

function StopBanner(props: {
  guidance: { message: string; alternatives?: Alternative[] };
  exerciseName: string;
  exerciseId: string;
  offline?: boolean;
  onSwitch: (e: Exercise) => void;
}) {
  const given = props.guidance.alternatives;
  const fetched = useQuery({
    queryKey: alternativeKeys.of(props.exerciseId),
    queryFn: () => sessionApi.alternatives(props.exerciseId, "pain"),
    enabled: !given || given.length === 0,
    retry: false,
    staleTime: 10 * 60_000,
  });
  const alts = (given && given.length > 0 ? given : (fetched.data ?? [])).slice(0, 3);
  return (
    <div className="banner stop guidance" role="alert">
      <p className="guidance-title">Stop {props.exerciseName} for today</p>
      <p>{props.guidance.message}</p>
      <p className="small">Your other exercises today are still open.</p>
      {alts.length > 0 ? (
        <>
          <p className="alt-lead">Switch to one of these instead:</p>
          <ul className="list alt-list">
            {alts.map((a) => (
              <li key={a.exercise.id}>
                <button type="button" className="choice" onClick={() => props.onSwitch(a.exercise)}>
                  <span>
                    <span className="opt-title">Switch to {a.exercise.name}</span>
                    <span className="opt-hint">{a.why}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="small">
          {fetched.isPending && !props.offline
            ? "Looking for kinder options…"
            : fetched.isSuccess
              ? `${props.exerciseName} is already among the gentlest ways to train these muscles, so there is nothing kinder to switch to. Move on to the next exercise, or add a different one below.`
              : "Move on to the next exercise, or add a different one below."}
        </p>
      )}
    </div>
  );
}
