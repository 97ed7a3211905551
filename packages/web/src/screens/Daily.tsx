/**
 * Daily support (SPEC §10-11): the other 22 hours. Water with undo, movement breaks, the day's guidance cards,
 * supplements against reference values, recovery work and rest-day ideas, support used, and reminder settings.
 */
import { useEffect } from "react";
import { Link } from "wouter";
import { useDaily } from "../api/daily.js";
import { messageOf } from "../api/errors.js";
import { BloodFlowCard } from "../components/daily/BloodFlowCard.js";
import { BreakCard } from "../components/daily/BreakCard.js";
import { GuidanceCards } from "../components/daily/GuidanceCards.js";
import { ReminderSettings } from "../components/daily/ReminderSettings.js";
import { SupplementsCard } from "../components/daily/SupplementsCard.js";
import { SupportCard } from "../components/daily/SupportCard.js";
import { WaterCard } from "../components/daily/WaterCard.js";
import { dayText } from "../lib/format.js";
import { useProfile, useToday, withDefaults } from "../lib/queries.js";
import "../styles/daily.css";

/** The daily support screen. */
export function DailyScreen() {
  const today = useToday();
  const profile = withDefaults(useProfile().data);
  const day = useDaily(today);
  const loaded = Boolean(day.data);
  // A link such as /daily#reminders lands on its section once the day has loaded.
  useEffect(() => {
    if (!loaded) return;
    const id = window.location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [loaded]);
  return (
    <section className="daily">
      <h1>Daily support</h1>
      <p className="muted">{dayText(today)} · what you do between sessions: drinking, moving, sleeping and sitting.</p>
      {day.isPending && <p className="loading">Loading today…</p>}
      {day.isError && (
        <div className="error-box" role="alert">
          <p>{messageOf(day.error)}</p>
          <button type="button" onClick={() => day.refetch()}>
            Try again
          </button>
        </div>
      )}
      {day.data && (
        <>
          <nav className="daily-jump" aria-label="On this page">
            <a href="#water">Water</a>
            <a href="#breaks">Breaks</a>
            <a href="#guidance">For today</a>
            <a href="#supplements">Supplements</a>
            <a href="#recovery">Recovery</a>
            <a href="#reminders">Reminders</a>
          </nav>
          <div id="water">
            <WaterCard day={day.data} date={today} profile={profile} full />
          </div>
          <div id="breaks">
            <BreakCard day={day.data} date={today} profile={profile} />
          </div>
          <div id="guidance">
            <GuidanceCards cards={day.data.cards} />
            <SupportCard day={day.data} date={today} profile={profile} />
          </div>
          <div id="supplements">
            <SupplementsCard day={day.data} date={today} />
          </div>
          <div id="recovery">
            <BloodFlowCard day={day.data} date={today} />
          </div>
          <div id="reminders">
            <ReminderSettings profile={profile} />
          </div>
          <p>
            <Link href="/learn">Learn: short reads on sleep, sitting, water and more</Link>
          </p>
        </>
      )}
    </section>
  );
}
