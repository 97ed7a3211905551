/** A decorative SVG icon: hidden from screen readers because a visible word always goes with it. */
import type { ReactNode } from "react";

/** Props: the view box, whether shapes are stroked, and the shapes. */
export function Icon(props: { viewBox: string; strokeWidth?: number; children: ReactNode }) {
  return (
    <svg
      viewBox={props.viewBox}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={props.strokeWidth ?? 2}
    >
      {props.children}
    </svg>
  );
}
