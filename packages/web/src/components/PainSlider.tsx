/** The 0-10 pain slider with its zone in words and colour (0-2 safe, 3-5 acceptable, 6-10 high risk). */
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

/** The slider; `compact` drops the zone hint line for the live-session screen. */
export function PainSlider(props: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  compact?: boolean;
  hint?: string;
}) {
  const id = useId();
  const zone = painZone(props.value);
  return (
    <div className="field pain-slider">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="pain-readout">
        <span className="pain-number" aria-hidden="true">
          {props.value}
        </span>
        <span className="muted" aria-hidden="true">
          of 10
        </span>
        <ZoneBadge pain={props.value} />
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={props.value}
        aria-valuetext={`${props.value} out of 10, ${PAIN_ZONE_LABEL[zone].toLowerCase()}`}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      <div className="zone-scale" aria-hidden="true">
        <span className="zone-safe">0-2 safe</span>
        <span className="zone-acceptable">3-5 acceptable</span>
        <span className="zone-high-risk">6-10 high risk</span>
      </div>
      {!props.compact && <p className="hint">{PAIN_ZONE_HINT[zone]}</p>}
    </div>
  );
}
