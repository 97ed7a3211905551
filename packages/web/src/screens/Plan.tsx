/** Plan tab: until weekly plans exist, it explains what will appear here and how to get there. */
import { Link } from "wouter";

/** The Plan screen's teaching empty state. */
export function PlanScreen() {
  return (
    <section>
      <h1>Plan</h1>
      <div className="card">
        <h2>Your week of training will appear here</h2>
        <p>
          Spotter builds a weekly plan from your profile: the days you train, how long you have, your equipment and your
          goal. Each day opens with a short alignment block, puts glute and core work in every session, and ends with
          gentle stretching. Every exercise comes with a one-line reason, and you can swap any of them.
        </p>
        <p>
          Exercises that bother your back are left out, and on harder days the plan switches to supported versions
          without you having to rewrite anything.
        </p>
        <h3>What you can do now</h3>
        <ul>
          <li>
            Fill in your training days, session length and equipment under <Link href="/me">Me</Link>.
          </li>
          <li>
            Check in and log a few sessions from <Link href="/">Today</Link>, so the plan starts from real numbers.
          </li>
        </ul>
      </div>
    </section>
  );
}
