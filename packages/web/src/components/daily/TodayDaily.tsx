/**
 * Today's daily-support cards: water with a one-tap add, the next movement break, and one Learn card. Nothing on an
 * R1 day, whose one message is to get urgent care.
 */
import { learnPieceForDay, type Tier } from "@spotter/core";
import { Link } from "wouter";
import { useDaily } from "../../api/daily.js";
import { useProfile, withDefaults } from "../../lib/queries.js";
import "../../styles/daily.css";
import { BreakCard } from "./BreakCard.js";
import { LearnCard } from "./LearnCard.js";
import { WaterCard } from "./WaterCard.js";

/** The cards; `tier` is today's readiness when known. */
export function TodayDaily({ today, tier }: { today: string; tier?: Tier | undefined }) {
  const profile = useProfile();
  const day = useDaily(today, tier !== "R1");
  if (tier === "R1") return null;
  const piece = learnPieceForDay(today, tier ?? null);
  const p = withDefaults(profile.data);
  return (
    <div className="today-daily">
      {day.isPending && <p className="loading">Loading water and breaks…</p>}
      {day.isError && (
        <p className="muted small" role="status">
          Water and breaks could not load just now. <Link href="/daily">Open daily support</Link>
        </p>
      )}
      {day.data && (
        <>
          <WaterCard day={day.data} date={today} profile={p} />
          <BreakCard day={day.data} date={today} profile={p} />
        </>
      )}
      {piece ? (
        <LearnCard piece={piece} />
      ) : (
        day.data?.cards[0] && (
          <div className="card">
            <h2>{day.data.cards[0].title}</h2>
            <p>{day.data.cards[0].text}</p>
          </div>
        )
      )}
    </div>
  );
}
