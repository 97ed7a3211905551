/** Support used (D1 sleep pillow, D2 lumbar support): yes or no, the day's last answer counting. */
import { type DailyDay, type Profile, SLEEP_SUPPORT } from "@spotter/core";
import { useLogDaily } from "../../api/daily.js";
import { messageOf } from "../../api/errors.js";

function YesNo(props: {
  question: string;
  value: boolean | null;
  onAnswer: (v: boolean) => void;
  disabled: boolean;
  name: string;
}) {
  return (
    <fieldset className="yes-no">
      <legend>{props.question}</legend>
      <div className="opts seg">
        {[true, false].map((v) => (
          <label key={String(v)} className="opt">
            <input
              type="radio"
              name={props.name}
              checked={props.value === v}
              disabled={props.disabled}
              onChange={() => props.onAnswer(v)}
            />
            {v ? "Yes" : "No"}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The support card. */
export function SupportCard(props: { day: DailyDay; date: string; profile: Profile }) {
  const log = useLogDaily(props.date);
  const where = SLEEP_SUPPORT[props.profile.sleepPosition] ?? SLEEP_SUPPORT.mixed;
  return (
    <div className="card">
      <h2>Support you used</h2>
      <p className="small muted">
        Over a few weeks, Insights can show whether these go with better mornings. You can change an answer any time
        today.
      </p>
      <YesNo
        name="support-pillow"
        question={`Last night, did you sleep with ${where}?`}
        value={props.day.supportUsed}
        disabled={log.isPending}
        onAnswer={(used) => log.mutate({ kind: "support", name: "pillow", used })}
      />
      <YesNo
        name="support-lumbar"
        question="Did you have support behind your lower back while sitting today?"
        value={props.day.lumbarSupportUsed}
        disabled={log.isPending}
        onAnswer={(used) => log.mutate({ kind: "support", name: "lumbar", used })}
      />
      {log.isError && (
        <p className="field-error" role="alert">
          {messageOf(log.error)}
        </p>
      )}
    </div>
  );
}
