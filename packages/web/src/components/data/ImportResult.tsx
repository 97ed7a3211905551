/** After a real import: what was added, where to see it, and a way to import another file. */
import type { Ref } from "react";
import { Link } from "wouter";
import type { DistanceUnit, ImportSummary } from "../../api/data.js";
import { Options } from "../Options.js";
import { formatLabel } from "./formats.js";
import { Counts, SkippedList } from "./ImportPreview.js";
import { nothingNew, resultLines } from "./importText.js";

/** The result card; its heading takes focus so the outcome is read first. */
export function ImportResult(props: {
  summary: ImportSummary;
  onAnother: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const s = props.summary;
  const empty = nothingNew(s);
  return (
    <section className="card" aria-labelledby="result-h">
      <h2 id="result-h" ref={props.headingRef} tabIndex={-1}>
        {empty ? "Already imported" : "Import finished"}
      </h2>
      <div role="status">
        {resultLines(s).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <Counts
        items={[
          { label: s.workouts === 1 ? "Workout added" : "Workouts added", value: s.workouts },
          { label: s.sets === 1 ? "Set added" : "Sets added", value: s.sets },
        ]}
      />
      <SkippedList skipped={s.skipped} />
      {!empty && (
        <p className="small muted">
          These sets have no pain values, so they shape your progress and targets but not your trigger list.
        </p>
      )}
      <div className="data-actions">
        <Link href="/history" className="button primary">
          See them in History
        </Link>
        <Link href="/insights" className="button">
          Open Insights
        </Link>
        <button type="button" onClick={props.onAnother}>
          Import another file
        </button>
      </div>
      <p className="small muted">Imported from {formatLabel(s.format)}.</p>
    </section>
  );
}

/** Asks the unit the file's weights are in, when the file does not say; the preview runs again on the answer. */
export function UnitQuestion(props: {
  value: "kg" | "lb" | null;
  onChange: (unit: "kg" | "lb") => void;
  appName: string;
  asked: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="card unit-question" aria-labelledby="unit-h">
      <h2 id="unit-h" ref={props.headingRef} tabIndex={-1}>
        Which unit are the weights in?
      </h2>
      <p>
        {props.asked
          ? `Your file does not say whether its weights are in kilograms or pounds. Choose the unit you used in ${props.appName}, and Spotter shows the preview again.`
          : `You told Spotter the weights in this file are in ${props.value === "lb" ? "pounds" : "kilograms"}. Change it here if that was not right.`}
      </p>
      <Options
        legend="Unit of the weights in the file"
        hideLegend
        variant="block"
        value={props.value}
        onChange={props.onChange}
        options={[
          { value: "kg", label: "Kilograms (kg)" },
          { value: "lb", label: "Pounds (lb)" },
        ]}
      />
    </section>
  );
}

/** The question asked when a file has distances but does not say their unit (like the weight unit). */
export function DistanceQuestion(props: {
  value: DistanceUnit | null;
  onChange: (unit: DistanceUnit) => void;
  appName: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="card unit-question" aria-labelledby="distance-h">
      <h2 id="distance-h" ref={props.headingRef} tabIndex={-1}>
        Which unit are the distances in?
      </h2>
      <p>
        {props.value === null
          ? `Your file has distances but does not say their unit. Choose the unit you used in ${props.appName}, and Spotter shows the preview again.`
          : `You told Spotter the distances in this file are in ${DISTANCE_WORDS[props.value]}. Change it here if that was not right.`}
      </p>
      <Options
        legend="Unit of the distances in the file"
        hideLegend
        variant="block"
        value={props.value}
        onChange={props.onChange}
        options={[
          { value: "km", label: "Kilometres (km)" },
          { value: "mi", label: "Miles (mi)" },
          { value: "m", label: "Metres (m)" },
        ]}
      />
    </section>
  );
}

const DISTANCE_WORDS: Record<DistanceUnit, string> = { km: "kilometres", mi: "miles", m: "metres" };
