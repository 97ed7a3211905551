/**
 * Body map, front and back, for the check-in's "where does it hurt". Each region is an SVG shape that acts as a
 * toggle button (label, keyboard, pressed state). A plain checklist below offers the same choice in words.
 */
import { REGIONS, type Region } from "@spotter/core";
import type { KeyboardEvent } from "react";
import { REGION_LABEL } from "../content/readinessText.js";

interface Shape {
  region: Region;
  x: number;
  y: number;
  w: number;
  h: number;
}

// The front view is a mirror: the person's right side is on the viewer's left.
const FRONT: Shape[] = [
  { region: "neck", x: 48, y: 28, w: 24, h: 15 },
  { region: "arm-right", x: 14, y: 46, w: 20, h: 82 },
  { region: "arm-left", x: 86, y: 46, w: 20, h: 82 },
  { region: "groin", x: 44, y: 112, w: 32, h: 20 },
  { region: "thigh-right", x: 36, y: 134, w: 23, h: 52 },
  { region: "thigh-left", x: 61, y: 134, w: 23, h: 52 },
  { region: "below-knee-right", x: 37, y: 190, w: 22, h: 64 },
  { region: "below-knee-left", x: 61, y: 190, w: 22, h: 64 },
];

// The back view shows the person from behind: their left is on the viewer's left.
const BACK: Shape[] = [
  { region: "upper-back", x: 36, y: 44, w: 48, h: 30 },
  { region: "lower-back-left", x: 36, y: 76, w: 15, h: 32 },
  { region: "lower-back-centre", x: 52, y: 76, w: 16, h: 32 },
  { region: "lower-back-right", x: 69, y: 76, w: 15, h: 32 },
  { region: "buttock-left", x: 36, y: 110, w: 23, h: 26 },
  { region: "buttock-right", x: 61, y: 110, w: 23, h: 26 },
];

/** The figure behind the regions: head, trunk, arms and legs, purely decorative. */
function Silhouette({ back }: { back: boolean }) {
  return (
    <g className="silhouette">
      <circle cx="60" cy="16" r="13" />
      <rect x="52" y="28" width="16" height="14" rx="4" />
      <rect x="34" y="42" width="52" height="96" rx="10" />
      <rect x="14" y="46" width="20" height="82" rx="8" />
      <rect x="86" y="46" width="20" height="82" rx="8" />
      <rect x="36" y="134" width="23" height="120" rx="8" />
      <rect x="61" y="134" width="23" height="120" rx="8" />
      {back && <line x1="60" y1="44" x2="60" y2="108" stroke="currentColor" strokeDasharray="2 3" />}
    </g>
  );
}

/** One view of the map with its tappable regions. */
function View(props: {
  title: string;
  shapes: Shape[];
  back: boolean;
  value: Region[];
  toggle: (r: Region) => void;
  /** The part of the figure shown (x, y, width, height in the figure's units). */
  viewBox: string;
}) {
  const onKey = (e: KeyboardEvent, r: Region) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      props.toggle(r);
    }
  };
  return (
    <figure>
      <svg viewBox={props.viewBox}>
        <title>{`Body map, ${props.title.toLowerCase()} view`}</title>
        <Silhouette back={props.back} />
        {props.shapes.map((s) => {
          const on = props.value.includes(s.region);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role, name, state and keys are set here.
            <rect
              key={s.region}
              className="region"
              role="button"
              tabIndex={0}
              aria-pressed={on}
              aria-label={REGION_LABEL[s.region]}
              x={s.x}
              y={s.y}
              width={s.w}
              height={s.h}
              rx="5"
              onClick={() => props.toggle(s.region)}
              onKeyDown={(e) => onKey(e, s.region)}
            >
              <title>{REGION_LABEL[s.region]}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

/**
 * The map: back then front (the lower back first, where most pain is), the chosen regions listed in words, and a
 * checklist alternative. On a phone the two views stack at full width, so every region is a 44 px target or more at
 * 360 px; the back view shows the trunk only, since all its regions are there.
 */
export function BodyMap(props: { value: Region[]; onChange: (v: Region[]) => void }) {
  const toggle = (r: Region) =>
    props.onChange(props.value.includes(r) ? props.value.filter((x) => x !== r) : [...props.value, r]);
  return (
    <div>
      <div className="bodymap">
        <View title="Back" shapes={BACK} back={true} value={props.value} toggle={toggle} viewBox="12 0 96 150" />
        <View title="Front" shapes={FRONT} back={false} value={props.value} toggle={toggle} viewBox="12 0 96 258" />
      </div>
      <p className="small" aria-live="polite">
        {props.value.length === 0
          ? "Nothing marked."
          : `Marked: ${props.value.map((r) => REGION_LABEL[r]).join(", ")}.`}
      </p>
      <details>
        <summary className="small">Choose from a list instead</summary>
        <div className="opts" style={{ marginTop: 8 }}>
          {REGIONS.map((r) => (
            <label key={r} className="opt">
              <input type="checkbox" checked={props.value.includes(r)} onChange={() => toggle(r)} />
              {REGION_LABEL[r]}
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
