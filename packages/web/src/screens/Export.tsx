/** Export and report (SPEC X2, X3): the full backup, the sets as CSV, and the clinician report for a date range. */
import { Link } from "wouter";
import { dataLinks } from "../api/data.js";
import { ReportCard } from "../components/data/ReportCard.js";
import { useProfile, useToday } from "../lib/queries.js";
import "../styles/data.css";

/** The export screen (route /me/export). */
export function ExportScreen() {
  const today = useToday();
  const unit = useProfile().data?.unit ?? "kg";
  return (
    <section className="data-screen">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Export and report</h1>
      <p>Your log is yours. Keep a copy, move it to another app, or bring a report to your next appointment.</p>

      <section className="card" aria-labelledby="backup-h">
        <h2 id="backup-h">Full backup</h2>
        <p>
          Everything you have logged, in one file that Spotter can import again: profile, check-ins, sessions and sets,
          plans and daily logs.
        </p>
        <a className="button primary big" href={dataLinks.backup} download>
          Download backup (JSON)
        </a>
        <p className="small muted data-after">The file holds your health notes, so keep it somewhere private.</p>
      </section>

      <section className="card" aria-labelledby="csv-h">
        <h2 id="csv-h">Sets as a spreadsheet</h2>
        <p>
          Every set you logged, in the same columns as a Strong export, for a spreadsheet or another training app.
          Weights are in {unit === "lb" ? "pounds (lb)" : "kilograms (kg)"}.
        </p>
        <a className="button big" href={dataLinks.csv} download>
          Download sets (CSV)
        </a>
      </section>

      <ReportCard today={today} />

      <p>
        Want your physiotherapist or doctor to see it themselves? <Link href="/me/share">Make a share link</Link>.
      </p>
    </section>
  );
}
