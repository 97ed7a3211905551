/**
 * The 0-10 pain choice with its zone in words and colour (0-2 safe, 3-5 acceptable, 6-10 high risk). A pain value is
 * always the user's own choice (UX.md "Added 2026-12"): the control can start unset, and then shows that nothing is
 * chosen yet instead of a number that would be sent untouched.
 */
import { useId } from "react";
import { PAIN_ZONE_HINT, PAIN_ZONE_LABEL, painZone } from "../content/readinessText.js";

/**
 * A zone badge for a pain value: colour plus word, never colour alone. Sharp or radiating pain is a stop signal
 * whatever its number, so it never reads as "acceptable".
 */
export function ZoneBadge({ pain, kind }: { pain: number; kind?: string | null }) {
  if (kind === "sharp" || kind === "radiating") {
    return (
      <span className="zone-badge zone-high-risk">
        {kind === "sharp" ? "Sharp: stop signal" : "Radiating: stop signal"}
      </span>
    );
  }
  const zone = painZone(pain);
  return <span className={`zone-badge zone-${zone}`}>{PAIN_ZONE_LABEL[zone]}</span>;
}

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The choice: eleven tap targets (native radios, so arrow keys and screen readers work), a readout with the zone,
 * and the zone scale. `value` null means not chosen yet. `note` says where a preselected value came from ("Same as
 * your last set"), so a carried value is a visible choice, never a silent default. `compact` drops the zone hint.
 */
export function PainSlider(props: {
  label: string;
  value: number | null;
  onChange: (v: number) => void;
  compact?: boolean;
  hint?: string;
  note?: string;
  error?: string;
  id?: string;
}) {
  const name = useId();
  const v = props.value;
  return (
    <fieldset className="field pain-slider" id={props.id}>
      <legend>{props.label}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="pain-grid">
        {VALUES.map((n) => (
          <label key={n} className={`pain-opt zone-${painZone(n)}-edge`}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={v === n}
              onChange={() => props.onChange(n)}
              aria-describedby={props.error ? `${name}-error` : undefined}
            />
            {n}
          </label>
        ))}
      </div>
      <div className="pain-readout" aria-live="polite">
        {v === null ? (
          <span className="pain-unset">Not chosen yet: tap the number that matches your back.</span>
        ) : (
          <>
            <span className="pain-number">{v}</span>
            <span className="muted">of 10</span>
            <ZoneBadge pain={v} />
            {props.note && <span className="small muted pain-note">{props.note}</span>}
          </>
        )}
      </div>
      <div className="zone-scale" aria-hidden="true">
        <span className="zone-safe">0-2 safe</span>
        <span className="zone-acceptable">3-5 acceptable</span>
        <span className="zone-high-risk">6-10 high risk</span>
      </div>
      {!props.compact && v !== null && <p className="hint">{PAIN_ZONE_HINT[painZone(v)]}</p>}
      {props.error && (
        <p className="field-error" id={`${name}-error`}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
