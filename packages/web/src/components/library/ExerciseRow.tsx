/** One exercise in the catalog list: a link to its page with its pattern, markers and grade badge. */
import { Link } from "wouter";
import type { Exercise } from "../../api/types.js";
import { equipmentLabel, patternLabel } from "./catalog.js";
import { GradeBadge } from "./GradeBadge.js";

/** What the list knows about the user's back and this exercise. */
export type BackMark = "aggravating" | "trigger" | "suspected" | null;

const MARK_TEXT: Record<Exclude<BackMark, null>, string> = {
  aggravating: "You marked it as aggravating",
  trigger: "Trigger in your log",
  suspected: "Spotter is watching it",
};

/** Props: the exercise and an optional mark about the user's back. */
export function ExerciseRow({ exercise: e, mark }: { exercise: Exercise; mark?: BackMark }) {
  return (
    <li className="lib-row">
      <Link href={`/library/${encodeURIComponent(e.id)}`} className="lib-row-link">
        <span className="lib-row-main">
          <span className="lib-row-name">{e.name}</span>
          <span className="lib-row-meta">
            <span>
              {patternLabel(e.pattern)}
              {e.equipment.length > 0 && !e.equipment.includes("none")
                ? ` · ${e.equipment.map(equipmentLabel).join(", ")}`
                : ""}
            </span>
            {e.laterality === "unilateral" && <span className="lib-tag">Single-limb</span>}
            {e.custom && <span className="lib-tag">Yours</span>}
            {mark && <span className={`lib-tag lib-tag-${mark}`}>{MARK_TEXT[mark]}</span>}
          </span>
        </span>
        <GradeBadge grade={e.grade} compact />
      </Link>
    </li>
  );
}
