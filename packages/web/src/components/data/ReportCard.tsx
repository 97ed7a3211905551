/** The clinician report (SPEC X3): a date range, open it as a page in a new tab or download it as a PDF. */
import { useState } from "react";
import { dataLinks } from "../../api/data.js";
import { DateRange } from "./DateRange.js";
import { daysIn, last90Days, rangeErrors } from "./range.js";

/** The report card; `today` is the user's day in their time zone. */
export function ReportCard({ today }: { today: string }) {
  const initial = last90Days(today);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const errors = rangeErrors(from, to, today);
  const ok = !errors.from && !errors.to;
  return (
    <section className="card" aria-labelledby="report-h">
      <h2 id="report-h">Report for your clinician</h2>
      <p>
        A summary to show a physiotherapist or doctor: your pain over time, check-ins, nerve symptoms, your answers to
        the safety questions, suspected and confirmed triggers, and the training you did and avoided.
      </p>
      <DateRange
        legend="Days the report covers"
        hint="It starts with the last 90 days."
        from={from}
        to={to}
        onFrom={setFrom}
        onTo={setTo}
        errors={errors}
      />
      {ok ? (
        <>
          <p className="small muted">The report covers {daysIn(from, to)} days.</p>
          <div className="data-actions stacked">
            <a className="button primary big" href={dataLinks.report(from, to, "html")} target="_blank" rel="noopener">
              Open report <span className="small">(new tab)</span>
            </a>
            <a className="button big" href={dataLinks.report(from, to, "pdf")} download>
              Download PDF
            </a>
          </div>
        </>
      ) : (
        <div className="data-actions stacked">
          <button type="button" className="primary big" disabled>
            Open report
          </button>
          <button type="button" className="big" disabled>
            Download PDF
          </button>
        </div>
      )}
    </section>
  );
}
