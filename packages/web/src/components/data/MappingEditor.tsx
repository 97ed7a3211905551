/**
 * The preview's name list where the user can correct a mapping (issue 17): each file name shows the Spotter
 * exercise it became, and "Change" opens the exercise search for that name. The choice goes back to the server as
 * a mapping override (API.md `mapping`), the preview is asked again, and the server remembers it for the next import
 * of the same app. A choice never changes which sets count as already imported.
 */
import type { Exercise } from "@spotter/core";
import { useState } from "react";
import type { NameMapping } from "../../api/data.js";
import { ExercisePicker } from "../ExercisePicker.js";
import { count, customTag, MAPPING_OPEN_MAX } from "./importText.js";

/** The name list with a "Change" button per name, or the plain list when no exercises are loaded to choose from. */
export function MappingEditor(props: {
  mapping: NameMapping[];
  exercises: readonly Exercise[];
  onChoose: (name: string, exerciseId: string) => void;
  folded?: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  if (props.mapping.length === 0) return null;
  const custom = props.mapping.filter((m) => m.custom && m.created !== false).length;
  return (
    <details className="data-more" open={!props.folded && props.mapping.length <= MAPPING_OPEN_MAX}>
      <summary>
        Exercise names: {count(props.mapping.length, "name")}
        {custom > 0 ? `, ${custom} new` : ""}
      </summary>
      <p className="small muted">
        If a name became the wrong exercise, change it here. Spotter remembers your choice for your next import.
      </p>
      <ul className="map-list" aria-label="Exercise names in the file and in Spotter">
        {props.mapping.map((m) => (
          <li key={m.name}>
            <span className="map-from">{m.name}</span>
            <span className="map-to">
              <span aria-hidden="true">→ </span>
              <span className="visually-hidden">becomes </span>
              <strong>{m.exerciseName}</strong>
              {m.custom && (
                <>
                  {" "}
                  <span className="data-tag">{customTag(m)}</span>
                </>
              )}
              {m.overridden && (
                <>
                  {" "}
                  <span className="data-tag">your choice</span>
                </>
              )}
            </span>
            {props.exercises.length > 0 &&
              (editing === m.name ? (
                <div className="map-edit">
                  <ExercisePicker
                    exercises={props.exercises}
                    label={`Exercise for "${m.name}"`}
                    onPick={(e) => {
                      setEditing(null);
                      props.onChoose(m.name, e.id);
                    }}
                  />
                  <button type="button" onClick={() => setEditing(null)}>
                    Keep {m.exerciseName}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="map-change"
                  aria-label={`Change the exercise for ${m.name}`}
                  onClick={() => setEditing(m.name)}
                >
                  Change
                </button>
              ))}
          </li>
        ))}
      </ul>
    </details>
  );
}
