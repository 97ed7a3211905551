/** Insights tab: until there is enough history, it explains what will appear here and what feeds it. */
import { Link } from "wouter";

/** The Insights screen's teaching empty state. */
export function InsightsScreen() {
  return (
    <section>
      <h1>Insights</h1>
      <div className="card">
        <h2>What your log will show you</h2>
        <ul>
          <li>
            <strong>Triggers:</strong> exercises that tend to be followed by more pain the next morning, with the
            sessions behind each finding.
          </li>
          <li>
            <strong>Pain trend:</strong> your daily pain with 7-day and 28-day averages, and your sessions marked on it.
          </li>
          <li>
            <strong>Strength and volume:</strong> estimated one-rep max per exercise and weekly sets per muscle.
          </li>
          <li>
            <strong>Habits:</strong> how things like a support pillow or long sitting line up with next-day pain. These
            are shown as patterns, not causes.
          </li>
        </ul>
        <h3>How to get there</h3>
        <p>
          Check in each morning and log your sessions with a pain value for each set. Trigger findings need a few
          sessions with the same exercise; habit patterns need about a month of check-ins.
        </p>
        <Link href="/" className="button primary">
          Go to today's check-in
        </Link>
      </div>
    </section>
  );
}
