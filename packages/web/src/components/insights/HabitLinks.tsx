/**
 * Habit links (SPEC T3): each factor worded as an association, with the days behind it. Before 30 days of
 * check-ins, what will appear here and when.
 */
import { addDays, type HabitLink } from "@spotter/core";
import { checkinDays, HABIT_MIN_DAYS, habitLabel, one, shortDay } from "./view.js";

/** Props: the links, and the check-ins (only their days are counted). */
export function HabitLinks(props: {
  habits: readonly HabitLink[];
  checkins: ReadonlyArray<{ date: string }>;
  /** Today's local day, to say when the links can appear. */
  today: string;
}) {
  const days = checkinDays(props.checkins);
  if (props.habits.length === 0) {
    const left = Math.max(0, HABIT_MIN_DAYS - days);
    return (
      <div className="card">
        <p>
          After {HABIT_MIN_DAYS} days of check-ins, this part compares your morning pain after days with and without
          each habit: your support pillow at night, lumbar support when sitting, reaching your water target, foam
          rolling, sitting 6 hours or more, and sleeping less than 7 hours.
        </p>
        <div className="ins-progress">
          <progress max={HABIT_MIN_DAYS} value={Math.min(days, HABIT_MIN_DAYS)} aria-label="Check-in days so far" />
          <p className="small">
            {days} of {HABIT_MIN_DAYS} days so far
            {left > 0
              ? `; ${left} more ${left === 1 ? "day" : "days"} of check-ins to go, around ${shortDay(addDays(props.today, left))} if you check in daily.`
              : "."}
          </p>
        </div>
        <p className="small muted">
          Answer the sleep and habit questions in your check-in, so each day counts for them.
        </p>
      </div>
    );
  }
  // The strongest associations first; factors without a comparison yet go last.
  const sorted = [...props.habits].sort(
    (a, b) => Math.abs(b.nextDayPainDelta ?? -1) - Math.abs(a.nextDayPainDelta ?? -1),
  );
  return (
    <>
      <p className="small muted">
        These are patterns in your own log, not causes: a habit can go along with better mornings for other reasons.
      </p>
      <div className="card">
        <ul className="list ins-habits">
          {sorted.map((h) => (
            <li key={h.factor}>
              <h3>{habitLabel(h.factor)}</h3>
              <p>{h.summary}</p>
              {h.meanWith !== null && h.meanWithout !== null ? (
                <dl className="ins-compare small">
                  <CompareRow label="With it" mean={h.meanWith} days={h.daysWith} />
                  <CompareRow label="Without it" mean={h.meanWithout} days={h.daysWithout} />
                </dl>
              ) : (
                <p className="small muted">
                  Days with it: {h.daysWith}; days without: {h.daysWithout}. A comparison needs at least 3 of each.
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** One side of a habit comparison: the mean next-morning pain as a number and a short bar on the 0-10 scale. */
function CompareRow(props: { label: string; mean: number; days: number }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>
        <span className="ins-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, Math.max(0, props.mean * 10))}%` }} />
        </span>
        <span>
          {one(props.mean)} of 10 · {props.days} {props.days === 1 ? "day" : "days"}
        </span>
      </dd>
    </div>
  );
}
